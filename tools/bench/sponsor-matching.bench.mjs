// The sponsor finder over 100,000 sponsor profiles in a throwaway embedded PostgreSQL: latency per seeker
// through the built API (GraphQL over loopback HTTP, auth included) and of the SQL statement alone, beside
// the straightforward full-scoring statement (before top-K pruning), timed in turn on the same seekers. On
// a shared machine wall time moves with the load: the PostgreSQL CPU time of each statement (its
// backend's /proc schedstat, on Linux) is printed too.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { gql, registerMember, root, startApi, summary, throwawayDatabase } from './sponsorship-support.mjs';
import { buildApi } from './support/api-process.mjs';

const PROFILES = 100_000;
const SEEKERS = 20;
const RUNS_PER_SEEKER = 5;

// Sponsors spread like a real network: mostly NA and AA, some in two programs, English and Spanish first,
// two availability windows each in one of eight zones, 70 % with an area in the United States.
const GENERATE = `
INSERT INTO users (email, password_hash, display_name, email_verified_at)
SELECT 'bench-sponsor-' || i || '@example.net', '!', 'Sponsor ' || chr(65 + i % 26) || '.', now()
  FROM generate_series(1, ${PROFILES}) i;
WITH z AS (SELECT ARRAY['America/New_York','America/Chicago','America/Denver','America/Los_Angeles',
                        'Europe/Madrid','Europe/London','America/Mexico_City','UTC'] AS zones),
src AS (
  SELECT u.id, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8
    FROM users u WHERE u.email LIKE 'bench-sponsor-%'),
rows AS (
  SELECT id, r1, r2, r3, r4, r5, r6, r7, r8,
    CASE WHEN r1 < 0.45 THEN '{NA}' WHEN r1 < 0.7 THEN '{AA}' WHEN r1 < 0.78 THEN '{NA,AA}'
         WHEN r1 < 0.88 THEN '{SMART}' WHEN r1 < 0.93 THEN '{CA}' WHEN r1 < 0.97 THEN '{HA}' ELSE '{CMA}' END::text[] AS programs,
    current_date - (r2 * 7300)::int AS clean_date,
    CASE WHEN r3 < 0.6 THEN '{en}' WHEN r3 < 0.8 THEN '{en,es}' WHEN r3 < 0.9 THEN '{es}'
         WHEN r3 < 0.95 THEN '{en,fr}' ELSE '{ar,en}' END::text[] AS languages,
    CASE WHEN r4 < 0.46 THEN 'woman' WHEN r4 < 0.92 THEN 'man' WHEN r4 < 0.96 THEN 'nonbinary' END AS gender,
    (SELECT zones[1 + floor(r6 * 8)::int] FROM z) AS tz
  FROM src),
win AS (
  SELECT id, int4multirange(int4range(d1 * 1440 + s1, d1 * 1440 + s1 + 60 + (r7 * 120)::int),
                            int4range(d2 * 1440 + s2, d2 * 1440 + s2 + 60 + (r8 * 120)::int)) AS local
    FROM (SELECT id, r7, r8, (r5 * 6.99)::int AS d1, ((r6 * 97)::int % 7) AS d2,
                 (17 + (r7 * 4)::int) * 60 AS s1, (8 + (r8 * 10)::int) * 60 AS s2 FROM rows) q)
INSERT INTO sponsor_profiles (user_id, programs, clean_date, languages, gender, sponsors_genders, time_zone,
  availability_local, availability_utc, utc_offset_minutes, area_lat, area_lng, home_group_id, meeting_ids,
  mat_comfortable, bio, capacity, accepting)
SELECT r.id, r.programs, r.clean_date, r.languages, r.gender,
  CASE WHEN r.r5 < 0.6 AND r.gender IS NOT NULL THEN ARRAY[r.gender] ELSE '{}' END,
  r.tz, w.local, kinship_week_shift(w.local, -kinship_tz_offset_minutes(r.tz)), kinship_tz_offset_minutes(r.tz),
  CASE WHEN r.r8 < 0.7 THEN round((25 + r.r7 * 23)::numeric / 0.045) * 0.045 END,
  CASE WHEN r.r8 < 0.7 THEN round((-124 + r.r6 * 54)::numeric / 0.06) * 0.06 END,
  CASE WHEN r.r2 < 0.5 THEN 'g-' || (r.r3 * 3000)::int END,
  ARRAY(SELECT 'm-' || ((r.r4 * 1000)::int * 7 + k * 13) % 5000 FROM generate_series(1, (r.r5 * 5)::int) k),
  r.r7 < 0.6, 'A sponsor for the benchmark.', 1 + (r.r8 * 4)::int, r.r1 > 0.1
FROM rows r JOIN win w USING (id);
-- about half the sponsors already have sponsees, some of them a full house
UPDATE sponsor_profiles SET active_sponsees = floor(capacity * random() * 1.2)::int WHERE random() < 0.5;
UPDATE sponsor_profiles SET active_sponsees = least(active_sponsees, capacity);`;

