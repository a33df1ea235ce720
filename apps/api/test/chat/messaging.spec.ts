import { RealtimeGateway } from '@kinship/api/auth';
import { randomUUID } from 'node:crypto';
import {
  CHAT_CATCH_UP_MAX,
  CHAT_TAIL_SIZE,
  type ChatMessagePayload,
  type ChatSendResult,
} from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { once } from '../support/sockets';
import { ChatClient } from './support/chat-client';
import { ageAccount, db, freshRoom, HISTORY, membersIn } from './support/chat';

describe('chat messages over sockets', () => {
  let app: TestApp;
  const clients: ChatClient[] = [];
  const client = async (token: string) => {
    const c = await ChatClient.connect(app.url, token);
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterEach(() => {
    while (clients.length) clients.pop()?.close();
  });
  afterAll(async () => {
    await app.close();
  });

  it('validates, stores, acknowledges and fans out a message to the room, in sequence', async () => {
    const roomId = await freshRoom(app);
    const [alice, bob] = await membersIn(app, roomId, 2);
    const a = await client(alice.token);
    const b = await client(bob.token);
    expect((await a.subscribe(roomId)).ok).toBe(true);
    expect((await b.subscribe(roomId)).ok).toBe(true);
    const arrived = once<ChatMessagePayload>(b.socket, 'chat:message');
    const ack = await a.send(roomId, '  Hello  room ');
    expect(ack).toMatchObject({ ok: true, data: { status: 'sent', crisis: null } });
    const sent = (ack as { data: Extract<ChatSendResult, { status: 'sent' }> }).data.message;
    expect(sent).toMatchObject({
      roomId,
      seq: 1,
      text: 'Hello  room',
      status: 'visible',
      author: { id: alice.id },
    });
    expect(await arrived).toEqual(sent);
  });

  it('refuses members who have not joined, and rooms that do not exist', async () => {
    const roomId = await freshRoom(app);
    const outsider = await registerMember(app);
    const c = await client(outsider.token);
    expect(await c.send(roomId, 'hi')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'not_member' },
    });
    expect(await c.request('chat:subscribe', { roomId })).toMatchObject({
      ok: false,
      error: { reason: 'not_member' },
    });
    expect(await c.send(randomUUID(), 'hi')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'room_not_found' },
    });
    const secret = await freshRoom(app, 'Invite only', 'invite');
    expect(await c.request('chat:subscribe', { roomId: secret })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('stores a retried message once: the same client id gets the same answer', async () => {
    const roomId = await freshRoom(app);
    const [alice] = await membersIn(app, roomId, 1);
    const a = await client(alice.token);
    const clientId = randomUUID();
    const first = await a.send(roomId, 'only once', clientId);
    const again = await a.send(roomId, 'only once (retry)', clientId);
    const concurrent = await Promise.all([1, 2, 3].map(() => a.send(roomId, 'only once', clientId)));
    const ids = [first, again, ...concurrent].map((r) =>
      r.ok && r.data.status === 'sent' ? r.data.message : null,
    );
    expect(new Set(ids.map((m) => m?.id)).size).toBe(1);
    expect(new Set(ids.map((m) => m?.seq)).size).toBe(1);
    const rows = await db(app).query('SELECT body FROM chat_messages WHERE room_id = $1', [roomId]);
    expect(rows).toEqual([{ body: 'only once' }]);
    // a racing duplicate must not burn a sequence number either
    const next = await a.send(roomId, 'second');
    expect(next.ok && next.data.status === 'sent' && next.data.message.seq).toBe(2);
  });

  it('numbers concurrent messages from many members 1..n with no gap, and every member sees them in order', async () => {
    const roomId = await freshRoom(app);
    const members = await membersIn(app, roomId, 6);
    const cs = await Promise.all(members.map((m) => client(m.token)));
    for (const c of cs) await c.subscribe(roomId);
    const perMember = 8;
    await Promise.all(
      cs.map((c, i) =>
        Promise.all(Array.from({ length: perMember }, (_, k) => c.sendReliably(roomId, `m${i}-${k}`))),
      ),
    );
    const total = members.length * perMember;
    const rows: { seq: string }[] = await db(app).query(
      'SELECT seq FROM chat_messages WHERE room_id = $1 ORDER BY seq',
      [roomId],
    );
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    for (const c of cs) {
      await c.waitForSeq(roomId, total);
      expect(c.seen.get(roomId)?.map((m) => m.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    }
  });

  it('catches a client up after a forced disconnect: exactly what it missed, in order, nothing twice', async () => {
    const roomId = await freshRoom(app);
    const [alice, bob] = await membersIn(app, roomId, 2);
    const a = await client(alice.token);
    await a.subscribe(roomId);
    const b = new ChatClient([app.url], bob.token);
    clients.push(b);
    await b.connected();
    await b.subscribe(roomId);
    for (let i = 1; i <= 3; i += 1) await a.sendReliably(roomId, `before ${i}`);
    await b.waitForSeq(roomId, 3);

    // the server drops bob's connection; the client comes back on its own and resubscribes from seq 3
    b.socket.off('disconnect');
    const dropped = once(b.socket, 'disconnect');
    const sockets = await serverSockets(app, bob.id);
    for (const s of sockets) s.disconnect(true);
    await dropped;
    for (let i = 4; i <= 7; i += 1) await a.sendReliably(roomId, `while away ${i}`);
    const resubscribed = await (async () => {
      await b.reconnect();
      return b.seen.get(roomId)?.map((m) => m.text);
    })();
    expect(resubscribed).toEqual([
      'before 1',
      'before 2',
      'before 3',
      'while away 4',
      'while away 5',
      'while away 6',
      'while away 7',
    ]);
    await a.sendReliably(roomId, 'after 8');
    await b.waitForSeq(roomId, 8);
    expect(b.seen.get(roomId)?.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('tells a client that was away too long to page history, which pages backwards to the start', async () => {
    const roomId = await freshRoom(app);
    const [alice] = await membersIn(app, roomId, 1);
    await ageAccount(app, alice.id);
    const head = CHAT_CATCH_UP_MAX + 30;
    await db(app).query(
      `WITH n AS (SELECT generate_series(1, $3::int) AS i)
       INSERT INTO chat_messages (room_id, seq, author_id, body, status)
       SELECT $1, i, $2, 'old ' || i, 'visible' FROM n`,
      [roomId, alice.id, head],
    );
    await db(app).query('UPDATE chat_rooms SET last_seq = $2 WHERE id = $1', [roomId, head]);
    const a = await client(alice.token);
    const behind = await a.request<{ tooFarBehind: boolean; headSeq: number; messages: unknown[] }>(
      'chat:subscribe',
      { roomId, lastSeq: head - CHAT_CATCH_UP_MAX - 1 },
    );
    expect(behind).toMatchObject({ ok: true, data: { tooFarBehind: true, headSeq: head, messages: [] } });
    // exactly as far behind as a catch-up answers: every missed message, in order
    const atLimit = await a.request<{ tooFarBehind: boolean; messages: ChatMessagePayload[] }>(
      'chat:subscribe',
      {
        roomId,
        lastSeq: head - CHAT_CATCH_UP_MAX,
      },
    );
    expect(atLimit.ok && atLimit.data.tooFarBehind).toBe(false);
    expect(atLimit.ok && atLimit.data.messages.map((m) => m.seq)).toEqual(
      Array.from({ length: CHAT_CATCH_UP_MAX }, (_, i) => head - CHAT_CATCH_UP_MAX + 1 + i),
    );
    const fresh = await a.request<{ messages: ChatMessagePayload[] }>('chat:subscribe', { roomId });
    expect(fresh.ok && fresh.data.messages.map((m) => m.seq)).toEqual(
      Array.from({ length: CHAT_TAIL_SIZE }, (_, i) => head - CHAT_TAIL_SIZE + 1 + i),
    );

    const seqs: number[] = [];
    let before: string | undefined;
    for (let page = 0; page < Math.ceil(head / 50) + 1; page += 1) {
      const res = await app.gql<{
        chatMessages: { messages: { seq: number }[]; hasOlder: boolean; olderCursor: string | null };
      }>(HISTORY, { roomId, last: 50, before }, { token: alice.token });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      const data = res.data.chatMessages;
      seqs.unshift(...data.messages.map((m) => m.seq));
      if (!data.hasOlder) break;
      before = data.olderCursor!;
    }
    expect(seqs).toEqual(Array.from({ length: head }, (_, i) => i + 1));
  });

  it('limits each member’s rate, and says when they may post again', async () => {
    const roomId = await freshRoom(app);
    const [alice] = await membersIn(app, roomId, 1);
    const a = await client(alice.token);
    const results = [];
    for (let i = 0; i < 16; i += 1) results.push(await a.send(roomId, `quick ${i}`));
    expect(results.slice(0, 15).every((r) => r.ok)).toBe(true);
    expect(results[15]).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', reason: 'rate_limited', retryAfterSeconds: expect.any(Number) },
    });
  });

  it('passes typing and presence to the others in the room, never storing them', async () => {
    const roomId = await freshRoom(app);
    const [alice, bob] = await membersIn(app, roomId, 2);
    const a = await client(alice.token);
    const b = await client(bob.token);
    await a.subscribe(roomId);
    const online = once<{ member: { id: string }; online: boolean }>(a.socket, 'chat:presence');
    await b.subscribe(roomId);
    expect(await online).toMatchObject({ member: { id: bob.id }, online: true });
    const typing = once<{ member: { id: string }; typing: boolean }>(a.socket, 'chat:typing');
    expect(await b.request('chat:typing', { roomId, typing: true })).toEqual({ ok: true, data: null });
    expect(await typing).toMatchObject({
      member: { id: bob.id, displayName: bob.displayName, handle: expect.any(String), badge: null },
      typing: true,
    });
    const who = await a.request<{ members: { id: string }[] }>('chat:who', { roomId });
    expect(who.ok && who.data.members.map((m) => m.id).sort()).toEqual([alice.id, bob.id].sort());
    const offline = once<{ online: boolean }>(a.socket, 'chat:presence');
    b.close();
    expect(await offline).toMatchObject({ online: false });
    const [{ count }] = await db(app).query(
      'SELECT count(*)::int AS count FROM chat_messages WHERE room_id = $1',
      [roomId],
    );
    expect(count).toBe(0);
  });
});

async function serverSockets(app: TestApp, userId: string) {
  return app.running.app.get(RealtimeGateway).server.in(`user:${userId}`).fetchSockets();
}
