// Idle sockets: the memory 10,000 authenticated, idle socket.io connections cost one Kinship API node,
// next to a bare socket.io server holding 10,000 idle connections, in the same run. Each server is
// measured in its own process after a full GC (tools/bench/idle-sockets/memory-probe.mjs), before and
// after the connections open; the growth is what the connections hold. Kinship's members are real: one
// seeded member and session per connection, each with its own access token checked at the handshake.
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { throwawayDatabase } from './sponsorship-support.mjs';
import { apiEnv, buildApi, startListening } from './support/api-process.mjs';
import { openIdle } from './idle-sockets/idle-clients.mjs';
import { readMemory } from './idle-sockets/memory-probe.mjs';

const here = resolve(fileURLToPath(import.meta.url), '..');
const SOCKETS = 10_000;
const WARMUP = 250;
const JWT_SECRET = randomBytes(32).toString('hex');
const PROBE = `--import=${join(here, 'idle-sockets/memory-probe.mjs')}`;
const MB = 1024 * 1024;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One member and one session per connection, straight into the database, and their access tokens. */
async function seedMembers(databaseUrl, count) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `WITH u AS (
         INSERT INTO users (email, password_hash, display_name, created_at)
         SELECT 'idle' || i || '@example.net', 'not-a-hash', 'Idle ' || i, now() - interval '30 days'
           FROM generate_series(1, $1::int) i RETURNING id)
       INSERT INTO sessions (user_id) SELECT id FROM u RETURNING id, user_id`,
      [count],
    );
    const options = { algorithm: 'HS256', expiresIn: 900, audience: 'kinship', issuer: 'kinship' };
    return rows.map((s) => jwt.sign({ sub: s.user_id, sid: s.id }, JWT_SECRET, options));
  } finally {
    await db.end();
  }
}

/** Warms the server with a batch it then drops, reads its memory, holds SOCKETS open, reads it again. */
async function measure(server, auths) {
  const warm = await openIdle(server.url, auths.slice(0, WARMUP));
  for (const s of warm) s.close();
  await sleep(1500);
  const before = await readMemory(server.child);
  const started = Date.now();
  const sockets = await openIdle(server.url, auths);
  const openSeconds = (Date.now() - started) / 1000;
  await sleep(2000);
  const after = await readMemory(server.child);
  return { before, after, openSeconds, sockets };
}

function report(label, m) {
  const per1k = (key) => ((m.after[key] - m.before[key]) / MB / (SOCKETS / 1000)).toFixed(2);
  console.log(
    `  ${label.padEnd(16)} RSS ${(m.before.rss / MB).toFixed(0)} → ${(m.after.rss / MB).toFixed(0)} MB ` +
      `(+${per1k('rss')} MB per 1,000)   heap used ${(m.before.heapUsed / MB).toFixed(0)} → ` +
      `${(m.after.heapUsed / MB).toFixed(0)} MB (+${per1k('heapUsed')} MB per 1,000)   ` +
      `opened in ${m.openSeconds.toFixed(1)} s`,
  );
}

export async function run() {
  const main = buildApi();
  const db = await throwawayDatabase('idle');
  let api = null;
  let bare = null;
  try {
    console.log(`${SOCKETS.toLocaleString('en-US')} idle sockets per server (after a warm-up of ${WARMUP})`);
    bare = await startListening(join(here, 'chat-fanout/bare-server.mjs'), {
      PATH: process.env.PATH,
      NODE_OPTIONS: PROBE,
    });
    const bareRun = await measure(
      bare,
      Array.from({ length: SOCKETS }, () => ({})),
    );
    await bare.stop(); // the server closes first, so the client side keeps no ports in TIME_WAIT
    bare = null;
    for (const s of bareRun.sockets) s.terminate();

    api = await startListening(main, apiEnv(db.url, JWT_SECRET, { NODE_OPTIONS: PROBE }));
    const tokens = await seedMembers(db.url, SOCKETS);
    const ours = await measure(
      api,
      tokens.map((token) => ({ token })),
    );
    await api.stop();
    api = null;
    for (const s of ours.sockets) s.terminate();

    report('bare socket.io', bareRun);
    report('Kinship', ours);
    const grown = (m, key) => (m.after[key] - m.before[key]) / MB;
    const rss = grown(ours, 'rss') / grown(bareRun, 'rss');
    const heap = grown(ours, 'heapUsed') / grown(bareRun, 'heapUsed');
    console.log(
      `idle sockets memory: Kinship ${grown(ours, 'rss').toFixed(0)} MB vs bare ${grown(bareRun, 'rss').toFixed(0)} MB: ` +
        `ratio ${rss.toFixed(2)}x (RSS growth for ${SOCKETS.toLocaleString('en-US')} sockets; heap used ` +
        `${grown(ours, 'heapUsed').toFixed(0)} MB vs ${grown(bareRun, 'heapUsed').toFixed(0)} MB: ${heap.toFixed(2)}x)`,
    );
  } finally {
    await bare?.stop();
    await api?.stop();
    await db.stop();
  }
}
