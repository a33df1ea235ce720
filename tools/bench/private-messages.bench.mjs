// Private messages between a sponsor and a sponsee over socket.io, through the built API on loopback:
// send → ack (stored in PostgreSQL, then acknowledged) and send → receive (the other member's socket).
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { io } from 'socket.io-client';
import { registerMember, startApi, summary, throwawayDatabase } from './sponsorship-support.mjs';
import { buildApi } from './support/api-process.mjs';

const SEQUENTIAL = 500;
const PIPELINED = 500;
const IN_FLIGHT = 20;
// Every connection may send 10 events a second after a burst of 40 (the flood guard), as a person would;
// the sender's messages are spread over this many of their connections (like tabs and devices).
const SENDER_SOCKETS = 20;

function connect(url, token) {
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { token },
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export async function run() {
  buildApi();
  const db = await throwawayDatabase('messages');
  let api = null;
  const client = new pg.Client({ connectionString: db.url });
  const sockets = [];
  try {
    api = await startApi(db.url);
    await client.connect();
    const sponsor = await registerMember(api.url, 'Maria G.');
    const sponsee = await registerMember(api.url, 'Sam T.');
    const {
      rows: [{ id }],
    } = await client.query(
      `INSERT INTO sponsorships (sponsor_id, sponsee_id, program, status, started_at)
       VALUES ($1, $2, 'NA', 'active', now()) RETURNING id`,
      [sponsor.id, sponsee.id],
    );
    const senders = async () => {
      const list = await Promise.all(
        Array.from({ length: SENDER_SOCKETS }, () => connect(api.url, sponsor.token)),
      );
      sockets.push(...list);
      return list;
    };
    const b = await connect(api.url, sponsee.token);
    sockets.push(b);
    const joined = await b.timeout(5000).emitWithAck('dm:join', { sponsorshipId: id, afterSeq: 0 });
    if (!joined.ok) throw new Error(`join failed: ${JSON.stringify(joined)}`);

    const waiting = new Map();
    b.on('dm:message', (m) => waiting.get(m.clientId)?.(performance.now()));

    async function sendOne(a, ackTimes, receiveTimes, n) {
      const clientId = randomUUID();
      const received = new Promise((resolve) => waiting.set(clientId, resolve));
      const t0 = performance.now();
      const ack = await a
        .timeout(10_000)
        .emitWithAck('dm:send', { sponsorshipId: id, clientId, text: `message ${n}` });
      if (!ack.ok) throw new Error(`send failed: ${JSON.stringify(ack)}`);
      ackTimes.push(performance.now() - t0);
      receiveTimes.push((await received) - t0);
      waiting.delete(clientId);
    }

    const first = await senders();
    for (let i = 0; i < SENDER_SOCKETS; i++) await sendOne(first[i], [], [], i); // warm
    const ack1 = [];
    const recv1 = [];
    for (let i = 0; i < SEQUENTIAL; i++) await sendOne(first[i % SENDER_SOCKETS], ack1, recv1, i);
    console.log(`one at a time (${SEQUENTIAL} messages):`);
    console.log(summary('  send → ack', ack1));
    console.log(summary('  send → receive', recv1));

    // The same connections again: an account may hold only 20 at once (a second set would be refused).
    const second = first;
    const ack2 = [];
    const recv2 = [];
    let next = 0;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async (_, w) => {
        while (next < PIPELINED) await sendOne(second[w % SENDER_SOCKETS], ack2, recv2, next++);
      }),
    );
    const seconds = (performance.now() - t) / 1000;
    console.log(
      `${IN_FLIGHT} in flight (${PIPELINED} messages, ${(PIPELINED / seconds).toFixed(0)} messages/s):`,
    );
    console.log(summary('  send → ack', ack2));
    console.log(summary('  send → receive', recv2));
    const {
      rows: [{ stored, last }],
    } = await client.query(
      'SELECT count(*)::int AS stored, max(seq)::int AS last FROM sponsorship_messages WHERE sponsorship_id = $1',
      [id],
    );
    console.log(`stored ${stored} messages, sequence 1…${last} without gaps: ${stored === last}`);
  } finally {
    for (const s of sockets) s.close();
    await client.end().catch(() => undefined);
    await api?.stop();
    await db.stop();
  }
}
