import type { ChatMessagePayload, ChatSanctionEvent } from '@kinship/shared/contracts';
import { once } from '../../support/sockets';
import { ChatClient } from '../support/chat-client';
import { gql, redisVerdict } from './support/nodes';
import { startCluster, type Cluster } from './support/cluster';

const redis = redisVerdict();
const suite = redis.run ? describe : describe.skip;

if (redis.failure) {
  describe('multi-node chat', () => {
    it('needs Redis in CI', () => {
      throw new Error(redis.failure ?? '');
    });
  });
}

suite('two API nodes sharing rooms through Redis', () => {
  let cluster: Cluster;
  const clients: ChatClient[] = [];
  const connect = async (url: string, token: string) => {
    const c = await ChatClient.connect(url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    cluster = await startCluster();
  }, 300_000);
  afterEach(() => {
    while (clients.length) clients.pop()?.close();
  });
  afterAll(async () => {
    await cluster?.close();
  }, 60_000);

  it('delivers a message sent through one node to members connected to the other, both ways', async () => {
    const roomId = await cluster.room('Cross-node room');
    const alice = await cluster.member();
    const bob = await cluster.member();
    await cluster.join(alice.id, roomId);
    await cluster.join(bob.id, roomId);
    const onA = await connect(cluster.a.url, alice.token);
    const onB = await connect(cluster.b.url, bob.token);
    await onA.subscribe(roomId);
    await onB.subscribe(roomId);

    const toB = once<ChatMessagePayload>(onB.socket, 'chat:message');
    expect((await onA.send(roomId, 'from node A')).ok).toBe(true);
    expect(await toB).toMatchObject({ seq: 1, text: 'from node A', author: { id: alice.id } });

    const toA = once<ChatMessagePayload>(onA.socket, 'chat:message');
    expect((await onB.send(roomId, 'from node B')).ok).toBe(true);
    expect(await toA).toMatchObject({ seq: 2, text: 'from node B', author: { id: bob.id } });

    const typing = once<{ member: { id: string } }>(onA.socket, 'chat:typing');
    await onB.request('chat:typing', { roomId, typing: true });
    expect(await typing).toMatchObject({ member: { id: bob.id } });
    const who = await onA.request<{ members: { id: string }[] }>('chat:who', { roomId });
    expect(who.ok && who.data.members.map((m) => m.id).sort()).toEqual([alice.id, bob.id].sort());
  });

  it('holds the per-member rate limit across nodes', async () => {
    const roomId = await cluster.room('Rate room');
    const dave = await cluster.member();
    await cluster.join(dave.id, roomId);
    const onA = await connect(cluster.a.url, dave.token);
    const onB = await connect(cluster.b.url, dave.token);
    const acks = [];
    // 8 through each node: each node alone would allow 15, so only a shared count refuses the 16th
    for (let i = 0; i < 8; i += 1) {
      acks.push(await onA.send(roomId, `a${i}`));
      acks.push(await onB.send(roomId, `b${i}`));
    }
    expect(acks.slice(0, 15).every((a) => a.ok)).toBe(true);
    expect(acks[15]).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', reason: 'rate_limited' } });
  });

  it('holds slow mode set through one node on the other', async () => {
    const roomId = await cluster.room('Slow room');
    const mod = await cluster.member('moderator');
    const erin = await cluster.member();
    await cluster.join(erin.id, roomId);
    const slow = await gql(
      cluster.a.url,
      'mutation ($r: ID!) { setChatSlowMode(input: { roomId: $r, seconds: 120, reason: "Busy night" }) { slowModeSeconds } }',
      { r: roomId },
      mod.token,
    );
    expect(slow.errors).toBeUndefined();
    const onA = await connect(cluster.a.url, erin.token);
    const onB = await connect(cluster.b.url, erin.token);
    expect((await onA.send(roomId, 'one')).ok).toBe(true);
    expect(await onB.send(roomId, 'two, through the other node')).toMatchObject({
      ok: false,
      error: { reason: 'slow_mode' },
    });
  });

  it('applies moderation from one node to sockets on the other: hide, timeout, ban', async () => {
    const roomId = await cluster.room('Moderated room');
    const side = await cluster.room('Side room');
    const mod = await cluster.member('moderator');
    const bob = await cluster.member();
    const carol = await cluster.member();
    for (const m of [bob, carol]) {
      await cluster.join(m.id, roomId);
      await cluster.join(m.id, side);
    }
    const bobOnB = await connect(cluster.b.url, bob.token);
    const carolOnB = await connect(cluster.b.url, carol.token);
    const carolOnA = await connect(cluster.a.url, carol.token);
    for (const c of [bobOnB, carolOnB]) {
      await c.subscribe(roomId);
      await c.subscribe(side);
    }
    await carolOnA.subscribe(roomId);

    const sent = await bobOnB.send(roomId, 'rude words');
    const messageId = sent.ok && sent.data.status === 'sent' ? sent.data.message.id : '';
    const hidden = once<ChatMessagePayload>(carolOnB.socket, 'chat:message:update');
    const hide = await gql(
      cluster.a.url,
      'mutation ($id: ID!) { moderateChatMessage(input: { messageId: $id, action: HIDE, reason: "Rude" }) { status } }',
      { id: messageId },
      mod.token,
    );
    expect(hide.errors).toBeUndefined();
    expect(await hidden).toMatchObject({ id: messageId, status: 'hidden', text: null });

    const timedOut = once<ChatSanctionEvent>(bobOnB.socket, 'chat:sanction');
    const timeout = await gql(
      cluster.a.url,
      'mutation ($r: ID!, $m: ID!) { timeoutChatMember(input: { roomId: $r, memberId: $m, minutes: 10, reason: "Cool off" }) { id } }',
      { r: roomId, m: bob.id },
      mod.token,
    );
    expect(timeout.errors).toBeUndefined();
    expect(await timedOut).toMatchObject({ roomId, kind: 'timeout', reason: 'Cool off' });
    expect(await bobOnB.send(roomId, 'still me')).toMatchObject({
      ok: false,
      error: { reason: 'timed_out' },
    });

    const bannedB = once<ChatSanctionEvent>(carolOnB.socket, 'chat:sanction');
    const bannedA = once<ChatSanctionEvent>(carolOnA.socket, 'chat:sanction');
    const ban = await gql(
      cluster.a.url,
      'mutation ($r: ID!, $m: ID!) { banChatMember(input: { roomId: $r, memberId: $m, reason: "Threats" }) { id } }',
      { r: roomId, m: carol.id },
      mod.token,
    );
    expect(ban.errors).toBeUndefined();
    expect(await bannedB).toMatchObject({ kind: 'ban', reason: 'Threats' });
    expect(await bannedA).toMatchObject({ kind: 'ban' });

    // Carol's sockets on both nodes left the room: a message there does not reach them; one in the side
    // room sent afterwards does.
    const received: string[] = [];
    carolOnB.socket.on('chat:message', (m: ChatMessagePayload) => received.push(m.text ?? ''));
    const other = await cluster.member();
    await cluster.join(other.id, roomId);
    await cluster.join(other.id, side);
    const otherOnA = await connect(cluster.a.url, other.token);
    expect((await otherOnA.send(roomId, 'after the ban')).ok).toBe(true);
    const marker = once<ChatMessagePayload>(carolOnB.socket, 'chat:message');
    expect((await otherOnA.send(side, 'marker')).ok).toBe(true);
    await marker;
    expect(received).toEqual(['marker']);
    expect(await carolOnB.send(roomId, 'let me back')).toMatchObject({ ok: false });
  });
});
