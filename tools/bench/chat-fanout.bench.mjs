// Chat fan-out: delivered messages per second and send-to-receive latency (p50, p99) of Kinship's chat
// (validate, filter, store in PostgreSQL with a sequence number, ack, fan out) next to a bare socket.io
// broadcast server driven by the same clients, and their ratio. Two shapes: 1,000 clients in one room, and
// 100 rooms of 10; on one node, then on two nodes sharing rooms through Redis (when a Redis answers).
// Loopback only; bounded counts; about a minute and a half on 2 cores.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../embedded-db.mjs';
import { buildApi, startListening } from './support/api-process.mjs';
import { connectAll, run as drive, subscribeAll, unsubscribeAll } from './chat-fanout/harness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const CLIENTS = 1000;
const BIG_ROOM_SENDERS = 100;
const BIG_ROOM_PER_SENDER = 2;
const SMALL_ROOMS = 100;
const SMALL_ROOM_PER_SENDER = 2;
const JWT_SECRET = randomBytes(32).toString('hex');
const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// Knobs to run one shape quickly: CHAT_FANOUT_SHAPES=big,small  CHAT_FANOUT_NODES=1,2  CHAT_FANOUT_ROUNDS=1
const list = (v, all) => (v ? v.split(',').map((x) => x.trim()) : all);
const SHAPES = list(process.env.CHAT_FANOUT_SHAPES, ['big', 'small']);
const NODES = list(process.env.CHAT_FANOUT_NODES, ['1', '2']).map(Number);
const ROUNDS = Math.max(1, Number(process.env.CHAT_FANOUT_ROUNDS ?? 1) || 1);

/** CPU time (user + system, ms) of these processes, from /proc (Linux; null elsewhere). */
function cpuMs(pids) {
  try {
    return pids.reduce((sum, pid) => {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    }, 0);
  } catch {
    return null;
  }
}

/** Drives one shape ROUNDS times; throughput over all rounds, median p50/p99, server CPU per sent message. */
async function rounds(pids, options, sent) {
  const results = [];
  const cpuBefore = cpuMs(pids);
  for (let r = 0; r < ROUNDS; r += 1)
    results.push(await drive({ ...options, label: `${options.label}-${r}` }));
  const cpuAfter = cpuMs(pids);
  const median = (key) => results.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
  const delivered = results.reduce((s, x) => s + x.delivered, 0);
  const seconds = results.reduce((s, x) => s + (x.perSecond > 0 ? x.delivered / x.perSecond : 0), 0);
  return {
    delivered,
    expected: options.expectedDeliveries * ROUNDS,
    refused: results.reduce((s, x) => s + x.refused, 0),
    perSecond: seconds > 0 ? delivered / seconds : 0,
    p50: median('p50'),
    p99: median('p99'),
    cpuPerMessage: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / (sent * ROUNDS),
  };
}

function redisAnswers() {
  const { hostname, port } = new URL(REDIS);
  return new Promise((done) => {
    const s = createConnection({ host: hostname, port: Number(port || 6379) });
    s.setTimeout(1000, () => (s.destroy(), done(false)));
    s.once('error', () => done(false));
    s.once('connect', () => s.write('PING\r\n'));
    s.once('data', (d) => (s.destroy(), done(String(d).startsWith('+PONG'))));
  });
}

/** Members, sessions and rooms straight into the database (registration hashes passwords: too slow here). */
async function seed(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const users = (
    await db.query(
      `INSERT INTO users (email, password_hash, display_name, created_at)
       SELECT 'bench' || i || '@example.net', 'not-a-hash', 'Bench ' || i, now() - interval '30 days'
         FROM generate_series(1, $1) i RETURNING id`,
      [CLIENTS],
    )
  ).rows.map((r) => r.id);
  const sessions = (
    await db.query('INSERT INTO sessions (user_id) SELECT unnest($1::uuid[]) RETURNING id, user_id', [users])
  ).rows;
  const tokenOf = new Map(
    sessions.map((s) => [
      s.user_id,
      jwt.sign({ sub: s.user_id, sid: s.id }, JWT_SECRET, {
        algorithm: 'HS256',
        expiresIn: 900,
        audience: 'kinship',
        issuer: 'kinship',
      }),
    ]),
  );
  const rooms = (
    await db.query(
      `INSERT INTO chat_rooms (kind, name) SELECT 'topic', 'Bench room ' || i FROM generate_series(0, $1) i RETURNING id`,
      [SMALL_ROOMS],
    )
  ).rows.map((r) => r.id);
  const big = rooms[0];
  const small = rooms.slice(1);
  await db.query(`INSERT INTO chat_room_members (room_id, user_id) SELECT $1, unnest($2::uuid[])`, [
    big,
    users,
  ]);
  await db.query(
    `INSERT INTO chat_room_members (room_id, user_id)
     SELECT ($2::uuid[])[(n - 1) % $3 + 1], u FROM unnest($1::uuid[]) WITH ORDINALITY AS t(u, n)`,
    [users, small, SMALL_ROOMS],
  );
  await db.end();
  return { tokens: users.map((u) => tokenOf.get(u)), big, small };
}

