import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { badInput, decodeCursor, encodeCursor } from '@kinship/api/core';
import { cleanTimeLabel, cleanTimeOf } from '../domain/clean-time';
import { fromMultirangeText } from '../domain/weekly-windows';
import {
  DistanceBucket,
  MATCHES_MAX_OFFSET,
  MemberGender,
  SponsorshipProgram,
  SponsorshipKind,
} from '../domain/sponsorship.rules';
import { MATCHING_SQL } from './matching.sql';
import {
  MatchReasonKind,
  type MatchReason,
  type SponsorCandidate,
  type SponsorMatchPage,
} from './matching.models';

interface MatchRow {
  seeker_program: SponsorshipProgram;
  seeker_kind: SponsorshipKind;
  seeker_on_mat: boolean;
  user_id: string | null;
  total: number;
  score: number;
  tiebreak: string;
  distance: DistanceBucket | null;
  overlap_minutes: number;
  shared_meetings: number;
  same_home_group: boolean;
  clean_months: number;
  pts_language: number;
  pts_availability: number;
  pts_distance: number;
  pts_meetings: number;
  pts_home_group: number;
  pts_experience: number;
  display_name: string;
  handle: string;
  bio: string;
  programs: SponsorshipProgram[];
  languages: string[];
  gender: MemberGender | null;
  mat_comfortable: boolean;
  time_zone: string;
  availability: string;
  open_spots: number;
  shared_languages: string[];
  request_pending: boolean;
}

const DISTANCE_TEXT: Record<DistanceBucket, string> = {
  [DistanceBucket.WITHIN_5_KM]: 'within 5 km',
  [DistanceBucket.WITHIN_25_KM]: 'within 25 km',
  [DistanceBucket.WITHIN_100_KM]: 'within 100 km',
  [DistanceBucket.MORE_THAN_100_KM]: 'more than 100 km away',
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (code: string) => {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
};
const listOf = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

function hoursText(minutes: number): string {
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round((minutes / 60) * 2) / 2;
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

const isOffset = (v: unknown): v is { o: number } =>
  typeof v === 'object' &&
  v !== null &&
  Number.isInteger((v as { o?: unknown }).o) &&
  (v as { o: number }).o >= 0 &&
  (v as { o: number }).o <= MATCHES_MAX_OFFSET;

/** The finder: ranks sponsors/mentors for a seeker in the database (one statement, MATCHING_SQL). */
@Injectable()
export class MatchingService {
  constructor(private readonly dataSource: DataSource) {}

  async matchesFor(seekerId: string, first: number, after?: string): Promise<SponsorMatchPage> {
    const offset = after ? decodeCursor(after, isOffset).o : 0;
    // A named statement: each connection plans it once (planning the statement costs about as much as a
    // small page of results), not on every search.
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const { rows }: { rows: MatchRow[] } = await pool.query({
      name: 'kinship-sponsor-matching',
      text: MATCHING_SQL,
      values: [seekerId, first, offset],
    });
    const head = rows[0];
    if (!head) {
      throw badInput('Save your preferences first: the finder matches sponsors to them.', {
        fields: [{ field: 'preferences', message: 'missing' }],
      });
    }
    const found = rows.filter((r) => r.user_id !== null);
    const total = found[0]?.total ?? 0;
    const next = offset + found.length;
    const hasNextPage = next < total && next < MATCHES_MAX_OFFSET;
    return {
      program: head.seeker_program,
      kind: head.seeker_kind,
      candidates: found.map((r) => this.toCandidate(r)),
      total,
      hasNextPage,
      endCursor: found.length ? encodeCursor({ o: next }) : null,
    };
  }

  private toCandidate(r: MatchRow): SponsorCandidate {
    const kind = r.seeker_kind;
    const clean = cleanTimeOf(r.clean_months);
    const cleanTime = { ...clean, label: cleanTimeLabel(clean, kind) };
    const pts = (n: number) => Math.round(n);
    const reasons: MatchReason[] = [
      { kind: MatchReasonKind.SAME_PROGRAM, text: `same program (${r.seeker_program})`, points: 0 },
    ];
    if (r.shared_languages.length) {
      reasons.push({
        kind: MatchReasonKind.LANGUAGE,
        text: `speaks ${listOf(r.shared_languages.map(languageName))}`,
        points: pts(r.pts_language),
        languages: r.shared_languages,
      });
    }
    if (r.overlap_minutes > 0) {
      reasons.push({
        kind: MatchReasonKind.AVAILABILITY,
        text: `${hoursText(r.overlap_minutes)} of shared availability a week`,
        points: pts(r.pts_availability),
        minutes: r.overlap_minutes,
      });
    }
    if (r.distance) {
      reasons.push({
        kind: MatchReasonKind.DISTANCE,
        text: DISTANCE_TEXT[r.distance],
        points: pts(r.pts_distance),
        distance: r.distance,
      });
    }
    if (r.shared_meetings > 0) {
      reasons.push({
        kind: MatchReasonKind.SHARED_MEETINGS,
        text: `attends ${r.shared_meetings} of your meetings`,
        points: pts(r.pts_meetings),
        count: r.shared_meetings,
      });
    }
    if (r.same_home_group) {
      reasons.push({
        kind: MatchReasonKind.HOME_GROUP,
        text: 'same home group',
        points: pts(r.pts_home_group),
      });
    }
    reasons.push({
      kind: MatchReasonKind.EXPERIENCE,
      text: cleanTime.label,
      points: pts(r.pts_experience),
      cleanTime,
    });
    if (r.seeker_on_mat) {
      reasons.push({
        kind: MatchReasonKind.MAT_COMFORTABLE,
        text: `comfortable ${kind === SponsorshipKind.SPONSOR ? 'sponsoring' : 'mentoring'} people on medication-assisted treatment`,
        points: 0,
      });
    }
    return {
      sponsorId: r.user_id as string,
      displayName: r.display_name,
      handle: r.handle,
      bio: r.bio,
      kind,
      programs: r.programs,
      languages: r.languages,
      gender: r.gender,
      cleanTime,
      matComfortable: r.mat_comfortable,
      timeZone: r.time_zone,
      availability: fromMultirangeText(r.availability),
      openSpots: r.open_spots,
      distance: r.distance,
      score: Math.round(r.score),
      reasons,
      requestPending: r.request_pending,
    };
  }
}