const PROGRAMS = ['NA', 'NA', 'NA', 'AA', 'AA', 'SMART', 'CA', 'HA'];

/** Twenty seekers with varied preferences: programs, languages, MAT, genders, in person or remote. */
function seekerPreferences(i) {
  const inPerson = i % 3 !== 0;
  const day = i % 7;
  return [
    PROGRAMS[i % PROGRAMS.length],
    i % 4 === 0 ? '{es,en}' : '{en}',
    ['woman', 'man', null][i % 3],
    i % 5 === 0 ? `{${['woman', 'man', null][i % 3] ?? 'woman'}}` : '{}',
    i % 2 === 0,
    !inPerson,
    inPerson ? Math.round((30 + (i % 15)) / 0.045) * 0.045 : null,
    inPerson ? Math.round((-120 + i * 2.5) / 0.06) * 0.06 : null,
    ['America/New_York', 'America/Chicago', 'Europe/Madrid', 'America/Los_Angeles'][i % 4],
    `{[${day * 1440 + 1080},${day * 1440 + 1260}),[${((day + 3) % 7) * 1440 + 600},${((day + 3) % 7) * 1440 + 720})}`,
    `{m-${i * 7},m-${i * 13},m-${i * 29}}`,
    i % 2 === 0 ? `g-${i * 100}` : null,
  ];
}

export async function run() {
  buildApi();
  const sqlOf = (which) =>
    spawnSync(process.execPath, ['tools/run-ts.mjs', 'tools/bench/matching-sql.ts', which], {
      cwd: root,
      encoding: 'utf8',
    }).stdout;
  const sqlText = sqlOf('fast');
  const referenceText = sqlOf('reference');
  const db = await throwawayDatabase('matching');
  let api = null;
  const client = new pg.Client({ connectionString: db.url });
  try {
    api = await startApi(db.url);
    await client.connect();
    let t = performance.now();
    await client.query(GENERATE);
    // The two updates rewrote the finder's sponsor_matchable rows (its triggers): clear the dead rows a
    // bulk load leaves, as autovacuum would have long before anyone searched.
    await client.query('VACUUM ANALYZE');
    const [{ count }] = (await client.query('SELECT count(*)::int AS count FROM sponsor_profiles')).rows;
    console.log(`generated ${count} sponsor profiles in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const seekers = [];
    for (let i = 0; i < SEEKERS; i++) {
      const member = await registerMember(api.url, `Seeker ${String.fromCharCode(65 + i)}.`);
      await client.query(
        `INSERT INTO seeker_preferences (user_id, program, languages, gender, preferred_genders, on_mat,
            remote_only, area_lat, area_lng, time_zone, availability_local, meeting_ids, home_group_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [member.id, ...seekerPreferences(i)],
      );
      seekers.push(member);
    }
    const query =
      '{ sponsorMatches(first: 10) { total candidates { sponsorId score reasons { kind text } } } }';
    const viaApi = [];
    const viaSql = [];
    const viaReference = [];
    const cpuSql = [];
    const cpuReference = [];
    const totals = [];
    const backend = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const schedstat = `/proc/${backend}/schedstat`;
    const cpuMs = () =>
      existsSync(schedstat) ? Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : NaN;
    // Each as the API sends it: the finder as a named (prepared) statement, the full-scoring one as before.
    const timed = async (statement, seeker, wall, cpu) => {
      const c0 = cpuMs();
      const t0 = performance.now();
      await client.query({ ...statement, values: [seeker.id, 10, 0] });
      wall.push(performance.now() - t0);
      cpu.push(cpuMs() - c0);
    };
    for (const seeker of seekers) {
      await gql(api.url, query, {}, seeker.token); // warm
      for (let r = 0; r < RUNS_PER_SEEKER; r++) {
        t = performance.now();
        const data = await gql(api.url, query, {}, seeker.token);
        viaApi.push(performance.now() - t);
        totals.push(data.sponsorMatches.total);
        await timed({ name: 'matching', text: sqlText }, seeker, viaSql, cpuSql);
        await timed({ text: referenceText }, seeker, viaReference, cpuReference);
      }
    }
    const sorted = [...totals].sort((a, b) => a - b);
    console.log(
      `${SEEKERS} seekers × ${RUNS_PER_SEEKER} runs; candidates passing the hard constraints per seeker: ` +
        `${sorted[0]}–${sorted[sorted.length - 1]} (median ${sorted[Math.floor(sorted.length / 2)]})`,
    );
    console.log(summary('through the API (GraphQL, loopback HTTP, top 10 with reasons)', viaApi));
    console.log(summary('the matching SQL statement alone', viaSql));
    console.log(summary('the full-scoring statement (before top-K pruning) alone', viaReference));
    if (cpuSql.every(Number.isFinite)) {
      console.log(summary('PostgreSQL CPU per matching statement', cpuSql));
      console.log(summary('PostgreSQL CPU per full-scoring statement', cpuReference));
    }
  } finally {
    await client.end().catch(() => undefined);
    await api?.stop();
    await db.stop();
  }
}