async function scenarios(label, servers, tokens, rooms, pids) {
  const targets = tokens.map((token, i) => ({ url: servers[i % servers.length], token }));
  const sockets = await connectAll(targets);
  const out = [];
  try {
    if (SHAPES.includes('big')) {
      const bigRoom = () => rooms.big;
      await subscribeAll(sockets, bigRoom);
      const senders = Array.from({ length: BIG_ROOM_SENDERS }, (_, i) => i * (CLIENTS / BIG_ROOM_SENDERS));
      out.push({
        shape: '1 room × 1,000',
        label,
        ...(await rounds(
          pids,
          {
            sockets,
            roomOf: bigRoom,
            senders,
            perSender: BIG_ROOM_PER_SENDER,
            expectedDeliveries: BIG_ROOM_SENDERS * BIG_ROOM_PER_SENDER * CLIENTS,
            label: `${label}-big`,
          },
          BIG_ROOM_SENDERS * BIG_ROOM_PER_SENDER,
        )),
      });
      await unsubscribeAll(sockets, bigRoom);
    }
    if (SHAPES.includes('small')) {
      const smallRoom = (i) => rooms.small[i % SMALL_ROOMS];
      await subscribeAll(sockets, smallRoom);
      out.push({
        shape: '100 rooms × 10',
        label,
        ...(await rounds(
          pids,
          {
            sockets,
            roomOf: smallRoom,
            senders: sockets.map((_, i) => i),
            perSender: SMALL_ROOM_PER_SENDER,
            expectedDeliveries: CLIENTS * SMALL_ROOM_PER_SENDER * (CLIENTS / SMALL_ROOMS),
            label: `${label}-small`,
          },
          CLIENTS * SMALL_ROOM_PER_SENDER,
        )),
      });
    }
  } finally {
    for (const s of sockets) s.close();
  }
  return out;
}

async function kinship(pgAdmin, nodes, redisUrl) {
  const databaseUrl = await ensureDatabase(pgAdmin, `bench_${randomBytes(4).toString('hex')}`);
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET,
    LOG_LEVEL: 'error',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
  const main = buildApi();
  const servers = [];
  try {
    for (let i = 0; i < nodes; i += 1)
      servers.push(await startListening(main, { PATH: process.env.PATH, ...env }));
    const seeded = await seed(databaseUrl);
    return await scenarios(
      'Kinship',
      servers.map((s) => s.url),
      seeded.tokens,
      seeded,
      servers.map((s) => s.pid),
    );
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

async function bare(nodes, redisUrl) {
  const script = join(root, 'tools/bench/chat-fanout/bare-server.mjs');
  const env = { BENCH_ID: randomUUID(), ...(redisUrl ? { REDIS_URL: redisUrl } : {}) };
  const servers = [];
  try {
    for (let i = 0; i < nodes; i += 1)
      servers.push(await startListening(script, { PATH: process.env.PATH, ...env }));
    const rooms = { big: randomUUID(), small: Array.from({ length: SMALL_ROOMS }, () => randomUUID()) };
    return await scenarios(
      'bare socket.io',
      servers.map((s) => s.url),
      Array(CLIENTS).fill(null),
      rooms,
      servers.map((s) => s.pid),
    );
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

function print(title, bareRows, oursRows) {
  console.log(`\n${title}`);
  console.log('shape            server            delivered/s   p50 ms   p99 ms   delivered');
  for (let i = 0; i < bareRows.length; i += 1) {
    for (const r of [bareRows[i], oursRows[i]]) {
      console.log(
        `${r.shape.padEnd(16)} ${r.label.padEnd(16)} ${Math.round(r.perSecond).toString().padStart(12)} ` +
          `${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)}   ${r.delivered}/${r.expected}` +
          (r.refused ? ` (${r.refused} sends refused)` : '') +
          (r.cpuPerMessage === null ? '' : `; server CPU ${r.cpuPerMessage.toFixed(2)} ms/message`),
      );
    }
    const ratio = oursRows[i].perSecond / bareRows[i].perSecond;
    console.log(
      `${''.padEnd(16)} ratio            ${(ratio * 100).toFixed(0).padStart(11)}% of bare throughput`,
    );
  }
}

export async function run() {
  const dataDir = join(root, 'tmp', `bench-pg-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  try {
    console.log(
      `${CLIENTS} socket.io clients in this process; messages carry their send time; loopback only.`,
    );
    if (NODES.includes(1)) print('one node', await bare(1, null), await kinship(db.adminUrl, 1, null));
    if (!NODES.includes(2)) return;
    if (await redisAnswers()) {
      const url = new URL(REDIS);
      url.pathname = `/${1 + (randomBytes(1)[0] % 15)}`;
      print(
        'two nodes, Redis adapter (clients split between them)',
        await bare(2, url.toString()),
        await kinship(db.adminUrl, 2, url.toString()),
      );
    } else {
      console.log(`\ntwo nodes: skipped, no Redis answers at ${REDIS}`);
    }
  } finally {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.port`, { force: true });
  }
}
