// Meeting search on 100,000 generated meetings, through the built API (HTTP on loopback), next to the same
// SQL behind a bare node:http handler (same lean HTTP client) and straight through `pg`: throughput,
// p50/p99 latency and their ratios. Also the web client's real queries (the finder's FindMeetings and the
// meeting page's MeetingPage) and BMLT's GetSearchResults with an auto-radius. A throwaway embedded
// PostgreSQL holds the data; it is removed at the end. Loop counts are fixed.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, URLSearchParams } from 'node:url';
import pg from 'pg';
import { ensureDatabase, startEmbeddedPostgres } from '../embedded-db.mjs';
import { buildApi, startListening } from './support/api-process.mjs';
import { leanClient } from './support/http-client.mjs';
import { FIND_MEETINGS, insertMeetings, MEETING_PAGE } from './support/meeting-data.mjs';
import { ATTENDANCE, BY_ID_SQL, NEAR_SQL } from './support/meeting-sql.mjs';

const here = resolve(fileURLToPath(import.meta.url), '..');
const root = resolve(here, '../..');
const MEETINGS = 100_000;
const REQUESTS = 2_000;
const PAGE_REQUESTS = 1_000;
const WARMUP = 100;
const CONCURRENCY = 8;
const PAGE = 20;
const RADIUS_KM = 25;
/** BMLT clients (crouton, the apps) ask for "the closest N": a negative geo_width, here the 10 closest. */
const BMLT_CLOSEST = 10;
const BMLT_REQUESTS = 400;

const LIGHT_QUERY = `query Near($f: MeetingFilter, $first: Int) {
  meetings(filter: $f, first: $first) {
    edges { distanceKm node { id name startTime timeZone attendance } }
  }
}`;

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

