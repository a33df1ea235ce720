import { Client } from 'pg';
import { runMigrations } from '@kinship/api/core';
import { MATCHING_SQL } from '@kinship/api/sponsorship';
import { migrations } from '../../src/migrations';
import { createTestDatabase } from '../support/test-database';
import { REFERENCE_MATCHING_SQL } from './reference-matching';

// A random population (fixed seed) with many ties: few languages, coarse areas, short meeting lists.
const POPULATION = `
SELECT setseed(0.2026);
INSERT INTO users (email, password_hash, display_name, email_verified_at)
SELECT 'p' || i || '@example.net', '!', 'Member ' || chr(65 + i % 26) || '.',
       CASE WHEN random() < 0.9 THEN now() END
  FROM generate_series(1, 700) i;
WITH src AS (
  SELECT u.id, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7,
         random() r8, row_number() OVER (ORDER BY u.email) AS n
    FROM users u WHERE u.email LIKE 'p%@example.net'),
profiles AS (SELECT * FROM src WHERE n <= 600)
INSERT INTO sponsor_profiles (user_id, programs, clean_date, languages, gender, sponsors_genders, time_zone,
  availability_local, availability_utc, utc_offset_minutes, area_lat, area_lng, home_group_id, meeting_ids,
  mat_comfortable, bio, capacity, active_sponsees, accepting)
SELECT id,
  CASE WHEN r1 < 0.6 THEN '{NA}' WHEN r1 < 0.8 THEN '{NA,AA}' ELSE '{AA}' END::text[],
  current_date - (200 + r2 * 6000)::int,
  CASE WHEN r3 < 0.5 THEN '{en}' WHEN r3 < 0.8 THEN '{es}' ELSE '{en,es}' END::text[],
  CASE WHEN r4 < 0.45 THEN 'woman' WHEN r4 < 0.9 THEN 'man' END,
  CASE WHEN r5 < 0.3 AND r4 < 0.9 THEN ARRAY[CASE WHEN r4 < 0.45 THEN 'woman' ELSE 'man' END] ELSE '{}' END,
  'UTC', w.m, w.m, 0,
  CASE WHEN r6 < 0.7 THEN round((40 + r7 * 1.5)::numeric / 0.045) * 0.045 END,
  CASE WHEN r6 < 0.7 THEN round((-74 - r8 * 1.5)::numeric / 0.06) * 0.06 END,
  CASE WHEN r2 < 0.3 THEN 'g-' || (r3 * 5)::int END,
  ARRAY(SELECT DISTINCT 'm-' || ((r5 * 40)::int + k * 3) % 12 FROM generate_series(1, (r6 * 4)::int) k),
  r7 < 0.6, '', 1 + (r8 * 3)::int, CASE WHEN r5 < 0.15 THEN 1 + (r8 * 3)::int ELSE 0 END, r1 > 0.05
  FROM profiles p
  CROSS JOIN LATERAL (
    SELECT int4multirange(VARIADIC ARRAY(
             SELECT int4range(s, s + 30 + (random() * 200)::int)
               FROM (SELECT DISTINCT ((p.r2 * 7 + k * 2.3)::int % 7) * 1440 + (60 + (random() * 1300)::int) AS s
                       FROM generate_series(1, 1 + (p.r4 * 3)::int) k) q)) AS m
  ) w;
`;

const SEEKERS = `
SELECT setseed(0.7);
INSERT INTO seeker_preferences (user_id, program, languages, gender, preferred_genders, on_mat, remote_only,
  area_lat, area_lng, time_zone, availability_local, home_group_id, meeting_ids)
SELECT u.id, CASE WHEN random() < 0.7 THEN 'NA' ELSE 'AA' END,
  CASE WHEN random() < 0.5 THEN '{en}' ELSE '{es,en}' END::text[],
  CASE WHEN random() < 0.5 THEN 'woman' ELSE 'man' END,
  CASE WHEN random() < 0.2 THEN '{woman}' ELSE '{}' END::text[],
  random() < 0.3, random() < 0.3,
  round((40.5 + random())::numeric / 0.045) * 0.045, round((-74.5 - random())::numeric / 0.06) * 0.06,
  (ARRAY['UTC', 'America/New_York', 'Europe/Madrid'])[1 + (random() * 2)::int],
  int4multirange(int4range(d * 1440 + 1020, d * 1440 + 1260), int4range(((d + 2) % 7) * 1440 + 420, ((d + 2) % 7) * 1440 + 600)),
  CASE WHEN random() < 0.5 THEN 'g-' || (random() * 5)::int END,
  ARRAY['m-' || (random() * 11)::int, 'm-' || (random() * 11)::int + 1]
  FROM (SELECT id, (random() * 6)::int AS d FROM users WHERE email LIKE 'p%@example.net'
         ORDER BY email DESC LIMIT 12) u;
`;

