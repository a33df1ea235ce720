import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '@kinship/api/core';
import { snapToGrid } from '../domain/coarse-area';
import { cleanTimeLabel, cleanTimeOf } from '../domain/clean-time';
import { fromMultirangeText, toMultirangeLiteral } from '../domain/weekly-windows';
import { MemberGender, SponsorshipProgram, SponsorshipKind } from '../domain/sponsorship.rules';
import type { SeekerPreferencesInput, SponsorProfileInput } from './profile.inputs';
import { SponsorshipPrograms } from './sponsorship-programs';
import type {
  MySeekerPreferences,
  MySponsorProfile,
  ProgramEligibility,
  SponsorshipRule,
} from './profile.models';

interface RuleRow {
  program: SponsorshipProgram;
  kind: SponsorshipKind;
  minCleanDays: number;
  eligibleFrom: string;
  eligible: boolean;
}

interface SponsorRow {
  programs: SponsorshipProgram[];
  clean_date: string;
  clean_months: number;
  languages: string[];
  gender: MemberGender | null;
  sponsors_genders: MemberGender[];
  time_zone: string;
  availability: string;
  area_lat: number | null;
  area_lng: number | null;
  home_group_id: string | null;
  meeting_ids: string[];
  mat_comfortable: boolean;
  bio: string;
  capacity: number;
  active_sponsees: number;
  accepting: boolean;
  updated_at: Date;
  rules: RuleRow[];
}

interface SeekerRow {
  program: SponsorshipProgram;
  languages: string[];
  gender: MemberGender | null;
  preferred_genders: MemberGender[];
  on_mat: boolean;
  remote_only: boolean;
  area_lat: number | null;
  area_lng: number | null;
  time_zone: string;
  availability: string;
  home_group_id: string | null;
  meeting_ids: string[];
  updated_at: Date;
}

const years = (days: number) =>
  days % 365 === 0 ? `${days / 365} year${days === 365 ? '' : 's'}` : `${days} days`;

