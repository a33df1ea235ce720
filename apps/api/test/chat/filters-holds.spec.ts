import type {
  ChatHeldOutcomeEvent,
  ChatMessagePayload,
  ChatModerationAlert,
} from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { once } from '../support/sockets';
import { ChatClient } from './support/chat-client';
import {
  ADD_FILTER,
  ageAccount,
  freshRoom,
  MODERATE,
  moderator,
  membersIn,
  QUEUE,
  REMOVE_FILTER,
  type Member,
} from './support/chat';

describe('chat filters and holds', () => {
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

  async function room(count = 2) {
    const roomId = await freshRoom(app);
    const members = await membersIn(app, roomId, count);
    for (const m of members) await ageAccount(app, m.id);
    const sockets = await Promise.all(members.map((m) => client(m.token)));
    for (const s of sockets) await s.subscribe(roomId);
    return { roomId, members, sockets };
  }

  const addFilter = (token: string, input: Record<string, unknown>) =>
    app.gql<{ addChatFilter: { id: string } }>(
      ADD_FILTER,
      { input: { reason: 'Keep it safe', ...input } },
      { token },
    );

  it('blocks a message with a blocked word, and says why', async () => {
    const { roomId, sockets } = await room();
    expect(
      (await addFilter(mod.token, { roomId, pattern: 'sell*', kind: 'PATTERN', action: 'BLOCK' })).errors,
    ).toBeUndefined();
    expect(await sockets[0].send(roomId, 'Who is selling tonight?')).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', reason: 'blocked_word', message: expect.stringMatching(/rephrase/) },
    });
    expect((await sockets[0].send(roomId, 'Who is going tonight?')).ok).toBe(true);
  });

  it('holds a filtered message for review: only the author hears why, moderators approve it into the room', async () => {
    const { roomId, members, sockets } = await room();
    await addFilter(mod.token, { roomId, pattern: 'meet up', kind: 'WORD', action: 'HOLD' });
    const m = await client(mod.token);
    const alert = once<ChatModerationAlert>(m.socket, 'chat:alert');
    const seenByOthers: string[] = [];
    sockets[1].socket.on('chat:message', (msg: ChatMessagePayload) => seenByOthers.push(msg.text ?? ''));

    const ack = await sockets[0].send(roomId, 'Want to meet up after?');
    expect(ack).toMatchObject({
      ok: true,
      data: {
        status: 'held',
        reason: 'filter',
        explanation: expect.stringMatching(/waiting for a moderator/),
      },
    });
    const held = ack.ok && ack.data.status === 'held' ? ack.data : null;
    expect(await alert).toMatchObject({ roomId, messageId: held?.messageId, kind: 'held', urgent: false });

    const mine = await app.gql<{
      myHeldChatMessages: { id: string; status: string; statusReason: string; text: string }[];
    }>(
      'query ($r: ID!) { myHeldChatMessages(roomId: $r) { id status statusReason text } }',
      { r: roomId },
      { token: members[0].token },
    );
    expect(mine.data?.myHeldChatMessages).toEqual([
      { id: held?.messageId, status: 'HELD', statusReason: 'FILTER', text: 'Want to meet up after?' },
    ]);
    const queue = await app.gql<{
      chatModerationQueue: { items: { message: { id: string; status: string } }[] };
    }>(QUEUE, { roomId }, { token: mod.token });
    expect(queue.data?.chatModerationQueue.items.map((i) => i.message)).toEqual([
      expect.objectContaining({ id: held?.messageId, status: 'HELD' }),
    ]);

    const approvedToAuthor = once<ChatHeldOutcomeEvent>(sockets[0].socket, 'chat:held:resolved');
    const arrives = once<ChatMessagePayload>(sockets[1].socket, 'chat:message');
    const approve = await app.gql<{ moderateChatMessage: { seq: number; status: string } }>(
      MODERATE,
      { input: { messageId: held?.messageId, action: 'APPROVE', reason: 'Fine in context' } },
      { token: mod.token },
    );
    expect(approve.data?.moderateChatMessage).toEqual({
      id: held?.messageId,
      seq: 1,
      status: 'VISIBLE',
      statusReason: null,
      text: 'Want to meet up after?',
    });
    expect(await arrives).toMatchObject({ id: held?.messageId, seq: 1, text: 'Want to meet up after?' });
    expect(await approvedToAuthor).toMatchObject({ messageId: held?.messageId, outcome: 'approved' });
    expect(seenByOthers).toEqual(['Want to meet up after?']);
  });

  it('holds links from new members, not from members who have been here a while', async () => {
    const roomId = await freshRoom(app);
    const [newbie, regular] = await membersIn(app, roomId, 2);
    await ageAccount(app, regular.id);
    const n = await client(newbie.token);
    const r = await client(regular.token);
    expect(await n.send(roomId, 'check out https://example.com/deal')).toMatchObject({
      ok: true,
      data: { status: 'held', reason: 'new_member_link', explanation: expect.stringMatching(/new members/) },
    });
    expect(await n.send(roomId, 'no links here')).toMatchObject({ ok: true, data: { status: 'sent' } });
    expect(await r.send(roomId, 'the meeting list is at https://aa.org')).toMatchObject({
      ok: true,
      data: { status: 'sent' },
    });
  });

  it('rejecting a held message tells its author, and it never appears', async () => {
    const { roomId, sockets } = await room();
    await addFilter(mod.token, { roomId, pattern: 'hookup', kind: 'WORD', action: 'HOLD' });
    const ack = await sockets[0].send(roomId, 'any hookup around?');
    const held = ack.ok && ack.data.status === 'held' ? ack.data : null;
    const outcome = once<ChatHeldOutcomeEvent>(sockets[0].socket, 'chat:held:resolved');
    await app.gql(
      MODERATE,
      { input: { messageId: held?.messageId, action: 'DELETE', reason: 'Not here' } },
      { token: mod.token },
    );
    expect(await outcome).toMatchObject({ outcome: 'rejected' });
    expect(
      (await sockets[1].send(roomId, 'next')).ok && sockets[1].seen.get(roomId)?.length,
    ).toBeLessThanOrEqual(1);
  });

  it('lets global moderators manage filters for every room, room moderators only for theirs', async () => {
    const { roomId, members } = await room(1);
    const global = await addFilter(members[0].token, { pattern: 'spamword', kind: 'WORD', action: 'BLOCK' });
    expect(global.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const roomOnly = await addFilter(members[0].token, {
      roomId,
      pattern: 'spamword',
      kind: 'WORD',
      action: 'BLOCK',
    });
    expect(roomOnly.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const bad = await addFilter(mod.token, { pattern: '(a+)+', kind: 'PATTERN', action: 'BLOCK' });
    expect(bad.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');

    const created = await addFilter(mod.token, { pattern: 'spamword', kind: 'WORD', action: 'BLOCK' });
    expect(created.errors).toBeUndefined();
    const elsewhere = await room(1);
    expect(await elsewhere.sockets[0].send(elsewhere.roomId, 'SPAMWORD!')).toMatchObject({
      ok: false,
      error: { reason: 'blocked_word' },
    });
    const dup = await addFilter(mod.token, { pattern: 'SpamWord', kind: 'WORD', action: 'BLOCK' });
    expect(dup.errors?.[0].extensions?.['code']).toBe('CONFLICT');
    const removed = await app.gql(
      REMOVE_FILTER,
      { input: { filterId: created.data?.addChatFilter.id, reason: 'Too broad' } },
      { token: mod.token },
    );
    expect(removed.data).toEqual({ removeChatFilter: true });
    expect((await elsewhere.sockets[0].send(elsewhere.roomId, 'spamword')).ok).toBe(true);
    const listed = await app.gql<{ chatFilters: unknown[] }>(
      'query { chatFilters { id } }',
      {},
      { token: mod.token },
    );
    expect(listed.data?.chatFilters).toEqual([]);
  });
});