const PAGES: [number, number][] = [
  [10, 0],
  [25, 0],
  [25, 25],
  [7, 13],
  [25, 200],
];

async function agree(client: Client): Promise<number> {
  const seekers = (await client.query('SELECT user_id FROM seeker_preferences ORDER BY user_id')).rows;
  let compared = 0;
  for (const { user_id } of seekers) {
    for (const [first, offset] of PAGES) {
      // named, as the API runs it: after five runs PostgreSQL answers from the generic plan
      const fast = (
        await client.query({ name: 'matching', text: MATCHING_SQL, values: [user_id, first, offset] })
      ).rows;
      const reference = (await client.query(REFERENCE_MATCHING_SQL, [user_id, first, offset])).rows;
      expect({ user_id, first, offset, rows: fast }).toEqual({ user_id, first, offset, rows: reference });
      compared += reference.filter((r) => r.user_id !== null).length;
    }
  }
  return compared;
}

describe('sponsor matching: the pruned statement ranks exactly as full scoring does', () => {
  it('gives the same pages, scores, reasons and totals on a random population, before and after changes', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    try {
      await runMigrations(db.url, migrations);
      await client.connect();
      await client.query(POPULATION);
      await client.query(SEEKERS);
      const seekers = (await client.query('SELECT user_id FROM seeker_preferences')).rows;
      // a few blocks and declines, which exclude sponsors for one seeker
      await client.query(
        `INSERT INTO sponsorship_blocks (blocker_id, blocked_id)
         SELECT $1, user_id FROM sponsor_profiles WHERE user_id <> $1 ORDER BY user_id LIMIT 5`,
        [seekers[0].user_id],
      );
      expect(await agree(client)).toBeGreaterThan(500);
      // Planning costs a fifth of a large search: the generic plan must cost no more than a custom one, or
      // PostgreSQL plans the named statement again on every search.
      await client.query(`PREPARE costed(uuid, int, int) AS ${MATCHING_SQL}`);
      const cost = async (mode: string) => {
        await client.query(`SET plan_cache_mode = ${mode}`);
        // the id comes from the database: a uuid, safe to write into the EXECUTE
        const plan = await client.query(
          `EXPLAIN (FORMAT JSON) EXECUTE costed('${seekers[0].user_id}', 10, 0)`,
        );
        return plan.rows[0]['QUERY PLAN'][0].Plan['Total Cost'] as number;
      };
      expect(await cost('force_generic_plan')).toBeLessThanOrEqual(await cost('force_custom_plan'));
      await client.query('RESET plan_cache_mode');
      // a parameter in LIMIT or OFFSET makes custom plans look cheaper on a large population (by a fifth at 100,000)
      expect(MATCHING_SQL).not.toMatch(/\b(LIMIT|OFFSET)\s+\$\d/);

      // the triggers follow every change that decides who can be found
      await client.query(`SELECT setseed(0.9);
        UPDATE sponsor_profiles SET accepting = NOT accepting WHERE random() < 0.1;
        UPDATE sponsor_profiles SET active_sponsees = capacity WHERE random() < 0.1;
        UPDATE sponsor_profiles SET availability_utc = kinship_week_shift(availability_utc, 90) WHERE random() < 0.2;
        UPDATE sponsor_profiles SET programs = '{AA}' WHERE random() < 0.1;
        UPDATE users SET email_verified_at = CASE WHEN email_verified_at IS NULL THEN now() END
         WHERE random() < 0.1 AND email LIKE 'p%@example.net';
        DELETE FROM sponsor_profiles WHERE random() < 0.05;`);
      expect(await agree(client)).toBeGreaterThan(500);
    } finally {
      await client.end();
      await db.drop();
    }
  }, 120_000);
});
