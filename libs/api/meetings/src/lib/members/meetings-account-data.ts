import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountDataContributor, type AccountDataSource } from '@kinship/api/core';

/**
 * The member's meeting data for the export (GDPR art. 20) and for account deletion (art. 17): saved
 * meetings, home group, whether a calendar feed exists (never its token), the groups they are a contact
 * of, and the messages they sent to groups.
 */
@AccountDataContributor()
@Injectable()
export class MeetingsAccountData implements AccountDataSource {
  readonly section = 'meetings';

  async exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    // one after another: they share the export's transaction (one connection)
    const savedMeetings: unknown[] = await manager.query(
      `SELECT m.id AS "meetingId", m.name, s.created_at AS "savedAt"
           FROM saved_meetings s JOIN meetings m ON m.id = s.meeting_id
          WHERE s.user_id = $1 ORDER BY s.created_at`,
      [userId],
    );
    const homeGroup: unknown[] = await manager.query(
      `SELECT g.id AS "groupId", g.name, h.set_at AS "setAt"
           FROM member_home_groups h JOIN meeting_groups g ON g.id = h.group_id WHERE h.user_id = $1`,
      [userId],
    );
    const feed: { createdAt: Date }[] = await manager.query(
      'SELECT created_at AS "createdAt" FROM calendar_feeds WHERE user_id = $1',
      [userId],
    );
    const contactOf: unknown[] = await manager.query(
      `SELECT g.id AS "groupId", g.name, c.created_at AS "since"
           FROM group_contacts c JOIN meeting_groups g ON g.id = c.group_id WHERE c.user_id = $1`,
      [userId],
    );
    const messagesSent: unknown[] = await manager.query(
      `SELECT group_id AS "groupId", body, created_at AS "sentAt"
           FROM group_messages WHERE sender_id = $1 ORDER BY created_at`,
      [userId],
    );
    return {
      savedMeetings,
      homeGroup: homeGroup[0] ?? null,
      calendarFeed: feed[0]
        ? { createdAt: feed[0].createdAt, note: 'The feed address is secret and not exported.' }
        : null,
      groupContactOf: contactOf,
      messagesSentToGroups: messagesSent,
    };
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM saved_meetings WHERE user_id = $1', [userId]);
    await manager.query('DELETE FROM member_home_groups WHERE user_id = $1', [userId]);
    await manager.query('DELETE FROM calendar_feeds WHERE user_id = $1', [userId]);
    await manager.query('DELETE FROM group_contacts WHERE user_id = $1', [userId]);
    await manager.query('DELETE FROM group_messages WHERE sender_id = $1', [userId]);
    await manager.query('UPDATE meeting_imports SET imported_by = NULL WHERE imported_by = $1', [userId]);
  }
}
