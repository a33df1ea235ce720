import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { metrics } from '@kinship/api/core';
import { MessageStore } from '@kinship/api/chat';
import type { ChatSendResult } from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { ChatClient } from './support/chat-client';
import { registerMember, setRole } from '../support/accounts';
import { ADD_FILTER, db, freshRoom, LIFT, membersIn, TIMEOUT, type Member } from './support/chat';

type Sent = Extract<ChatSendResult, { status: 'sent' }>['message'];
const sentOf = (ack: { ok: boolean; data?: unknown }): Sent | null => {
  const data = ack.data as ChatSendResult | undefined;
  return ack.ok && data?.status === 'sent' ? data.message : null;
};

/** Commits so far that stored more than one message (from the chat batch-size histogram). */
async function sharedCommits(): Promise<number> {
  const { values } = await metrics.chatCommitBatch.get();
  const count = values.find((v) => v.metricName?.endsWith('_count'))?.value ?? 0;
  const single = values.find((v) => v.metricName?.endsWith('_bucket') && v.labels['le'] === 1)?.value ?? 0;
  return count - single;
}

describe('chat group commit and the send context cache', () => {
  let app: TestApp;
  let mod: Member;
  const clients: ChatClient[] = [];
  const client = async (token: string) => {
    const c = await ChatClient.connect(app.url, token);
    clients.push(c);
    return c;
  };
  const seqsIn = async (roomId: string) =>
    (
      (await db(app).query(
        'SELECT seq FROM chat_messages WHERE room_id = $1 AND seq IS NOT NULL ORDER BY seq',
        [roomId],
      )) as { seq: string }[]
    ).map((r) => Number(r.seq));
  const oneOf = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  beforeAll(async () => {
    app = await startTestApp();
    // A name of its own: the helpers' generated names repeat, and nobody may take a moderator's name.
    mod = await registerMember(app, { displayName: 'Rowan Keeper' });
    await setRole(app, mod.id, 'moderator');
  });
  afterEach(() => {
    while (clients.length) clients.pop()?.close();
  });
  afterAll(async () => {
    await app.close();
  });

  it('stores concurrent sends from many rooms in shared commits: all acked, gapless, in each sender’s order', async () => {
    const rooms = await Promise.all(Array.from({ length: 6 }, (_, i) => freshRoom(app, `Busy room ${i}`)));
    const senders: { roomId: string; c: ChatClient }[] = [];
    for (const roomId of rooms) {
      for (const m of await membersIn(app, roomId, 3)) senders.push({ roomId, c: await client(m.token) });
    }
    const before = await sharedCommits();
    const perSender = 5;
    const acked = await Promise.all(
      senders.map(async ({ roomId, c }, i) => {
        const mine: Sent[] = [];
        for (let k = 0; k < perSender; k += 1) {
          const message = sentOf(await c.send(roomId, `s${i}-${k}`));
          if (message) mine.push(message);
        }
        return mine;
      }),
    );
    expect(acked.flat()).toHaveLength(senders.length * perSender);
    for (const mine of acked) {
      // one sender's messages keep the order they were sent in
      const seqs = mine.map((m) => m.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    }
    for (const roomId of rooms) expect(await seqsIn(roomId)).toEqual(oneOf(3 * perSender));
    // every acknowledged message is in the database with the number it was acknowledged with
    const stored: { id: string; seq: string }[] = await db(app).query(
      'SELECT id, seq FROM chat_messages WHERE room_id = ANY($1::uuid[])',
      [rooms],
    );
    const seqOf = new Map(stored.map((r) => [r.id, Number(r.seq)]));
    for (const m of acked.flat()) expect(seqOf.get(m.id)).toBe(m.seq);
    expect(await sharedCommits()).toBeGreaterThan(before);
  });

  it('keeps numbers gapless and each author’s order when batches from two nodes write the same rooms at once', async () => {
    const ds = app.running.app.get(DataSource);
    // Two group commits of their own, as on two nodes: their batches contend for the same room rows.
    const stores = [new MessageStore(ds), new MessageStore(ds)];
    const rooms = await Promise.all([0, 1, 2].map((i) => freshRoom(app, `Contended room ${i}`)));
    const authors: { roomId: string; id: string }[] = [];
    for (const roomId of rooms)
      for (const m of await membersIn(app, roomId, 4)) authors.push({ roomId, id: m.id });
    const columns = { author_name: null, author_handle: null, author_role: null, author_room_role: null };
    const perAuthor = 12;
    const outcomes = await Promise.all(
      authors.map(({ roomId, id }, a) =>
        Promise.all(
          Array.from({ length: perAuthor }, (_, k) =>
            stores[a % 2].insert(
              {
                roomId,
                authorId: id,
                clientId: randomUUID(),
                body: `a${a}-${k}`,
                status: 'visible',
                statusReason: null,
                crisis: null,
                slowModeSeconds: 0,
              },
              columns,
            ),
          ),
        ),
      ),
    );
    for (const mine of outcomes) {
      const seqs = mine.map((o) => (o.kind === 'stored' ? Number(o.row.seq) : NaN));
      expect(seqs.every(Number.isInteger)).toBe(true);
      expect([...seqs].sort((x, y) => x - y)).toEqual(seqs); // in the order each author sent them
    }
    for (const roomId of rooms) expect(await seqsIn(roomId)).toEqual(oneOf(4 * perAuthor));
    const heads: { last_seq: string }[] = await db(app).query(
      'SELECT last_seq FROM chat_rooms WHERE id = ANY($1::uuid[])',
      [rooms],
    );
    expect(heads.map((h) => Number(h.last_seq))).toEqual([1, 2, 3].map(() => 4 * perAuthor));
  });

  it('refuses a message the database rejects without losing the others in its commit', async () => {
    const rooms = await Promise.all([freshRoom(app, 'Left'), freshRoom(app, 'Right')]);
    const senders: { roomId: string; c: ChatClient }[] = [];
    for (const roomId of rooms) {
      for (const m of await membersIn(app, roomId, 4)) senders.push({ roomId, c: await client(m.token) });
    }
    // A row PostgreSQL refuses though the API accepts it (as a failing disk or a bug would).
    await db(app).query(
      `ALTER TABLE chat_messages ADD CONSTRAINT test_refuses_poison CHECK (body <> 'poison pill')`,
    );
    try {
      const acks = await Promise.all(
        senders.map(({ roomId, c }, i) => c.send(roomId, i === 3 ? 'poison pill' : `fine ${i}`)),
      );
      expect(acks.map((a) => a.ok)).toEqual(senders.map((_, i) => i !== 3));
      expect(acks[3]).toMatchObject({ ok: false, error: { code: 'INTERNAL_SERVER_ERROR' } });
      const bodies: { body: string }[] = await db(app).query(
        'SELECT body FROM chat_messages WHERE room_id = ANY($1::uuid[]) ORDER BY body',
        [rooms],
      );
      expect(bodies.map((b) => b.body)).toEqual(
        senders
          .map((_, i) => `fine ${i}`)
          .filter((_, i) => i !== 3)
          .sort(),
      );
      expect(await seqsIn(rooms[0])).toEqual(oneOf(3)); // the refused one took no number
      expect(await seqsIn(rooms[1])).toEqual(oneOf(4));
    } finally {
      await db(app).query('ALTER TABLE chat_messages DROP CONSTRAINT test_refuses_poison');
    }
  });

  it('answers a retry with the first message, before and after a timeout, and stores it once', async () => {
    const roomId = await freshRoom(app, 'Retry room');
    const [alice] = await membersIn(app, roomId, 1);
    const a = await client(alice.token);
    expect((await a.send(roomId, 'warming up')).ok).toBe(true); // the send context is now cached
    const clientId = randomUUID();
    const first = sentOf(await a.send(roomId, 'just once', clientId));
    const retry = sentOf(await a.send(roomId, 'just once', clientId));
    expect(retry).toEqual(first);
    const input = { roomId, memberId: alice.id, minutes: 10, reason: 'Pause' };
    expect((await app.gql(TIMEOUT, { input }, { token: mod.token })).errors).toBeUndefined();
    expect(sentOf(await a.send(roomId, 'just once', clientId))).toEqual(first);
    expect(await a.send(roomId, 'something new')).toMatchObject({
      ok: false,
      error: { reason: 'timed_out' },
    });
    const rows = await db(app).query('SELECT body FROM chat_messages WHERE room_id = $1 ORDER BY seq', [
      roomId,
    ]);
    expect(rows).toEqual([{ body: 'warming up' }, { body: 'just once' }]);
  });

  it('drops the cached context on a timeout, its lift, and a new filter', async () => {
    const roomId = await freshRoom(app, 'Cache room');
    const [bob] = await membersIn(app, roomId, 1);
    const b = await client(bob.token);
    expect((await b.send(roomId, 'hello')).ok).toBe(true);
    const input = { roomId, memberId: bob.id, minutes: 10, reason: 'Breathe' };
    expect((await app.gql(TIMEOUT, { input }, { token: mod.token })).errors).toBeUndefined();
    expect(await b.send(roomId, 'hello again')).toMatchObject({ ok: false, error: { reason: 'timed_out' } });
    const lift = { roomId, memberId: bob.id, reason: 'Fine now' };
    expect((await app.gql(LIFT, { input: lift }, { token: mod.token })).errors).toBeUndefined();
    expect((await b.send(roomId, 'back')).ok).toBe(true);
    const filter = { roomId, pattern: 'forbidden', kind: 'WORD', action: 'BLOCK', reason: 'Test' };
    expect((await app.gql(ADD_FILTER, { input: filter }, { token: mod.token })).errors).toBeUndefined();
    expect(await b.send(roomId, 'a forbidden word')).toMatchObject({
      ok: false,
      error: { reason: 'blocked_word' },
    });
    expect(await seqsIn(roomId)).toEqual(oneOf(2));
  });

  it('enforces a ban the cache has not heard of (as from another node): checked again at commit', async () => {
    const roomId = await freshRoom(app, 'Ban room');
    const [carol] = await membersIn(app, roomId, 1);
    const c = await client(carol.token);
    expect((await c.send(roomId, 'before')).ok).toBe(true);
    // Straight into the database, past every service: nothing on this node hears of it.
    await db(app).query(
      `INSERT INTO chat_sanctions (room_id, user_id, kind, reason, created_by) VALUES ($1, $2, 'ban', 'Threats', $3)`,
      [roomId, carol.id, mod.id],
    );
    await db(app).query('DELETE FROM chat_room_members WHERE room_id = $1 AND user_id = $2', [
      roomId,
      carol.id,
    ]);
    expect(await c.send(roomId, 'after')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rows = await db(app).query('SELECT body FROM chat_messages WHERE room_id = $1', [roomId]);
    expect(rows).toEqual([{ body: 'before' }]);
  });
});
