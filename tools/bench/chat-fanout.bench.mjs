// Chat fan-out: delivered messages per second and send-to-receive latency (p50, p99) of Kinship's chat
// (validate, filter, store in PostgreSQL with a sequence number, ack, fan out) next to a bare socket.io
// broadcast server driven by the same clients, and their ratio. Two shapes: 1,000 clients in one room, and
// 100 rooms of 10; on one node, then on two nodes sharing rooms through Redis (when a Redis answers).
// Loopback only; bounded counts; about a minute and a half on 2 cores.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
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

async function scenarios(label, servers, tokens, rooms) {
  const targets = tokens.map((token, i) => ({ url: servers[i % servers.length], token }));
  const sockets = await connectAll(targets);
  const out = [];
  try {
    const bigRoom = () => rooms.big;
    await subscribeAll(sockets, bigRoom);
    const senders = Array.from({ length: BIG_ROOM_SENDERS }, (_, i) => i * (CLIENTS / BIG_ROOM_SENDERS));
    out.push({
      shape: '1 room × 1,000',
      label,
      ...(await drive({
        sockets,
        roomOf: bigRoom,
        senders,
        perSender: BIG_ROOM_PER_SENDER,
        expectedDeliveries: BIG_ROOM_SENDERS * BIG_ROOM_PER_SENDER * CLIENTS,
        label: `${label}-big`,
      })),
    });
    await unsubscribeAll(sockets, bigRoom);
    const smallRoom = (i) => rooms.small[i % SMALL_ROOMS];
    await subscribeAll(sockets, smallRoom);
    out.push({
      shape: '100 rooms × 10',
      label,
      ...(await drive({
        sockets,
        roomOf: smallRoom,
        senders: sockets.map((_, i) => i),
        perSender: SMALL_ROOM_PER_SENDER,
        expectedDeliveries: CLIENTS * SMALL_ROOM_PER_SENDER * (CLIENTS / SMALL_ROOMS),
        label: `${label}-small`,
      })),
    });
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
          (r.refused ? ` (${r.refused} sends refused)` : ''),
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
    print('one node', await bare(1, null), await kinship(db.adminUrl, 1, null));
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
