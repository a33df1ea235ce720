import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { ChatClient } from './support/chat-client';
import { db, freshRoom, HISTORY, join, REPORT } from './support/chat';

describe('a member’s chat data: export and deletion', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('exports their messages, reports and rooms; deletion erases their messages and leaves tombstones', async () => {
    const roomId = await freshRoom(app, 'Export room');
    const leaver = await registerMember(app);
    const stayer = await registerMember(app);
    await join(app, leaver, roomId);
    await join(app, stayer, roomId);
    const l = await ChatClient.connect(app.url, leaver.token);
    const s = await ChatClient.connect(app.url, stayer.token);
    await l.send(roomId, 'my story, day 40');
    const theirs = await s.send(roomId, 'welcome');
    await l.send(roomId, 'thank you');
    l.close();
    s.close();
    const theirId = theirs.ok && theirs.data.status === 'sent' ? theirs.data.message.id : '';
    await app.gql(
      REPORT,
      { input: { messageId: theirId, reason: 'OTHER', note: 'testing' } },
      { token: leaver.token },
    );

    const exported = await app.gql<{ exportMyData: string }>(
      'query { exportMyData }',
      {},
      { token: leaver.token },
    );
    const chat = JSON.parse(exported.data!.exportMyData).chat;
    expect(chat.messages.map((m: { text: string; room: string }) => [m.room, m.text])).toEqual([
      ['Export room', 'my story, day 40'],
      ['Export room', 'thank you'],
    ]);
    expect(chat.reports).toEqual([
      expect.objectContaining({ messageId: theirId, reason: 'other', note: 'testing' }),
    ]);
    expect(chat.rooms).toEqual([expect.objectContaining({ room: 'Export room', status: 'joined' })]);

    await app.gql(
      'mutation ($p: String!) { deleteAccount(input: { password: $p }) }',
      { p: leaver.password },
      { token: leaver.token },
    );
    const rows = await db(app).query(
      'SELECT seq, author_id, body, status, status_reason, client_id FROM chat_messages WHERE room_id = $1 ORDER BY seq',
      [roomId],
    );
    expect(rows.map((r: { body: string }) => r.body)).toEqual(['', 'welcome', '']);
    expect(rows.filter((r: { author_id: string | null }) => r.author_id === null)).toHaveLength(2);
    expect(rows[0]).toMatchObject({ status: 'deleted', status_reason: 'account_deleted', client_id: null });
    const history = await app.gql<{
      chatMessages: { messages: { seq: number; text: string | null; author: unknown }[] };
    }>(HISTORY, { roomId }, { token: stayer.token });
    expect(history.data?.chatMessages.messages).toEqual([
      expect.objectContaining({ seq: 1, text: null, author: null }),
      expect.objectContaining({ seq: 2, text: 'welcome' }),
      expect.objectContaining({ seq: 3, text: null, author: null }),
    ]);
    const [{ n }] = await db(app).query('SELECT count(*)::int AS n FROM chat_reports WHERE message_id = $1', [
      theirId,
    ]);
    expect(n).toBe(0);
    // a reconnecting client learns of the erasure through the moderation counter
    const c = await ChatClient.connect(app.url, stayer.token);
    const caught = await c.request<{ updates: { seq: number; status: string }[] }>('chat:subscribe', {
      roomId,
      lastSeq: 3,
      lastModSeq: 0,
    });
    c.close();
    expect(caught.ok && caught.data.updates.map((u) => [u.seq, u.status])).toEqual([
      [1, 'deleted'],
      [3, 'deleted'],
    ]);
  });
});
