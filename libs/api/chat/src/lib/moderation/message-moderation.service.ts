import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, forbidden, notFound } from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import {
  CHAT_REPORTS_TO_HIDE,
  type ChatMessageStatus,
  type ChatStatusReason,
} from '@kinship/shared/contracts';
import { MESSAGE_COLUMNS, MESSAGE_FROM, rowsOf, toPayload, type MessageRow } from '../messages/message-rows';
import { ChatRealtime } from '../realtime/chat-realtime.service';
import { RoomAccessService } from '../rooms/room-access.service';
import { ChatModerationAction, ChatReportReason } from '../dto/chat.enums';
import type { ChatReportResult } from '../dto/chat.models';
import { AuditLog, type AuditAction } from './audit-log.service';

interface Transition {
  from: ChatMessageStatus[];
  to: ChatMessageStatus | null;
  reason: ChatStatusReason | null;
  refusal: string;
}

const TRANSITIONS: Record<ChatModerationAction, Transition> = {
  [ChatModerationAction.HIDE]: {
    from: ['visible'],
    to: 'hidden',
    reason: 'moderator',
    refusal: 'Only a visible message can be hidden.',
  },
  [ChatModerationAction.RESTORE]: {
    from: ['hidden'],
    to: 'visible',
    reason: null,
    refusal: 'Only a hidden message can be restored.',
  },
  [ChatModerationAction.DELETE]: {
    from: ['visible', 'hidden', 'held'],
    to: 'deleted',
    reason: 'moderator',
    refusal: 'That message is already deleted.',
  },
  [ChatModerationAction.APPROVE]: {
    from: ['held'],
    to: 'visible',
    reason: null,
    refusal: 'Only a held message can be approved.',
  },
  [ChatModerationAction.DISMISS]: {
    from: ['visible', 'hidden', 'held', 'deleted'],
    to: null,
    reason: null,
    refusal: '',
  },
};

