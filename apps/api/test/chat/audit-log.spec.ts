import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { ChatClient } from './support/chat-client';
import { AUDIT, db, freshRoom, join, MODERATE, moderator, SLOW, TIMEOUT, type Member } from './support/chat';

interface AuditEntry {
  action: string;
  reason: string;
  details: string;
  actor: { id: string; displayName: string } | null;
  targetMember: { id: string } | null;
  targetMessageId: string | null;
  roomId: string | null;
}

describe('the moderators’ audit log', () => {
  let app: TestApp;
  let admin: Member;
  let mod: Member;
  let member: Member;
  let roomId: string;
  let messageId: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await moderator(app, 'admin');
    mod = await moderator(app);
    member = await registerMember(app);
    roomId = await freshRoom(app);
    await join(app, member, roomId);
    const c = await ChatClient.connect(app.url, member.token);
    const ack = await c.send(roomId, 'an unkind thing');
    c.close();
    messageId = ack.ok && ack.data.status === 'sent' ? ack.data.message.id : '';
    await app.gql(
      MODERATE,
      { input: { messageId, action: 'HIDE', reason: 'Unkind to a newcomer' } },
      { token: mod.token },
    );
    await app.gql(
      TIMEOUT,
      { input: { roomId, memberId: member.id, minutes: 15, reason: 'Take a breather' } },
      { token: mod.token },
    );
    await app.gql(SLOW, { input: { roomId, seconds: 30, reason: 'Busy evening' } }, { token: mod.token });
  });
  afterAll(async () => {
    await app.close();
  });

  const read = (token: string) =>
    app.gql<{ chatAuditLog: { entries: AuditEntry[] } }>(AUDIT, { roomId }, { token });

  it('records who did what, when and why, newest first, and only admins read it', async () => {
    const res = await read(admin.token);
    expect(res.data?.chatAuditLog.entries).toEqual([
      expect.objectContaining({
        action: 'room.slow_mode',
        reason: 'Busy evening',
        details: '{"seconds":30}',
        actor: { id: mod.id, displayName: mod.displayName },
      }),
      expect.objectContaining({
        action: 'member.timeout',
        reason: 'Take a breather',
        targetMember: { id: member.id },
      }),
      expect.objectContaining({
        action: 'message.hide',
        reason: 'Unkind to a newcomer',
        targetMessageId: messageId,
        roomId,
      }),
    ]);
    expect((await read(mod.token)).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect((await read(member.token)).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  it('cannot be changed or erased, even directly in the database', async () => {
    await expect(db(app).query(`UPDATE chat_audit_log SET reason = 'nothing happened'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db(app).query('DELETE FROM chat_audit_log')).rejects.toThrow(/append-only/);
    await expect(db(app).query('TRUNCATE chat_audit_log')).rejects.toThrow(/append-only/);
    await expect(db(app).query('UPDATE chat_audit_log SET actor_id = NULL')).rejects.toThrow(/append-only/);
    const [{ count }] = await db(app).query(
      'SELECT count(*)::int AS count FROM chat_audit_log WHERE room_id = $1',
      [roomId],
    );
    expect(count).toBe(3);
  });

  it('keeps its entries when a member deletes their account, with the member unlinked', async () => {
    const deleted = await app.gql(
      'mutation ($p: String!) { deleteAccount(input: { password: $p }) }',
      { p: member.password },
      {
        token: member.token,
      },
    );
    expect(deleted.errors).toBeUndefined();
    const entries = (await read(admin.token)).data?.chatAuditLog.entries ?? [];
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => e.targetMember)).toEqual([null, null, null]);
    expect(entries[0].actor?.id).toBe(mod.id);
  });
});