/**
 * CPU time (user + system, ms) a process has used, from /proc (Linux; null elsewhere). Per request it is
 * robust to other load on a shared machine, unlike throughput.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
const TICKS_PER_SECOND = 100;

async function measure(label, total, work, { warmup = WARMUP, pid } = {}) {
  for (let i = 0; i < warmup; i++) await work(i);
  const latencies = [];
  let next = 0;
  const cpuBefore = pid ? cpuMs(pid) : null;
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
  const cpuAfter = pid ? cpuMs(pid) : null;
  latencies.sort((a, b) => a - b);
  return {
    label,
    perSecond: total / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpu: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / total,
  };
}

async function seed(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const t0 = Date.now();
  try {
    const ids = await insertMeetings(client, MEETINGS);
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(`generated ${MEETINGS.toLocaleString('en-US')} meetings in ${seconds} s`);
    return ids;
  } finally {
    await client.end();
  }
}

const line = (r) =>
  `  ${r.label.padEnd(30)} ${r.perSecond.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms` +
  (r.cpu === null ? '' : `   server CPU ${r.cpu.toFixed(2)} ms/req`);
const ratio = (label, a, b) =>
  `  ratio ${label} throughput ${(a.perSecond / b.perSecond).toFixed(2)}x, ` +
  `p50 ${(a.p50 / b.p50).toFixed(1)}x, p99 ${(a.p99 / b.p99).toFixed(1)}x` +
  (a.cpu && b.cpu ? `, server CPU per request ${(a.cpu / b.cpu).toFixed(1)}x` : '');

export async function run() {
  const main = buildApi();
  const dataDir = join(root, '.data', `bench-meetings-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ dataDir });
  let api = null;
  let bare = null;
  let pool = null;
  const clients = [];
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
    // the API ran the migrations; now the meetings, and a bare server on the same database
    const ids = await seed(databaseUrl);
    bare = await startListening(join(here, 'support/bare-meetings-server.mjs'), {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl,
    });
    const apiClient = leanClient(api.url, CONCURRENCY);
    const bareClient = leanClient(bare.url, CONCURRENCY);
    clients.push(apiClient, bareClient);

    const spots = points(REQUESTS + WARMUP);
    const near = (i) => ({ ...spots[i % spots.length], radius: RADIUS_KM });
    const gql = async (query, variables) => {
      const body = await apiClient.post('/graphql', { query, variables });
      if (!body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
      return body.data;
    };

    let found = 0;
    const graphql = await measure(
      'GraphQL (HTTP, loopback)',
      REQUESTS,
      async (i) => {
        const data = await gql(LIGHT_QUERY, { f: { near: near(i) }, first: PAGE });
        found += data.meetings.edges.length;
      },
      { pid: api.pid },
    );
    const bareHttp = await measure(
      'same SQL behind bare http',
      REQUESTS,
      async (i) => {
        const body = await bareClient.post('/search', {
          ...spots[i % spots.length],
          radiusKm: RADIUS_KM,
          first: PAGE,
        });
        if (!body.data) throw new Error('bare server error');
      },
      { pid: bare.pid },
    );
    const sql = await measure('same SQL through pg', REQUESTS, async (i) => {
      const p = spots[i % spots.length];
      await pool.query(NEAR_SQL, [p.latitude, p.longitude, RADIUS_KM * 1000, ATTENDANCE, PAGE + 1]);
    });
    const finder = await measure(
      'FindMeetings (web finder)',
      PAGE_REQUESTS,
      async (i) => {
        await gql(FIND_MEETINGS, {
          filter: { near: { ...near(i), unit: 'KM', widenToAtLeast: 10 } },
          first: PAGE,
          language: 'en',
        });
      },
      { pid: api.pid },
    );
    const page = await measure(
      'MeetingPage (meeting page)',
      PAGE_REQUESTS,
      async (i) => {
        await gql(MEETING_PAGE, { id: ids[i % ids.length], language: 'en' });
      },
      { pid: api.pid },
    );
    const pageBare = await measure(
      'its SQL behind bare http',
      PAGE_REQUESTS,
      async (i) => {
        await bareClient.get(`/meeting/${ids[i % ids.length]}`);
      },
      { pid: bare.pid },
    );
    const pageSql = await measure('its SQL through pg', PAGE_REQUESTS, async (i) => {
      await pool.query(BY_ID_SQL, [ids[i % ids.length]]);
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
        const body = await apiClient.get(`/client_interface/json/?${query}`);
        if (!Array.isArray(body)) throw new Error(`BMLT error: ${JSON.stringify(body)}`);
        bmltFound += body.length;
      },
      { warmup: 10, pid: api.pid },
    );

    console.log(
      `radius search, ${RADIUS_KM} km, page of ${PAGE} (avg ${(found / (REQUESTS + WARMUP)).toFixed(1)} found), ` +
        `${REQUESTS} requests after ${WARMUP} warm-up, ${CONCURRENCY} at a time, keep-alive node:http client`,
    );
    for (const r of [graphql, bareHttp, sql]) console.log(line(r));
    console.log(ratio('GraphQL / SQL:      ', graphql, sql));
    console.log(ratio('GraphQL / bare http:', graphql, bareHttp));
    console.log(`the web client's real queries, ${PAGE_REQUESTS} requests each`);
    for (const r of [finder, page, pageBare, pageSql]) console.log(line(r));
    console.log(ratio('FindMeetings / SQL:', finder, sql));
    console.log(ratio('FindMeetings / bare http:', finder, bareHttp));
    console.log(ratio('MeetingPage / SQL:', page, pageSql));
    console.log(ratio('MeetingPage / bare http:', page, pageBare));
    console.log(
      `BMLT GetSearchResults geo_width=-${BMLT_CLOSEST} (the ${BMLT_CLOSEST} closest, avg ` +
        `${(bmltFound / (BMLT_REQUESTS + 10)).toFixed(1)} served), ${BMLT_REQUESTS} requests`,
    );
    console.log(line(bmlt));
    console.log(ratio('BMLT / GraphQL search:', bmlt, graphql));
  } finally {
    for (const c of clients) c.close();
    await pool?.end().catch(() => undefined);
    await bare?.stop();
    await api?.stop();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.port`, { force: true });
  }
}
