import { ChatClient } from '../support/chat-client';
import { redisVerdict, register } from './support/nodes';
import { startCluster, type Cluster } from './support/cluster';
import { wireReport, type Stored } from './support/wire-report';

const redis = redisVerdict();
const suite = redis.run ? describe : describe.skip;

if (redis.failure) {
  describe('multi-node chat (fault)', () => {
    it('needs Redis in CI', () => {
      throw new Error(redis.failure ?? '');
    });
  });
}

const CLIENTS_PER_NODE = 25;
const MESSAGES_PER_CLIENT = 40; // 50 clients × 40 = 2,000 messages
const KILL_AFTER_ACKS = 600;

suite('a node is killed while 50 clients send 2,000 messages through both', () => {
  let cluster: Cluster;
  const clients: ChatClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster();
  }, 300_000);
  afterAll(async () => {
    for (const c of clients) c.close();
    await cluster?.close();
  }, 60_000);

  it('loses nothing, and on the wire every message arrives, live copies only once per send attempt', async () => {
    const started = Date.now();
    const roomId = await cluster.room('Fault room');
    // The senders are the room's moderators: the per-member limit (15 messages in 15 s, tested in
    // rooms.spec.ts) would otherwise make 2,000 messages take minutes; everything else on the path is the same.
    const members: { id: string; token: string }[] = [];
    for (let i = 0; i < CLIENTS_PER_NODE * 2; i += 10) {
      const batch = Array.from({ length: 10 }, (_, k) => register(k % 2 ? cluster.b.url : cluster.a.url));
      members.push(...(await Promise.all(batch)));
    }
    for (const m of members) await cluster.join(m.id, roomId, 'moderator');
    // half start on A (and fail over to B), half on B (and would fail over to A)
    for (let i = 0; i < members.length; i += 1) {
      const urls = i < CLIENTS_PER_NODE ? [cluster.a.url, cluster.b.url] : [cluster.b.url, cluster.a.url];
      const c = await ChatClient.connect(urls, members[i].token);
      expect((await c.subscribe(roomId)).ok).toBe(true);
      clients.push(c);
    }

    const sendStart = Date.now();
    const acked = new Map<string, number>(); // client id → seq
    const storedThrough = new Map<string, string>(); // client id → the node whose ack we got
    let ackedAtKill = -1;
    let release!: () => void;
    const killPoint = new Promise<void>((r) => (release = r));
    const streams = clients.map(async (c, i) => {
      for (let k = 0; k < MESSAGES_PER_CLIENT; k += 1) {
        const clientId = `fault-${i}-${k}`;
        const result = await c.sendReliably(roomId, `client ${i} message ${k}`, clientId);
        if (result.status !== 'sent') throw new Error(`unexpectedly held: ${clientId}`);
        acked.set(clientId, result.message.seq);
        storedThrough.set(clientId, c.url);
        if (acked.size >= KILL_AFTER_ACKS) release();
        await new Promise((r) => setTimeout(r, 20 + ((i * 7 + k * 13) % 40)));
      }
    });
    await killPoint;
    cluster.a.process.kill('SIGKILL');
    ackedAtKill = acked.size;
    // the kill happened: node A ended by SIGKILL (no exit code, no graceful shutdown), mid-stream
    expect(await cluster.a.ended).toEqual({ code: null, signal: 'SIGKILL' });
    await Promise.all(streams);
    const streamed = Date.now();

    const total = clients.length * MESSAGES_PER_CLIENT;
    expect(ackedAtKill).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(ackedAtKill).toBeLessThan(total / 2); // mid-stream: most messages were still to come
    expect(acked.size).toBe(total);
    const rows = await cluster.query<{ id: string; seq: string; client_id: string }>(
      'SELECT id, seq, client_id FROM chat_messages WHERE room_id = $1 ORDER BY seq',
      [roomId],
    );
    // stored exactly once each, numbered 1..n without a gap, and each ack named the stored number
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.client_id)).size).toBe(total);
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    for (const r of rows) expect(acked.get(r.client_id)).toBe(Number(r.seq));

    // every client: the whole room, once each, in order (after the client's routine sync)
    const expected = rows.map((r) => r.id);
    for (const c of clients) {
      await c.sync(roomId);
      await c.waitForSeq(roomId, total, 15_000);
      expect(c.seen.get(roomId)?.map((m) => m.id)).toEqual(expected);
      expect(c.tooFarBehind.has(roomId)).toBe(false);
    }

    // the clients of node A lost their connection and carried on through node B; B's clients never moved
    for (const c of clients.slice(0, CLIENTS_PER_NODE)) {
      expect({ reconnects: c.reconnects >= 1, url: c.url }).toEqual({ reconnects: true, url: cluster.b.url });
    }
    for (const c of clients.slice(CLIENTS_PER_NODE)) expect(c.reconnects).toBe(0);
    // Only a dropped connection makes a client send again (each has one send in flight): so at most one
    // retry per client of node A, and none from node B's.
    for (const c of clients.slice(CLIENTS_PER_NODE)) expect([...c.retried.keys()]).toEqual([]);
    for (const c of clients.slice(0, CLIENTS_PER_NODE)) {
      expect([...c.retried.values()].every((attempts) => attempts === 2)).toBe(true);
      expect(c.retried.size).toBeLessThanOrEqual(1);
    }

    // What arrived on the wire, per client (see wire-report.ts for each bound and why it holds).
    const stored = new Map<number, Stored>();
    for (const r of rows) {
      const retried = clients.some((c) => c.retried.has(r.client_id));
      stored.set(Number(r.seq), {
        node: storedThrough.get(r.client_id) as string,
        attempts: Math.max(1, ...clients.map((c) => c.retried.get(r.client_id) ?? 1)),
        retried,
      });
    }
    const reports = clients.map((c) => wireReport(c, roomId, total, stored));
    for (const [i, r] of reports.entries()) {
      expect({ client: i, ...r.violations }).toEqual({
        client: i,
        missing: [],
        liveBeyondAttempts: [],
        catchUpRepeatsDelivered: [],
      });
    }
    // the A clients really received live messages from node B after the kill, on their new connection
    for (const [i, r] of reports.slice(0, CLIENTS_PER_NODE).entries()) {
      expect({ client: i, liveAfterFailover: r.liveAfterFailover > 0 }).toEqual({
        client: i,
        liveAfterFailover: true,
      });
    }
    const sum = (f: (r: (typeof reports)[number]) => number) => reports.reduce((n, r) => n + f(r), 0);
    // what arrived, for the record (counts depend on the machine's load; the bounds above do not)
    process.stdout.write(
      `\nkill test: ${clients.length} clients, ${total} messages, node A killed after ${ackedAtKill} acks; ` +
        `on the wire: ${sum((r) => r.deliveries)} deliveries, ${sum((r) => r.duplicates)} duplicates ` +
        `(${sum((r) => r.liveDuplicates)} live re-sends of retried messages), ${sum((r) => r.late)} late ` +
        `(${sum((r) => r.lateCrossNode)} from the other node), ${sum((r) => r.catchUp)} by catch-up; ` +
        `${[...stored.values()].filter((s) => s.retried).length} sends retried; ` +
        `set-up ${Math.round((sendStart - started) / 1000)} s, streaming ${Math.round((streamed - sendStart) / 1000)} s\n`,
    );
  }, 180_000);
});
