import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountDataContributor, type AccountDataSource } from '@kinship/api/core';

/**
 * A member's chat data. Export: their messages, reports, rooms, and timeouts or bans. Deletion: their
 * messages are erased (text gone, author unlinked; the numbered place stays as a tombstone so nobody's
 * history has a gap), their reports and memberships go, and the audit log keeps its entries with the member
 * unlinked (the database allows exactly that change to the append-only log).
 */
@AccountDataContributor()
@Injectable()
export class ChatAccountData implements AccountDataSource {
  readonly section = 'chat';

  async exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    // One query after another: the export's transaction has a single connection.
    const q = (sql: string) => manager.query(sql, [userId]);
    const messages = await q(
      `SELECT r.name AS room, m.body AS text, m.status, m.created_at AS "createdAt"
         FROM chat_messages m JOIN chat_rooms r ON r.id = m.room_id
        WHERE m.author_id = $1 ORDER BY m.created_at`,
    );
    const reports = await q(
      `SELECT message_id AS "messageId", reason, note, created_at AS "createdAt"
         FROM chat_reports WHERE reporter_id = $1 ORDER BY created_at`,
    );
    const rooms = await q(
      `SELECT r.name AS room, mb.status, mb.role, mb.joined_at AS "joinedAt"
         FROM chat_room_members mb JOIN chat_rooms r ON r.id = mb.room_id WHERE mb.user_id = $1 ORDER BY r.name`,
    );
    const sanctions = await q(
      `SELECT r.name AS room, s.kind, s.reason, s.until, s.created_at AS "createdAt", s.lifted_at AS "liftedAt"
         FROM chat_sanctions s JOIN chat_rooms r ON r.id = s.room_id WHERE s.user_id = $1 ORDER BY s.created_at`,
    );
    const moderation = await q(
      `SELECT action, room_id AS "roomId", reason, at FROM chat_audit_log WHERE actor_id = $1 ORDER BY id`,
    );
    const checkIns = await q(
      `SELECT cm.seq, cm.from_moderator AS "fromModerator", cm.body AS text, cm.created_at AS "createdAt"
         FROM moderator_checkin_messages cm JOIN moderator_checkins c ON c.id = cm.checkin_id
        WHERE c.member_id = $1 ORDER BY cm.seq`,
    );
    const checkInRequests = await q(
      `SELECT kind, created_at AS "createdAt", resolved_at AS "resolvedAt"
         FROM moderator_checkin_requests WHERE member_id = $1 ORDER BY created_at`,
    );
    return {
      messages,
      reports,
      rooms,
      sanctions,
      moderatorActions: moderation,
      moderatorCheckIn: checkIns,
      checkInRequests,
    };
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    // Moderation counter per room, so connected clients learn of the erasure when they next catch up.
    await manager.query(
      `WITH counts AS (
         SELECT room_id, count(*) AS n FROM chat_messages WHERE author_id = $1 AND seq IS NOT NULL GROUP BY room_id),
       bumped AS (
         UPDATE chat_rooms r SET last_mod_seq = r.last_mod_seq + c.n FROM counts c WHERE r.id = c.room_id
         RETURNING r.id, r.last_mod_seq, c.n),
       numbered AS (
         SELECT m.id, b.last_mod_seq - b.n + row_number() OVER (PARTITION BY m.room_id ORDER BY m.seq) AS mod_seq
           FROM chat_messages m JOIN bumped b ON b.id = m.room_id
          WHERE m.author_id = $1 AND m.seq IS NOT NULL)
       UPDATE chat_messages m SET mod_seq = numbered.mod_seq FROM numbered WHERE m.id = numbered.id`,
      [userId],
    );
    await manager.query(
      `UPDATE chat_messages SET body = '', status = 'deleted', status_reason = 'account_deleted',
              author_id = NULL, client_id = NULL, needs_review = false, updated_at = now()
        WHERE author_id = $1`,
      [userId],
    );
    await manager.query('DELETE FROM chat_reports WHERE reporter_id = $1', [userId]);
    await manager.query('DELETE FROM chat_room_members WHERE user_id = $1', [userId]);
    await manager.query('DELETE FROM chat_sanctions WHERE user_id = $1', [userId]);
    // Their check-in conversation (both sides) and requests go; as a moderator, their words stay, unlinked.
    await manager.query('DELETE FROM moderator_checkins WHERE member_id = $1', [userId]);
    await manager.query('DELETE FROM moderator_checkin_requests WHERE member_id = $1', [userId]);
  }
}
