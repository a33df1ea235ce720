import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { ChatClient } from './support/chat-client';
import { db, freshRoom, join, moderator, OPEN } from './support/chat';

const ROOMS = `query ($all: Boolean) {
  chatRooms(first: 50, includeAll: $all) { rooms { id key name kind membership canModerate } hasMore endCursor }
}`;

describe('chat rooms', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('has the topic rooms from the start, and lists yours first', async () => {
    const member = await registerMember(app);
    const before = await app.gql<{
      chatRooms: { rooms: { key: string; membership: string | null; id: string }[] };
    }>(ROOMS, {}, { token: member.token });
    const keys = before.data?.chatRooms.rooms.map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining(['topic:first-30-days', 'topic:family-and-friends', 'topic:smart-tools']),
    );
    const smart = before.data!.chatRooms.rooms.find((r) => r.key === 'topic:smart-tools')!;
    await join(app, member, smart.id);
    const after = await app.gql<{ chatRooms: { rooms: { key: string; membership: string | null }[] } }>(
      ROOMS,
      {},
      { token: member.token },
    );
    expect(after.data?.chatRooms.rooms[0]).toMatchObject({ key: 'topic:smart-tools', membership: 'JOINED' });
    expect(
      (
        await app.gql(
          'mutation ($id: ID!) { leaveChatRoom(roomId: $id) }',
          { id: smart.id },
          { token: member.token },
        )
      ).data,
    ).toEqual({
      leaveChatRoom: true,
    });
  });

  it('pages the room list with a cursor', async () => {
    const member = await registerMember(app);
    const first = await app.gql<{
      chatRooms: { rooms: { id: string }[]; hasMore: boolean; endCursor: string };
    }>('query { chatRooms(first: 2) { rooms { id } hasMore endCursor } }', {}, { token: member.token });
    expect(first.data?.chatRooms.rooms).toHaveLength(2);
    expect(first.data?.chatRooms.hasMore).toBe(true);
    const second = await app.gql<{ chatRooms: { rooms: { id: string }[] } }>(
      'query ($after: String) { chatRooms(first: 2, after: $after) { rooms { id } } }',
      { after: first.data!.chatRooms.endCursor },
      { token: member.token },
    );
    const ids = [...first.data!.chatRooms.rooms, ...second.data!.chatRooms.rooms].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps invite-only rooms invisible until a moderator invites you', async () => {
    const mod = await moderator(app);
    const created = await app.gql<{ createChatRoom: { id: string; canModerate: boolean } }>(
      'mutation { createChatRoom(input: { name: "Women in recovery", visibility: INVITE }) { id canModerate } }',
      {},
      { token: mod.token },
    );
    const roomId = created.data!.createChatRoom.id;
    const member = await registerMember(app);
    const outsider = await registerMember(app);
    const refused = await app.gql(
      'mutation ($id: ID!) { joinChatRoom(roomId: $id) { id } }',
      { id: roomId },
      { token: member.token },
    );
    expect(refused.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    const byMember = await app.gql(
      'mutation ($r: ID!, $m: ID!) { inviteToChatRoom(roomId: $r, memberId: $m) }',
      { r: roomId, m: outsider.id },
      { token: member.token },
    );
    expect(byMember.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    await app.gql(
      'mutation ($r: ID!, $m: ID!) { inviteToChatRoom(roomId: $r, memberId: $m) }',
      { r: roomId, m: member.id },
      { token: mod.token },
    );
    const listed = await app.gql<{ chatRooms: { rooms: { id: string; membership: string }[] } }>(
      ROOMS,
      {},
      { token: member.token },
    );
    expect(listed.data?.chatRooms.rooms.find((r) => r.id === roomId)).toMatchObject({
      membership: 'INVITED',
    });
    const joined = await app.gql<{ joinChatRoom: { membership: string } }>(
      'mutation ($id: ID!) { joinChatRoom(roomId: $id) { membership } }',
      { id: roomId },
      { token: member.token },
    );
    expect(joined.data?.joinChatRoom.membership).toBe('JOINED');
    const c = await ChatClient.connect(app.url, member.token);
    expect((await c.subscribe(roomId)).ok).toBe(true);
    c.close();
    const byMemberCreate = await app.gql(
      'mutation { createChatRoom(input: { name: "Mine" }) { id } }',
      {},
      { token: member.token },
    );
    expect(byMemberCreate.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  it('opens a meeting or group room by its key, once, only for one that exists', async () => {
    const member = await registerMember(app);
    const missing = await app.gql(OPEN, { key: `meeting:${randomUUID()}` }, { token: member.token });
    expect(missing.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    expect(
      (await app.gql(OPEN, { key: 'lobby' }, { token: member.token })).errors?.[0].extensions?.['code'],
    ).toBe('BAD_USER_INPUT');
    const [{ present }] = await db(app).query(
      "SELECT to_regclass('public.meeting_groups') IS NOT NULL AS present",
    );
    if (!present) return; // the meetings feature is not there yet: nothing to open
    const [group]: { id: string }[] = await db(app).query(
      `INSERT INTO meeting_groups (source, source_key, name, program_id)
       SELECT 'test', $1, 'Tuesday Night Hope', id FROM programs ORDER BY code LIMIT 1 RETURNING id`,
      [randomUUID()],
    );
    const key = `group:${group.id}`;
    const [a, b] = await Promise.all([
      app.gql<{ openChatRoom: { id: string; name: string; kind: string } }>(
        OPEN,
        { key },
        { token: member.token },
      ),
      app.gql<{ openChatRoom: { id: string } }>(OPEN, { key }, { token: member.token }),
    ]);
    expect(a.data?.openChatRoom).toMatchObject({ name: 'Tuesday Night Hope', kind: 'GROUP' });
    expect(b.data?.openChatRoom.id).toBe(a.data?.openChatRoom.id);
  });

  it('refuses the topic keys that do not exist', async () => {
    const member = await registerMember(app);
    const res = await app.gql(OPEN, { key: 'topic:nope' }, { token: member.token });
    expect(res.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    const roomId = await freshRoom(app);
    await join(app, member, roomId);
  });
});
