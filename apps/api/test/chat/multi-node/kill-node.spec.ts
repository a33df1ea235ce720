import { ChatClient } from '../support/chat-client';
import { redisVerdict } from './support/nodes';
import { startCluster, type Cluster } from './support/cluster';

const redis = redisVerdict();
const suite = redis.run ? describe : describe.skip;

if (redis.failure) {
  describe('multi-node chat (fault)', () => {
    it('needs Redis in CI', () => {
      throw new Error(redis.failure ?? '');
    });
  });
}

const CLIENTS_PER_NODE = 4;
const MESSAGES_PER_CLIENT = 12;
const KILL_AFTER_ACKS = 30;

suite('a node is killed while clients send through both', () => {
  let cluster: Cluster;
  const clients: ChatClient[] = [];

  beforeAll(async () => {
    cluster = await startCluster();
  }, 300_000);
  afterAll(async () => {
    for (const c of clients) c.close();
    await cluster?.close();
  }, 60_000);

  it('loses nothing: every acknowledged message stored once, every client sees every message once, in order', async () => {
    const roomId = await cluster.room('Fault room');
    const members = [];
    for (let i = 0; i < CLIENTS_PER_NODE * 2; i += 1) {
      const m = await cluster.member();
      await cluster.join(m.id, roomId);
      members.push(m);
    }
    // half start on A (and fail over to B), half on B (and would fail over to A)
    for (let i = 0; i < members.length; i += 1) {
      const urls = i < CLIENTS_PER_NODE ? [cluster.a.url, cluster.b.url] : [cluster.b.url, cluster.a.url];
      const c = await ChatClient.connect(urls, members[i].token);
      expect((await c.subscribe(roomId)).ok).toBe(true);
      clients.push(c);
    }

    const acked = new Map<string, number>(); // client id → seq
    let killed = false;
    let release!: () => void;
    const killPoint = new Promise<void>((r) => (release = r));
    const streams = clients.map(async (c, i) => {
      for (let k = 0; k < MESSAGES_PER_CLIENT; k += 1) {
        const clientId = `fault-${i}-${k}`;
        const result = await c.sendReliably(roomId, `client ${i} message ${k}`, clientId);
        if (result.status !== 'sent') throw new Error(`unexpectedly held: ${clientId}`);
        acked.set(clientId, result.message.seq);
        if (acked.size >= KILL_AFTER_ACKS) release();
        await new Promise((r) => setTimeout(r, 20 + ((i * 7 + k * 13) % 40)));
      }
    });
    await killPoint;
    cluster.a.process.kill('SIGKILL');
    killed = true;
    await Promise.all(streams);
    expect(killed).toBe(true);

    const total = clients.length * MESSAGES_PER_CLIENT;
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
    }
    // the clients of node A really did fail over
    expect(
      clients.slice(0, CLIENTS_PER_NODE).every((c) => c.reconnects >= 1 && c.url === cluster.b.url),
    ).toBe(true);
  }, 120_000);
});