/** Sponsor/mentor profiles, seekers' preferences and the eligibility rules per program. */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programs: SponsorshipPrograms,
  ) {}

  async rules(): Promise<SponsorshipRule[]> {
    return this.dataSource.query(
      `SELECT program, kind, min_clean_days AS "minCleanDays" FROM sponsorship_rules ORDER BY program`,
    );
  }

  /** A program's clean time, and its kind when given (a program an admin added is `sponsor` at first). */
  async updateRule(
    program: SponsorshipProgram,
    minCleanDays: number,
    kind?: SponsorshipKind | null,
  ): Promise<SponsorshipRule> {
    const [code] = await this.programs.require('program', [program]);
    const [rows]: [SponsorshipRule[], number] = await this.dataSource.query(
      `UPDATE sponsorship_rules SET min_clean_days = $2, kind = coalesce($3, kind), updated_at = now()
        WHERE program = $1 RETURNING program, kind, min_clean_days AS "minCleanDays"`,
      [code, minCleanDays, kind ?? null],
    );
    if (!rows[0]) throw notFound('There is no rule for that program.');
    return rows[0];
  }

  async sponsorProfile(userId: string): Promise<MySponsorProfile | null> {
    const rows: SponsorRow[] = await this.dataSource.query(
      `SELECT p.programs, p.clean_date::text AS clean_date,
              greatest(0, extract(year FROM age(current_date, p.clean_time_from)) * 12
                        + extract(month FROM age(current_date, p.clean_time_from)))::int AS clean_months,
              p.languages, p.gender, p.sponsors_genders, p.time_zone, p.availability_local::text AS availability,
              p.area_lat, p.area_lng, p.home_group_id, p.meeting_ids, p.mat_comfortable, p.bio, p.capacity,
              p.active_sponsees, p.accepting, p.updated_at,
              (SELECT coalesce(json_agg(json_build_object(
                        'program', r.program, 'kind', r.kind, 'minCleanDays', r.min_clean_days,
                        'eligibleFrom', (p.clean_time_from + r.min_clean_days)::text,
                        'eligible', p.clean_time_from + r.min_clean_days <= current_date) ORDER BY r.program), '[]')
                 FROM sponsorship_rules r WHERE r.program = ANY (p.programs)) AS rules
         FROM sponsor_profiles p WHERE p.user_id = $1`,
      [userId],
    );
    return rows[0] ? this.toSponsorProfile(rows[0]) : null;
  }

  async saveSponsorProfile(userId: string, input: SponsorProfileInput): Promise<MySponsorProfile> {
    const programs = await this.programs.require('programs', input.programs);
    await this.assertZoneKnown(input.timeZone);
    const area = input.area ? snapToGrid({ lat: input.area.latitude, lng: input.area.longitude }) : null;
    await this.dataSource.query(
      `INSERT INTO sponsor_profiles AS p (user_id, programs, clean_date, languages, gender, sponsors_genders,
          time_zone, availability_local, availability_utc, utc_offset_minutes, area_lat, area_lng,
          home_group_id, meeting_ids, mat_comfortable, bio, capacity, accepting, active_sponsees)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text, $8::int4multirange,
          kinship_week_shift($8::int4multirange, -kinship_tz_offset_minutes($7::text)),
          kinship_tz_offset_minutes($7::text),
          $9, $10, $11, $12, $13, $14, $15, $16,
          (SELECT count(*) FROM sponsorships WHERE sponsor_id = $1 AND status = 'active'))
       ON CONFLICT (user_id) DO UPDATE SET
          programs = EXCLUDED.programs, clean_date = EXCLUDED.clean_date, languages = EXCLUDED.languages,
          gender = EXCLUDED.gender, sponsors_genders = EXCLUDED.sponsors_genders,
          time_zone = EXCLUDED.time_zone, availability_local = EXCLUDED.availability_local,
          availability_utc = EXCLUDED.availability_utc, utc_offset_minutes = EXCLUDED.utc_offset_minutes,
          area_lat = EXCLUDED.area_lat, area_lng = EXCLUDED.area_lng, home_group_id = EXCLUDED.home_group_id,
          meeting_ids = EXCLUDED.meeting_ids, mat_comfortable = EXCLUDED.mat_comfortable, bio = EXCLUDED.bio,
          capacity = EXCLUDED.capacity, accepting = EXCLUDED.accepting, updated_at = now()`,
      [
        userId,
        programs,
        input.cleanDate,
        input.languages,
        input.gender ?? null,
        input.sponsorsGenders,
        input.timeZone,
        toMultirangeLiteral(input.availability),
        area?.lat ?? null,
        area?.lng ?? null,
        input.homeGroupId ?? null,
        input.meetingIds,
        input.matComfortable,
        input.bio,
        input.capacity,
        input.accepting,
      ],
    );
    return (await this.sponsorProfile(userId)) as MySponsorProfile;
  }

  /** Unlists you; relationships you already have carry on. */
  async removeSponsorProfile(userId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      'DELETE FROM sponsor_profiles WHERE user_id = $1',
      [userId],
    );
    return count > 0;
  }

  async seekerPreferences(userId: string): Promise<MySeekerPreferences | null> {
    const rows: SeekerRow[] = await this.dataSource.query(
      `SELECT program, languages, gender, preferred_genders, on_mat, remote_only, area_lat, area_lng,
              time_zone, availability_local::text AS availability, home_group_id, meeting_ids, updated_at
         FROM seeker_preferences WHERE user_id = $1`,
      [userId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      program: r.program,
      languages: r.languages,
      gender: r.gender,
      preferredGenders: r.preferred_genders,
      onMat: r.on_mat,
      remoteOnly: r.remote_only,
      area:
        r.area_lat === null || r.area_lng === null ? null : { latitude: r.area_lat, longitude: r.area_lng },
      timeZone: r.time_zone,
      availability: fromMultirangeText(r.availability),
      homeGroupId: r.home_group_id,
      meetingIds: r.meeting_ids,
      updatedAt: r.updated_at,
    };
  }

  async saveSeekerPreferences(userId: string, input: SeekerPreferencesInput): Promise<MySeekerPreferences> {
    const [program] = await this.programs.require('program', [input.program]);
    await this.assertZoneKnown(input.timeZone);
    const area =
      input.area && !input.remoteOnly
        ? snapToGrid({ lat: input.area.latitude, lng: input.area.longitude })
        : null;
    await this.dataSource.query(
      `INSERT INTO seeker_preferences (user_id, program, languages, gender, preferred_genders, on_mat,
          remote_only, area_lat, area_lng, time_zone, availability_local, home_group_id, meeting_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::int4multirange, $12, $13)
       ON CONFLICT (user_id) DO UPDATE SET
          program = EXCLUDED.program, languages = EXCLUDED.languages, gender = EXCLUDED.gender,
          preferred_genders = EXCLUDED.preferred_genders, on_mat = EXCLUDED.on_mat,
          remote_only = EXCLUDED.remote_only, area_lat = EXCLUDED.area_lat, area_lng = EXCLUDED.area_lng,
          time_zone = EXCLUDED.time_zone, availability_local = EXCLUDED.availability_local,
          home_group_id = EXCLUDED.home_group_id, meeting_ids = EXCLUDED.meeting_ids, updated_at = now()`,
      [
        userId,
        program,
        input.languages,
        input.gender ?? null,
        input.preferredGenders,
        input.onMat,
        input.remoteOnly,
        area?.lat ?? null,
        area?.lng ?? null,
        input.timeZone,
        toMultirangeLiteral(input.availability),
        input.homeGroupId ?? null,
        input.meetingIds,
      ],
    );
    return (await this.seekerPreferences(userId)) as MySeekerPreferences;
  }

  /**
   * Matching compares availability in UTC. Stored UTC windows follow each zone's current offset: after a
   * daylight-saving change this moves the windows of every profile in that zone (one statement).
   */
  async refreshUtcAvailability(): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE sponsor_profiles p
          SET availability_utc = kinship_week_shift(p.availability_local, -o.off), utc_offset_minutes = o.off
         FROM (SELECT time_zone, kinship_tz_offset_minutes(time_zone) AS off
                 FROM (SELECT DISTINCT time_zone FROM sponsor_profiles) z) o
        WHERE p.time_zone = o.time_zone AND p.utc_offset_minutes <> o.off`,
    );
    return count;
  }

  private async assertZoneKnown(timeZone: string): Promise<void> {
    try {
      await this.dataSource.query('SELECT kinship_tz_offset_minutes($1)', [timeZone]);
    } catch {
      throw badInput('timeZone must be an IANA time zone such as America/New_York', {
        fields: [{ field: 'timeZone', message: 'unknown time zone' }],
      });
    }
  }

  private toSponsorProfile(r: SponsorRow): MySponsorProfile {
    const kind = r.rules.some((x) => x.kind === SponsorshipKind.SPONSOR)
      ? SponsorshipKind.SPONSOR
      : SponsorshipKind.MENTOR;
    const cleanTime = cleanTimeOf(r.clean_months);
    const eligibility: ProgramEligibility[] = r.rules.map((rule) => ({
      program: rule.program,
      kind: rule.kind,
      eligible: rule.eligible,
      minCleanDays: rule.minCleanDays,
      eligibleFrom: rule.eligibleFrom,
      reason: rule.eligible
        ? null
        : `${rule.program} asks for at least ${years(rule.minCleanDays)} of clean time before you ${
            rule.kind === SponsorshipKind.SPONSOR ? 'sponsor' : 'mentor'
          }. Your profile will be offered to ${rule.program} members from ${rule.eligibleFrom}.`,
    }));
    const notOfferedReasons: string[] = [];
    if (!r.accepting) notOfferedReasons.push('You paused new requests.');
    if (r.active_sponsees >= r.capacity) {
      notOfferedReasons.push(`You are at capacity (${r.active_sponsees} of ${r.capacity}).`);
    }
    if (!eligibility.some((e) => e.eligible)) {
      notOfferedReasons.push('You are not yet eligible in any of your programs (see eligibility).');
    }
    return {
      programs: r.programs,
      cleanDate: r.clean_date,
      cleanTime: { ...cleanTime, label: cleanTimeLabel(cleanTime, kind) },
      languages: r.languages,
      gender: r.gender,
      sponsorsGenders: r.sponsors_genders,
      timeZone: r.time_zone,
      availability: fromMultirangeText(r.availability),
      area:
        r.area_lat === null || r.area_lng === null ? null : { latitude: r.area_lat, longitude: r.area_lng },
      homeGroupId: r.home_group_id,
      meetingIds: r.meeting_ids,
      matComfortable: r.mat_comfortable,
      bio: r.bio,
      capacity: r.capacity,
      activeSponsees: r.active_sponsees,
      accepting: r.accepting,
      eligibility,
      offered: notOfferedReasons.length === 0,
      notOfferedReasons,
      updatedAt: r.updated_at,
    };
  }
}
