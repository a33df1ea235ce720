import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DemoData, type DemoDataSeeder } from '@kinship/api/core';
import { toMultirangeLiteral, type WeeklyWindowValue } from '../domain/weekly-windows';
import { snapToGrid } from '../domain/coarse-area';

const evenings = (days: number[], start: number, end: number): WeeklyWindowValue[] =>
  days.map((day) => ({ day, startMinute: start, endMinute: end }));

/** Extra sponsors and mentors so the finder has someone to rank; they cannot sign in (no usable password). */
const OTHERS = [
  {
    email: 'demo-sponsor-luis@example.net',
    name: 'Luis R.',
    programs: ['NA'],
    clean: '2016-05-10',
    languages: ['es', 'en'],
    gender: 'man',
    zone: 'America/Chicago',
    area: { lat: 41.88, lng: -87.63 },
    mat: true,
    bio: 'NA since 2016. Hablo español.',
  },
  {
    email: 'demo-sponsor-dana@example.net',
    name: 'Dana W.',
    programs: ['AA', 'NA'],
    clean: '2012-11-02',
    languages: ['en'],
    gender: 'woman',
    zone: 'America/New_York',
    area: { lat: 40.73, lng: -73.99 },
    mat: false,
    bio: 'Big Book sponsor. Service is my recovery.',
  },
  {
    email: 'demo-mentor-jordan@example.net',
    name: 'Jordan K.',
    programs: ['SMART'],
    clean: '2019-02-20',
    languages: ['en'],
    gender: 'nonbinary',
    zone: 'America/Los_Angeles',
    area: null,
    mat: true,
    bio: 'SMART facilitator. CBA and DISARM fan.',
  },
];

/** Maria G. (sponsor@example.org) offers to sponsor in NA; Sam T. has saved what they look for. */
@DemoData()
@Injectable()
export class SponsorshipDemoData implements DemoDataSeeder {
  readonly order = 20;

  async seed(m: EntityManager): Promise<void> {
    const ids = async (email: string) =>
      ((await m.query('SELECT id FROM users WHERE email = $1', [email])) as { id: string }[])[0]?.id;
    const maria = await ids('sponsor@example.org');
    const sam = await ids('member@example.org');
    if (maria) {
      await this.profile(m, maria, {
        programs: ['NA'],
        clean: '2020-08-14',
        languages: ['en', 'es'],
        gender: 'woman',
        zone: 'America/New_York',
        area: { lat: 40.71, lng: -74.0 },
        mat: true,
        bio: 'NA member, 6 years clean. I sponsor with patience and the steps.',
      });
    }
    for (const o of OTHERS) {
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO users (email, password_hash, display_name, bio, email_verified_at) VALUES ($1, '!', $2, $3, now())
         ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
        [o.email, o.name, o.bio],
      );
      await this.profile(m, row.id, { ...o, clean: o.clean });
    }
    if (sam) {
      const area = snapToGrid({ lat: 40.7, lng: -73.95 });
      await m.query(
        `INSERT INTO seeker_preferences (user_id, program, languages, on_mat, remote_only, area_lat, area_lng,
            time_zone, availability_local)
         VALUES ($1, 'NA', '{en}', true, false, $2, $3, 'America/New_York', $4::int4multirange)
         ON CONFLICT (user_id) DO NOTHING`,
        [sam, area.lat, area.lng, toMultirangeLiteral(evenings([1, 2, 3, 4], 18 * 60, 21 * 60))],
      );
    }
  }

  private async profile(
    m: EntityManager,
    userId: string,
    p: {
      programs: string[];
      clean: string;
      languages: string[];
      gender: string;
      zone: string;
      area: { lat: number; lng: number } | null;
      mat: boolean;
      bio: string;
    },
  ): Promise<void> {
    const area = p.area ? snapToGrid(p.area) : null;
    const windows = toMultirangeLiteral([
      ...evenings([1, 3, 5], 19 * 60, 22 * 60),
      ...evenings([6], 9 * 60, 12 * 60),
    ]);
    await m.query(
      `INSERT INTO sponsor_profiles (user_id, programs, clean_date, languages, gender, time_zone,
          availability_local, availability_utc, utc_offset_minutes, area_lat, area_lng, mat_comfortable, bio, capacity)
       VALUES ($1, $2, $3, $4, $5, $6::text, $7::int4multirange,
          kinship_week_shift($7::int4multirange, -kinship_tz_offset_minutes($6::text)),
          kinship_tz_offset_minutes($6::text),
          $8, $9, $10, $11, 3)
       ON CONFLICT (user_id) DO NOTHING`,
      [
        userId,
        p.programs,
        p.clean,
        p.languages,
        p.gender,
        p.zone,
        windows,
        area?.lat ?? null,
        area?.lng ?? null,
        p.mat,
        p.bio,
      ],
    );
  }
}
