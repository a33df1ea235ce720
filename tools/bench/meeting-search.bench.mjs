// Meeting radius search on 100,000 generated meetings: GraphQL through the built API (HTTP on loopback)
// next to the same SQL sent straight through `pg`, with throughput, p50/p99 latency and their ratio.
// A throwaway embedded PostgreSQL holds the data; it is removed at the end. Loop counts are fixed.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, URLSearchParams } from 'node:url';
import pg from 'pg';
import { ensureDatabase, startEmbeddedPostgres } from '../embedded-db.mjs';
import { buildApi, startListening } from './support/api-process.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const MEETINGS = 100_000;
const REQUESTS = 2_000;
const WARMUP = 100;
const CONCURRENCY = 8;
const PAGE = 20;
const RADIUS_KM = 25;
/** BMLT clients (crouton, the apps) ask for "the closest N": a negative geo_width, here the 10 closest. */
const BMLT_CLOSEST = 10;
const BMLT_REQUESTS = 400;

const QUERY = `query Near($f: MeetingFilter, $first: Int) {
  meetings(filter: $f, first: $first) {
    edges { distanceKm node { id name startTime timeZone attendance } }
  }
}`;

/**
 * The statement the API runs for that query (libs/api/meetings/src/lib/search/search-query.ts, nearSearchSql
 * with MEETING_COLUMNS): the GiST radius search returning the page's meetings whole.
 */
const NEAR_SQL = `SELECT m.id, m.source, m.source_key, m.slug, m.name, m.program_id, m.group_id, m.days,
  m.start_minute, m.duration_minutes, m.time_zone, m.types, m.notes, m.venue, m.address, m.city, m.state,
  m.postal_code, m.country, m.formatted_address, m.location_notes, m.regions, m.latitude, m.longitude,
  m.approximate, m.conference_url, m.conference_url_notes, m.conference_phone, m.conference_phone_notes,
  m.attendance, m.url, m.feedback_url, m.extras, m.published, m.source_updated_at, m.created_at, m.updated_at,
  earth_distance(ll_to_earth($1::float8, $2::float8), m.earth) AS distance_m
  FROM meetings m
 WHERE earth_box(ll_to_earth($1::float8, $2::float8), $3::float8) @> m.earth
   AND earth_distance(ll_to_earth($1::float8, $2::float8), m.earth) < $3::float8
   AND m.published
   AND m.attendance = ANY ($4::text[])
 ORDER BY distance_m, m.id
 LIMIT $5::int`;

/** Points spread over the continental United States, the same for every run. */
function points(n) {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: n }, () => ({ latitude: 27 + next() * 20, longitude: -122 + next() * 50 }));
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function measure(label, total, work, warmup = WARMUP) {
  for (let i = 0; i < warmup; i++) await work(i);
  const latencies = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) {
        const i = next++;
        const t = process.hrtime.bigint();
        await work(i);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return {
    label,
    perSecond: total / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

export async function run() {
  const main = buildApi();

  const dataDir = join(root, '.data', `bench-meetings-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ dataDir });
  let api = null;
  let pool = null;
  try {
    const databaseUrl = await ensureDatabase(db.adminUrl, 'bench');
    pool = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENCY });
    api = await startListening(main, {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      REDIS_URL: '',
    });

    // the API ran the migrations; now 100,000 meetings across the continental US, the same every run
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const t0 = Date.now();
    await client.query('SELECT setseed(0.42)');
    await client.query(
      `INSERT INTO meetings (source, source_key, slug, name, program_id, days, start_minute, duration_minutes,
                             time_zone, types, formatted_address, latitude, longitude, approximate, attendance,
                             search_text, content_hash)
       SELECT 'bench', g::text, 'bench-' || g, 'Bench meeting ' || g,
              (SELECT id FROM programs WHERE code = (ARRAY['NA', 'AA', 'SMART'])[1 + g % 3]),
              ARRAY[(g % 7)::smallint], ((g * 37) % 1440)::smallint, 60, 'America/Chicago', ARRAY['O'],
              g || ' Bench St, Somewhere, USA', 25 + random() * 24, -124 + random() * 57, false, 'IN_PERSON',
              'bench meeting ' || g, md5(g::text)
         FROM generate_series(1, $1::int) AS g`,
      [MEETINGS],
    );
    await client.query('ANALYZE meetings');
    await client.end();
    console.log(
      `generated ${MEETINGS.toLocaleString('en-US')} meetings in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );

    const spots = points(REQUESTS + WARMUP);
    const url = `${api.url}/graphql`;
    let found = 0;
    const graphql = await measure('GraphQL (HTTP, loopback)', REQUESTS, async (i) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: QUERY,
          variables: { f: { near: { ...spots[i % spots.length], radius: RADIUS_KM } }, first: PAGE },
        }),
      });
      const body = await res.json();
      if (!body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
      found += body.data.meetings.edges.length;
    });
    let bmltFound = 0;
    const bmlt = await measure(
      'BMLT auto-radius (HTTP)',
      BMLT_REQUESTS,
      async (i) => {
        const p = spots[i % spots.length];
        const query = new URLSearchParams({
          switcher: 'GetSearchResults',
          lat_val: String(p.latitude),
          long_val: String(p.longitude),
          geo_width: String(-BMLT_CLOSEST),
        });
        const res = await fetch(`${api.url}/client_interface/json/?${query}`);
        const body = await res.json();
        if (!Array.isArray(body)) throw new Error(`BMLT error: ${JSON.stringify(body)}`);
        bmltFound += body.length;
      },
      10,
    );
    const sql = await measure('same SQL through pg', REQUESTS, async (i) => {
      const p = spots[i % spots.length];
      await pool.query(NEAR_SQL, [
        p.latitude,
        p.longitude,
        RADIUS_KM * 1000,
        ['IN_PERSON', 'ONLINE', 'HYBRID'],
        PAGE + 1,
      ]);
    });

    console.log(
      `radius search, ${RADIUS_KM} km, page of ${PAGE} (avg ${(found / (REQUESTS + WARMUP)).toFixed(1)} found), ` +
        `${REQUESTS} requests after ${WARMUP} warm-up, ${CONCURRENCY} at a time`,
    );
    for (const r of [graphql, sql, bmlt]) {
      console.log(
        `  ${r.label.padEnd(26)} ${r.perSecond.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`,
      );
    }
    console.log(
      `  ratio GraphQL / SQL:       throughput ${(graphql.perSecond / sql.perSecond).toFixed(2)}x, ` +
        `p50 ${(graphql.p50 / sql.p50).toFixed(1)}x, p99 ${(graphql.p99 / sql.p99).toFixed(1)}x`,
    );
    console.log(
      `  BMLT GetSearchResults geo_width=-${BMLT_CLOSEST} (the ${BMLT_CLOSEST} closest, avg ` +
        `${(bmltFound / (BMLT_REQUESTS + 10)).toFixed(1)} served), ${BMLT_REQUESTS} requests: ` +
        `ratio BMLT / GraphQL search: throughput ${(bmlt.perSecond / graphql.perSecond).toFixed(2)}x`,
    );
  } finally {
    await pool?.end().catch(() => undefined);
    await api?.stop();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.port`, { force: true });
  }
}
