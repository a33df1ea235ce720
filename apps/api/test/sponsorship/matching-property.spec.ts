import fc from 'fast-check';
import { Client } from 'pg';
import { runMigrations } from '@kinship/api/core';
import { MATCHING_SQL, matchingSql } from '@kinship/api/sponsorship';
import { migrations } from '../../src/migrations';
import { createTestDatabase } from '../support/test-database';
import { REFERENCE_MATCHING_SQL } from './reference-matching';

// Property: on any population, the pruned finder returns exactly the rows of the full-scoring statement
// (same candidates, order, scores, reasons and totals) for any page. Populations are small and crowded so
// that the finder's shortcuts are stressed: many equal scores, languages and meetings whose hashed bits
// collide, odd gender lists, availability that fills a 30-minute slot only in part, pages past the end.
const LANGUAGES = [
  'en',
  'es',
  'fr',
  'de',
  'ar',
  'zh',
  'pt',
  'ru',
  'it',
  'pl',
  'uk',
  'vi',
  'ko',
  'ja',
  'hi',
  'fa',
];
const GENDERS = ['woman', 'man', 'nonbinary'];
const SMALL_SAMPLE_SQL = matchingSql(12);

const languages = fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 3 });
const meetings = fc.array(
  fc.integer({ min: 0, max: 150 }).map((n) => `m-${n}`),
  { maxLength: 6 },
);
const area = fc.option(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 })), {
  nil: null,
});
const homeGroup = fc.option(
  fc.integer({ min: 0, max: 4 }).map((n) => `g-${n}`),
  { nil: null },
);
/** Up to three weekly windows as a multirange literal, in minutes of the week. */
const availability = fc
  .array(
    fc.tuple(fc.integer({ min: 0, max: 10079 }), fc.integer({ min: 1, max: 400 })).map(([start, length]) => {
      const end = Math.min(10080, start + length);
      return `[${start},${end})`;
    }),
    { maxLength: 3 },
  )
  .map((ranges) => `{${ranges.join(',')}}`);

/** True nine times in ten. */
const mostly = fc.integer({ min: 0, max: 9 }).map((n) => n > 0);

const sponsor = fc.record({
  programs: fc.constantFrom(['NA'], ['AA'], ['NA', 'AA']),
  cleanDays: fc.integer({ min: 0, max: 6000 }),
  languages,
  gender: fc.option(fc.constantFrom(...GENDERS), { nil: null }),
  takes: fc.constantFrom([], [], [], [], ['woman'], ['man'], ['woman', 'nonbinary'], ['other']),
  availability,
  area,
  homeGroup,
  meetings,
  mat: fc.boolean(),
  verified: mostly,
  capacity: fc.integer({ min: 1, max: 3 }),
  active: fc.integer({ min: 0, max: 2 }),
  accepting: mostly,
});

const seeker = fc.record({
  program: fc.constantFrom('NA', 'AA'),
  languages,
  gender: fc.option(fc.constantFrom(...GENDERS), { nil: null }),
  preferred: fc.constantFrom([], [], [], ['woman'], ['man', 'nonbinary']),
  onMat: mostly.map((b) => !b),
  remote: fc.boolean(),
  area,
  timeZone: fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata'),
  availability,
  homeGroup,
  meetings,
  first: fc.integer({ min: 1, max: 12 }),
  offset: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 25 })),
});

type Sponsor = typeof sponsor extends fc.Arbitrary<infer T> ? T : never;
type Seeker = typeof seeker extends fc.Arbitrary<infer T> ? T : never;

const cell = (a: [number, number] | null) =>
  a ? { lat: 40 + a[0] * 0.045, lng: -74 + a[1] * 0.06 } : { lat: null, lng: null };

async function load(client: Client, sponsors: Sponsor[], seekers: Seeker[]): Promise<string[]> {
  await client.query('DELETE FROM users');
  const people = sponsors.map((s, i) => ({ ...s, ...cell(s.area), email: `s${i}@example.net` }));
  await client.query(
    `WITH u AS (
       INSERT INTO users (email, password_hash, display_name, email_verified_at)
       SELECT x.email, '!', 'Sponsor', CASE WHEN x.verified THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS x(email text, verified boolean)
       RETURNING id, email)
     INSERT INTO sponsor_profiles (user_id, programs, clean_date, languages, gender, sponsors_genders, time_zone,
       availability_local, availability_utc, utc_offset_minutes, area_lat, area_lng, home_group_id, meeting_ids,
       mat_comfortable, bio, capacity, active_sponsees, accepting)
     SELECT u.id, x.programs, current_date - x."cleanDays", x.languages, x.gender, x.takes, 'UTC',
            x.availability::int4multirange, x.availability::int4multirange, 0, x.lat, x.lng, x."homeGroup",
            x.meetings, x.mat, '', x.capacity, least(x.active, x.capacity), x.accepting
       FROM jsonb_to_recordset($1::jsonb) AS x(email text, programs text[], "cleanDays" int, languages text[],
              gender text, takes text[], availability text, lat float8, lng float8, "homeGroup" text,
              meetings text[], mat boolean, capacity int, active int, accepting boolean)
       JOIN u USING (email)`,
    [JSON.stringify(people)],
  );
  const ids: string[] = [];
  for (const [i, s] of seekers.entries()) {
    const { lat, lng } = cell(s.area);
    const { rows } = await client.query(
      `INSERT INTO users (email, password_hash, display_name, email_verified_at)
       VALUES ($1, '!', 'Seeker', now()) RETURNING id`,
      [`k${i}@example.net`],
    );
    await client.query(
      `INSERT INTO seeker_preferences (user_id, program, languages, gender, preferred_genders, on_mat, remote_only,
         area_lat, area_lng, time_zone, availability_local, home_group_id, meeting_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        rows[0].id,
        s.program,
        s.languages,
        s.gender,
        s.preferred,
        s.onMat,
        s.remote,
        lat,
        lng,
        s.timeZone,
        s.availability,
        s.homeGroup,
        s.meetings,
      ],
    );
    ids.push(rows[0].id);
  }
  return ids;
}

describe('sponsor matching: the pruned statement agrees with full scoring on any population', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const client = () => new Client({ connectionString: db.url });

  beforeAll(async () => {
    db = await createTestDatabase();
    await runMigrations(db.url, migrations);
  }, 60_000);
  afterAll(() => db.drop());

  it('returns the same rows for every seeker and page', async () => {
    const c = client();
    await c.connect();
    let compared = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(sponsor, { minLength: 20, maxLength: 150, size: 'max' }),
          fc.array(seeker, { minLength: 1, maxLength: 4 }),
          async (sponsors, seekers) => {
            const ids = await load(c, sponsors, seekers);
            for (const [i, id] of ids.entries()) {
              const values = [id, seekers[i].first, seekers[i].offset];
              const fast = (await c.query(MATCHING_SQL, values)).rows;
              const reference = (await c.query(REFERENCE_MATCHING_SQL, values)).rows;
              expect(fast).toEqual(reference);
              // the floor from a sample of a few rows, not from every candidate as on these small populations
              expect((await c.query(SMALL_SAMPLE_SQL, values)).rows).toEqual(reference);
              compared += reference.filter((r) => r.user_id !== null).length;
            }
          },
        ),
        { numRuns: 40, seed: 20261206, endOnFailure: true },
      );
    } finally {
      await c.end();
    }
    // the populations did put candidates on pages (not only empty ones)
    expect(compared).toBeGreaterThan(200);
  }, 120_000);
});
