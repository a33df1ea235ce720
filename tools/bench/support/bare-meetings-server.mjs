// The baseline for the meeting benches: a bare node:http handler that runs the same SQL as the API through
// `pg` and answers with JSON in the GraphQL response's shape, so "GraphQL / bare http" measures the
// framework (Nest, Apollo, middleware) and not the database or the HTTP client. Started like the API:
// PORT and DATABASE_URL from the environment, `{ type: 'listening' }` over IPC when ready.
import http from 'node:http';
import pg from 'pg';
import { ATTENDANCE, BY_ID_SQL, NEAR_SQL } from './meeting-sql.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 8 });

const hhmm = (minute) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const node = (r) => ({
  id: r.id,
  name: r.name,
  startTime: hhmm(r.start_minute),
  timeZone: r.time_zone,
  attendance: r.attendance,
});

async function answer(req) {
  if (req.method === 'POST' && req.url === '/search') {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const { latitude, longitude, radiusKm, first } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const { rows } = await pool.query(NEAR_SQL, [
      latitude,
      longitude,
      radiusKm * 1000,
      ATTENDANCE,
      first + 1,
    ]);
    const edges = rows.slice(0, first).map((r) => ({ distanceKm: r.distance_m / 1000, node: node(r) }));
    return { data: { meetings: { edges } } };
  }
  const byId = /^\/meeting\/([0-9a-f-]{36})$/.exec(req.url ?? '');
  if (req.method === 'GET' && byId) {
    const { rows } = await pool.query(BY_ID_SQL, [byId[1]]);
    if (!rows[0]) return null;
    return { data: { meeting: node(rows[0]) } };
  }
  return null;
}

const server = http.createServer((req, res) => {
  answer(req).then(
    (body) => {
      const text = JSON.stringify(body ?? { error: 'not found' });
      res.writeHead(body ? 200 : 404, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    },
    (error) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    },
  );
});
server.keepAliveTimeout = 30_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.({ type: 'listening' }));
process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  pool.end().finally(() => process.exit(0));
});