/** What moderators do to messages (hide, restore, delete, approve, dismiss), and members' reports. */
@Injectable()
export class MessageModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RoomAccessService,
    private readonly audit: AuditLog,
    private readonly realtime: ChatRealtime,
  ) {}

  async act(
    user: AuthUser,
    messageId: string,
    action: ChatModerationAction,
    reason: string,
  ): Promise<MessageRow> {
    const before = await this.find(messageId);
    await this.access.forModerating(user, before.room_id);
    const rule = TRANSITIONS[action];
    const row = await this.dataSource.transaction(async (manager) => {
      const [current]: MessageRow[] = await manager.query(
        `SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} WHERE m.id = $1 FOR UPDATE OF m`,
        [messageId],
      );
      if (!rule.from.includes(current.status)) throw conflict(rule.refusal);
      if (rule.to) await this.transition(manager, current, rule.to, rule.reason);
      await manager.query('UPDATE chat_messages SET needs_review = false, updated_at = now() WHERE id = $1', [
        messageId,
      ]);
      await manager.query(
        'UPDATE chat_reports SET resolved_at = now() WHERE message_id = $1 AND resolved_at IS NULL',
        [messageId],
      );
      // Out of the queue: its claim and acknowledgement go with it (a new report starts afresh).
      await manager.query(`DELETE FROM moderation_item_states WHERE item_type = 'message' AND item_id = $1`, [
        messageId,
      ]);
      await this.audit.record(manager, {
        actorId: user.id,
        action: `message.${action}` as AuditAction,
        roomId: current.room_id,
        targetUserId: current.author_id,
        targetMessageId: messageId,
        reason,
        details: { from: current.status, to: rule.to ?? current.status },
      });
      return (
        await manager.query(`SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} WHERE m.id = $1`, [messageId])
      )[0];
    });
    this.announce(before, row as MessageRow, action);
    if (before.needs_review) {
      this.realtime.changed({
        itemType: 'message',
        itemId: messageId,
        roomId: before.room_id,
        change: 'resolved',
        urgent: before.crisis === 'suicide' || before.crisis === 'overdose',
        by: { id: user.id, displayName: user.displayName },
      });
    }
    return row as MessageRow;
  }

  /**
   * A member reports a message. Reports are one per member per message; at CHAT_REPORTS_TO_HIDE distinct
   * reporters the message is hidden until a moderator reviews it. Reporters stay anonymous.
   */
  async report(
    user: AuthUser,
    messageId: string,
    reason: ChatReportReason,
    note: string,
  ): Promise<ChatReportResult> {
    const message = await this.find(messageId);
    await this.access.forReading(user, message.room_id);
    if (message.author_id === user.id) throw forbidden('You cannot report your own message.');
    if (message.status !== 'visible') throw conflict('That message is no longer shown.');
    const outcome = await this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO chat_reports (message_id, reporter_id, reason, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT (message_id, reporter_id) DO NOTHING RETURNING id`,
        [messageId, user.id, reason, note],
      );
      if (!inserted[0]) return { fresh: false, hidden: false };
      const [counted] = rowsOf<{ report_count: number; status: ChatMessageStatus }>(
        await manager.query(
          `UPDATE chat_messages SET report_count = report_count + 1, needs_review = true, updated_at = now()
            WHERE id = $1 RETURNING report_count, status`,
          [messageId],
        ),
      );
      if (counted.report_count < CHAT_REPORTS_TO_HIDE || counted.status !== 'visible') {
        return { fresh: true, hidden: false };
      }
      const [current]: MessageRow[] = await manager.query(
        `SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} WHERE m.id = $1 FOR UPDATE OF m`,
        [messageId],
      );
      await this.transition(manager, current, 'hidden', 'reports');
      return { fresh: true, hidden: true };
    });
    if (outcome.fresh) {
      const urgent = reason === ChatReportReason.SOMEONE_AT_RISK;
      this.realtime.alert({ roomId: message.room_id, messageId, kind: 'reported', urgent, crisis: null });
    }
    if (outcome.hidden) this.realtime.update(toPayload(await this.find(messageId)));
    return { received: true, hiddenPendingReview: outcome.hidden };
  }

  /**
   * Changes a message's status. A held message that is approved takes the room's next sequence number (it
   * appears now, in order); a change to a message that had a number bumps the room's moderation counter,
   * so reconnecting clients learn about it.
   */
  private async transition(
    manager: EntityManager,
    current: MessageRow,
    to: ChatMessageStatus,
    reason: ChatStatusReason | null,
  ): Promise<void> {
    if (current.status === 'held' && to === 'visible') {
      const [room] = rowsOf<{ last_seq: string }>(
        await manager.query(
          'UPDATE chat_rooms SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq',
          [current.room_id],
        ),
      );
      await manager.query(
        `UPDATE chat_messages SET status = 'visible', status_reason = NULL, seq = $2, updated_at = now() WHERE id = $1`,
        [current.id, room.last_seq],
      );
      return;
    }
    const erase = to === 'deleted';
    if (current.seq === null) {
      await manager.query(
        `UPDATE chat_messages SET status = $2, status_reason = $3, body = CASE WHEN $4 THEN '' ELSE body END,
                updated_at = now() WHERE id = $1`,
        [current.id, to, reason, erase],
      );
      return;
    }
    const [room] = rowsOf<{ last_mod_seq: string }>(
      await manager.query(
        'UPDATE chat_rooms SET last_mod_seq = last_mod_seq + 1 WHERE id = $1 RETURNING last_mod_seq',
        [current.room_id],
      ),
    );
    await manager.query(
      `UPDATE chat_messages SET status = $2, status_reason = $3, mod_seq = $4,
              body = CASE WHEN $5 THEN '' ELSE body END, updated_at = now() WHERE id = $1`,
      [current.id, to, reason, room.last_mod_seq, erase],
    );
  }

  private announce(before: MessageRow, after: MessageRow, action: ChatModerationAction): void {
    if (before.status === 'held' && after.status !== 'held') {
      if (after.status === 'visible') this.realtime.message(toPayload(after));
      if (before.author_id) {
        this.realtime.heldOutcome(before.author_id, {
          roomId: after.room_id,
          messageId: after.id,
          clientId: after.client_id,
          outcome: action === ChatModerationAction.APPROVE ? 'approved' : 'rejected',
        });
      }
      return;
    }
    if (before.status !== after.status && after.seq !== null) this.realtime.update(toPayload(after));
  }

  private async find(messageId: string): Promise<MessageRow> {
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} WHERE m.id = $1`,
      [messageId],
    );
    if (!rows[0]) throw notFound('There is no message with that id.');
    return rows[0];
  }
}
