import type {
  ChatMessagePayload,
  ChatModerationAlert,
  ChatSanctionEvent,
  ChatSendResult,
  SocketAck,
} from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { once } from '../support/sockets';
import { ChatClient } from './support/chat-client';
import {
  BAN,
  db,
  freshRoom,
  LIFT,
  MODERATE,
  moderator,
  membersIn,
  QUEUE,
  REPORT,
  SLOW,
  TIMEOUT,
  type Member,
} from './support/chat';

const sentMessage = (ack: SocketAck<ChatSendResult>) => {
  if (!ack.ok || ack.data.status !== 'sent') throw new Error(`not sent: ${JSON.stringify(ack)}`);
  return ack.data.message;
};

describe('chat moderation: message actions, reports, timeouts, bans, slow mode', () => {
  let app: TestApp;
  let mod: Member;
  const clients: ChatClient[] = [];
  const client = async (token: string) => {
    const c = await ChatClient.connect(app.url, token);
    clients.push(c);
    return c;
  };
  beforeAll(async () => {
    app = await startTestApp();
    mod = await moderator(app);
  });
  afterEach(() => {
    while (clients.length) clients.pop()?.close();
  });
  afterAll(async () => {
    await app.close();
  });

  async function roomWith(count: number) {
    const roomId = await freshRoom(app);
    const members = await membersIn(app, roomId, count);
    const sockets = await Promise.all(members.map((m) => client(m.token)));
    for (const s of sockets) await s.subscribe(roomId);
    return { roomId, members, sockets };
  }

  const act = (token: string, messageId: string, action: string, reason = 'Keeping the room safe') =>
    app.gql<{ moderateChatMessage: { status: string; seq: number; text: string | null } }>(
      MODERATE,
      { input: { messageId, action, reason } },
      { token },
    );

  it('lets only moderators hide, restore and delete, and tells the room (tombstones carry no text)', async () => {
    const { roomId, members, sockets } = await roomWith(2);
    const msg = sentMessage(await sockets[0].send(roomId, 'something unkind'));
    await sockets[1].waitForSeq(roomId, msg.seq);

    for (const action of ['HIDE', 'DELETE', 'APPROVE', 'DISMISS', 'RESTORE']) {
      const refused = await act(members[1].token, msg.id, action);
      expect(refused.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    }

    const hiddenEvent = once<ChatMessagePayload>(sockets[1].socket, 'chat:message:update');
    const hidden = await act(mod.token, msg.id, 'HIDE');
    expect(hidden.data?.moderateChatMessage).toMatchObject({ status: 'HIDDEN', text: 'something unkind' });
    expect(await hiddenEvent).toMatchObject({
      id: msg.id,
      seq: msg.seq,
      status: 'hidden',
      text: null,
      author: null,
    });

    expect((await act(mod.token, msg.id, 'HIDE')).errors?.[0].extensions?.['code']).toBe('CONFLICT');

    const restoredEvent = once<ChatMessagePayload>(sockets[1].socket, 'chat:message:update');
    await act(mod.token, msg.id, 'RESTORE');
    expect(await restoredEvent).toMatchObject({ id: msg.id, status: 'visible', text: 'something unkind' });

    const deletedEvent = once<ChatMessagePayload>(sockets[1].socket, 'chat:message:update');
    await act(mod.token, msg.id, 'DELETE');
    expect(await deletedEvent).toMatchObject({ id: msg.id, status: 'deleted', text: null });
    const [row] = await db(app).query('SELECT body, status FROM chat_messages WHERE id = $1', [msg.id]);
    expect(row).toEqual({ body: '', status: 'deleted' });
  });

  it('lets a room’s own moderator act in that room only', async () => {
    const { roomId, members, sockets } = await roomWith(2);
    const other = await roomWith(1);
    const roomMod = await registerMember(app);
    const appoint = await app.gql(
      'mutation ($r: ID!, $m: ID!) { setChatRoomModerator(roomId: $r, memberId: $m, moderator: true, reason: "Helps out") { id } }',
      { r: roomId, m: roomMod.id },
      { token: members[0].token },
    );
    expect(appoint.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    await app.gql(
      'mutation ($r: ID!, $m: ID!) { setChatRoomModerator(roomId: $r, memberId: $m, moderator: true, reason: "Helps out") { id } }',
      { r: roomId, m: roomMod.id },
      { token: mod.token },
    );
    const here = sentMessage(await sockets[0].send(roomId, 'in my room'));
    const there = sentMessage(await other.sockets[0].send(other.roomId, 'in another room'));
    expect((await act(roomMod.token, here.id, 'HIDE')).data?.moderateChatMessage.status).toBe('HIDDEN');
    expect((await act(roomMod.token, there.id, 'HIDE')).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  it('hides a message after three members report it, and queues it for review', async () => {
    const { roomId, members, sockets } = await roomWith(5);
    const msg = sentMessage(await sockets[0].send(roomId, 'buy cheap pills here'));
    const report = (m: Member, reason = 'SPAM') =>
      app.gql<{ reportChatMessage: { received: boolean; hiddenPendingReview: boolean } }>(
        REPORT,
        { input: { messageId: msg.id, reason, note: 'spam' } },
        { token: m.token },
      );
    expect((await report(members[0])).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect((await report(members[1])).data?.reportChatMessage).toEqual({
      received: true,
      hiddenPendingReview: false,
    });
    expect((await report(members[1])).data?.reportChatMessage.hiddenPendingReview).toBe(false);
    expect((await report(members[2])).data?.reportChatMessage.hiddenPendingReview).toBe(false);
    const update = once<ChatMessagePayload>(sockets[4].socket, 'chat:message:update');
    expect((await report(members[3])).data?.reportChatMessage).toEqual({
      received: true,
      hiddenPendingReview: true,
    });
    expect(await update).toMatchObject({ id: msg.id, status: 'hidden', statusReason: 'reports', text: null });

    const queue = await app.gql<{
      chatModerationQueue: { items: { message: { id: string; text: string }; reportCount: number }[] };
    }>(QUEUE, { roomId }, { token: mod.token });
    expect(queue.data?.chatModerationQueue.items).toEqual([
      expect.objectContaining({
        reportCount: 3,
        message: expect.objectContaining({ id: msg.id, text: 'buy cheap pills here' }),
      }),
    ]);
    const memberQueue = await app.gql(QUEUE, { roomId }, { token: members[1].token });
    expect(memberQueue.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');

    await act(mod.token, msg.id, 'DELETE', 'Spam');
    const after = await app.gql<{ chatModerationQueue: { items: unknown[] } }>(
      QUEUE,
      { roomId },
      { token: mod.token },
    );
    expect(after.data?.chatModerationQueue.items).toEqual([]);
  });

  it('times a member out: their sockets hear it at once, sends are refused with the reason, and it can be lifted', async () => {
    const { roomId, members, sockets } = await roomWith(2);
    const input = { roomId, memberId: members[0].id, minutes: 30, reason: 'Cool down, please' };
    expect(
      (await app.gql(TIMEOUT, { input }, { token: members[1].token })).errors?.[0].extensions?.['code'],
    ).toBe('FORBIDDEN');
    const heard = once<ChatSanctionEvent>(sockets[0].socket, 'chat:sanction');
    const res = await app.gql<{ timeoutChatMember: { kind: string; until: string } }>(
      TIMEOUT,
      { input },
      { token: mod.token },
    );
    expect(res.data?.timeoutChatMember.kind).toBe('TIMEOUT');
    expect(await heard).toMatchObject({
      roomId,
      kind: 'timeout',
      reason: 'Cool down, please',
      until: expect.any(String),
    });

    const refused = await sockets[0].send(roomId, 'let me talk');
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'timed_out', note: 'Cool down, please', until: expect.any(String) },
    });
    // still reads the room, and sees the restriction when it resubscribes
    const resub = await sockets[0].request<{ restriction: unknown }>('chat:subscribe', { roomId });
    expect(resub).toMatchObject({
      ok: true,
      data: { restriction: { kind: 'timeout', reason: 'Cool down, please' } },
    });
    expect(
      (await app.gql(TIMEOUT, { input: { ...input, memberId: mod.id } }, { token: mod.token })).errors?.[0]
        .message,
    ).toMatch(/yourself/);

    const lifted = once<ChatSanctionEvent>(sockets[0].socket, 'chat:sanction');
    expect(
      (
        await app.gql(
          LIFT,
          { input: { roomId, memberId: members[0].id, reason: 'Talked it over' } },
          { token: mod.token },
        )
      ).data,
    ).toEqual({
      liftChatSanction: true,
    });
    expect(await lifted).toMatchObject({ kind: 'lifted' });
    expect((await sockets[0].send(roomId, 'thank you')).ok).toBe(true);
  });

  it('bans a member: out of the room at once, cannot rejoin, subscribe or post', async () => {
    const { roomId, members, sockets } = await roomWith(2);
    const side = await freshRoom(app, 'Side room');
    await app.gql(
      'mutation ($id: ID!) { joinChatRoom(roomId: $id) { id } }',
      { id: side },
      { token: members[0].token },
    );
    await app.gql(
      'mutation ($id: ID!) { joinChatRoom(roomId: $id) { id } }',
      { id: side },
      { token: members[1].token },
    );
    await sockets[0].subscribe(side);

    const input = { roomId, memberId: members[0].id, reason: 'Repeated harassment' };
    expect(
      (await app.gql(BAN, { input }, { token: members[1].token })).errors?.[0].extensions?.['code'],
    ).toBe('FORBIDDEN');
    const heard = once<ChatSanctionEvent>(sockets[0].socket, 'chat:sanction');
    expect((await app.gql(BAN, { input }, { token: mod.token })).data).toEqual({
      banChatMember: { id: expect.any(String), kind: 'BAN' },
    });
    expect(await heard).toMatchObject({ roomId, kind: 'ban', reason: 'Repeated harassment', until: null });

    // out of the room: a message there does not reach them, while one in the side room (sent after) does
    const received: string[] = [];
    sockets[0].socket.on('chat:message', (m: ChatMessagePayload) => received.push(m.text ?? ''));
    sentMessage(await sockets[1].send(roomId, 'after the ban'));
    const marker = once<ChatMessagePayload>(sockets[0].socket, 'chat:message');
    sentMessage(await sockets[1].send(side, 'marker'));
    await marker;
    expect(received).toEqual(['marker']);

    expect(await sockets[0].send(roomId, 'hello?')).toMatchObject({
      ok: false,
      error: { reason: 'not_member' },
    });
    expect(await sockets[0].request('chat:subscribe', { roomId })).toMatchObject({
      ok: false,
      error: { reason: 'banned' },
    });
    const rejoin = await app.gql(
      'mutation ($id: ID!) { joinChatRoom(roomId: $id) { id } }',
      { id: roomId },
      { token: members[0].token },
    );
    expect(rejoin.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'banned' });
  });

  it('refuses to sanction moderators', async () => {
    const { roomId } = await roomWith(1);
    const other = await moderator(app);
    const res = await app.gql(
      TIMEOUT,
      { input: { roomId, memberId: other.id, minutes: 5, reason: 'Testing' } },
      { token: mod.token },
    );
    expect(res.errors?.[0].message).toMatch(/Moderators and admins cannot/);
  });

  it('enforces slow mode per member (moderators exempt) and tells the room', async () => {
    const { roomId, members, sockets } = await roomWith(2);
    const input = { roomId, seconds: 60, reason: 'Heated thread' };
    expect(
      (await app.gql(SLOW, { input }, { token: members[0].token })).errors?.[0].extensions?.['code'],
    ).toBe('FORBIDDEN');
    const told = once<{ slowModeSeconds: number }>(sockets[1].socket, 'chat:room:update');
    expect((await app.gql(SLOW, { input }, { token: mod.token })).data).toEqual({
      setChatSlowMode: { slowModeSeconds: 60 },
    });
    expect(await told).toEqual({ roomId, slowModeSeconds: 60 });
    expect((await sockets[0].send(roomId, 'first')).ok).toBe(true);
    expect(await sockets[0].send(roomId, 'second')).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', reason: 'slow_mode', retryAfterSeconds: expect.any(Number) },
    });
    expect((await sockets[1].send(roomId, 'another member')).ok).toBe(true);
    await app.gql(
      'mutation ($id: ID!) { joinChatRoom(roomId: $id) { id } }',
      { id: roomId },
      { token: mod.token },
    );
    const m = await client(mod.token);
    expect((await m.send(roomId, 'mod one')).ok).toBe(true);
    expect((await m.send(roomId, 'mod two')).ok).toBe(true);
  });

  it('alerts moderators when something needs review', async () => {
    const { roomId, members, sockets } = await roomWith(2);
    const m = await client(mod.token);
    const alert = once<ChatModerationAlert>(m.socket, 'chat:alert');
    const msg = sentMessage(await sockets[0].send(roomId, 'hmm'));
    await app.gql(
      REPORT,
      { input: { messageId: msg.id, reason: 'SOMEONE_AT_RISK' } },
      { token: members[1].token },
    );
    expect(await alert).toMatchObject({ roomId, messageId: msg.id, kind: 'reported', urgent: true });
  });
});
