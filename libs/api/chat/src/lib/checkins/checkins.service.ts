import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict, forbidden, MemberNotifier, notFound, rateLimited } from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import {
  CHAT_RATE_LIMIT,
  ErrorCode,
  Role,
  roleAtLeast,
  type CheckInMessagePayload,
  type CrisisKind,
} from '@kinship/shared/contracts';
import { normalizeMessageText } from '../messages/message-text';
import { ChatRateLimiter } from '../realtime/rate-limiter';
import { ChatRealtime } from '../realtime/chat-realtime.service';
import { refusal } from '../chat-errors';
import { AuditLog } from '../moderation/audit-log.service';
import { ModerationItemsService } from '../moderation/items.service';
import { ModerationItemType } from '../dto/moderation-item-type';
import { publicPerson } from '../moderation/item-state';
import type { ModeratorCheckIn, ModeratorCheckInMessage } from './checkin.models';

/** Requests a member may make in a day (one may be open at a time). */
const REQUESTS_PER_DAY = 5;
const URGENT_KINDS: readonly string[] = ['suicide', 'overdose'];

interface ThreadRow {
  id: string;
  member_id: string;
  member_name: string;
  member_handle: string;
  member_role: string;
  created_at: Date;
  updated_at: Date;
  viewer_role: Role | null;
}

interface MessageRow {
  id: string;
  checkin_id: string;
  seq: string;
  client_id: string;
  author_id: string | null;
  author_name: string | null;
  author_handle: string | null;
  author_role: string | null;
  from_moderator: boolean;
  body: string;
  created_at: Date;
}

const MESSAGE_SQL = `SELECT cm.id, cm.checkin_id, cm.seq, cm.client_id, cm.author_id, u.display_name AS author_name,
       u.handle AS author_handle, u.role AS author_role, cm.from_moderator, cm.body, cm.created_at
  FROM moderator_checkin_messages cm LEFT JOIN users u ON u.id = cm.author_id`;

export function toCheckInPayload(row: MessageRow): CheckInMessagePayload {
  return {
    id: row.id,
    checkInId: row.checkin_id,
    seq: Number(row.seq),
    clientId: row.client_id,
    author: publicPerson(row.author_id, row.author_name, row.author_handle, row.author_role),
    fromModerator: row.from_moderator,
    text: row.body,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * Moderator check-ins: a member asks for one (a private queue item, urgent for an overdose or suicide, with no
 * message text), and a moderator opens a private conversation with a member from a queue item. The whole
 * moderator team reads and answers it; the member answers; nobody else can see it. Every open, read and
 * send by anyone is in the audit log (without text). Messages are stored before the ack, once per client
 * id, numbered per conversation.
 */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ModerationItemsService,
    private readonly audit: AuditLog,
    private readonly realtime: ChatRealtime,
    private readonly limiter: ChatRateLimiter,
    private readonly notifier: MemberNotifier,
  ) {}

  async request(user: AuthUser, kind: CrisisKind | null): Promise<boolean> {
    const urgent = kind !== null && URGENT_KINDS.includes(kind);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const [open]: { id: string; urgent: boolean }[] = await manager.query(
        'SELECT id, urgent FROM moderator_checkin_requests WHERE member_id = $1 AND resolved_at IS NULL FOR UPDATE',
        [user.id],
      );
      if (open) {
        // Already waiting for a moderator: nothing new, unless this one is more urgent.
        if (!urgent || open.urgent) return null;
        await manager.query('UPDATE moderator_checkin_requests SET kind = $2, urgent = true WHERE id = $1', [
          open.id,
          kind,
        ]);
        return { id: open.id };
      }
      const [{ n }]: { n: number }[] = await manager.query(
        `SELECT count(*)::int AS n FROM moderator_checkin_requests
          WHERE member_id = $1 AND created_at > now() - interval '1 day'`,
        [user.id],
      );
      if (n >= REQUESTS_PER_DAY) {
        throw rateLimited(
          'You have asked for a check-in several times today; a moderator will see your requests. If you are in danger now, use Get help now to call a crisis line or emergency services.',
          3600,
        );
      }
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO moderator_checkin_requests (member_id, kind, urgent) VALUES ($1, $2, $3)
         ON CONFLICT (member_id) WHERE resolved_at IS NULL DO NOTHING RETURNING id`,
        [user.id, kind, urgent],
      );
      if (!row) return null;
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'checkin.request',
        targetUserId: user.id,
        reason: 'member asked for a check-in',
        details: { requestId: row.id, kind, urgent },
      });
      return { id: row.id };
    });
    if (outcome) {
      this.items.announce(
        null,
        {
          itemType: ModerationItemType.CHECK_IN_REQUEST,
          itemId: outcome.id,
          roomId: null,
          memberId: user.id,
          urgent,
        },
        'new',
      );
    }
    return true;
  }

  async resolveRequest(user: AuthUser, requestId: string, reason: string): Promise<boolean> {
    const target = await this.items.target(user, ModerationItemType.CHECK_IN_REQUEST, requestId);
    await this.dataSource.transaction(async (manager) => {
      const [, count]: [unknown, number] = await manager.query(
        `UPDATE moderator_checkin_requests SET resolved_at = now(), resolved_by = $2
          WHERE id = $1 AND resolved_at IS NULL`,
        [requestId, user.id],
      );
      if (!count) throw conflict('That request was already handled.');
      await manager.query(
        `DELETE FROM moderation_item_states WHERE item_type = 'checkin_request' AND item_id = $1`,
        [requestId],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'checkin.request.resolve',
        targetUserId: target.memberId,
        reason,
        details: { requestId },
      });
    });
    this.items.announce(user, target, 'resolved');
    return true;
  }

  /** From a queue item, the conversation with the member it is about (made on first use). Audited. */
  async open(user: AuthUser, itemType: ModerationItemType, itemId: string): Promise<ModeratorCheckIn> {
    if (!roleAtLeast(user.role, Role.MODERATOR)) {
      throw forbidden('Only moderators open check-in conversations.');
    }
    const target = await this.items.target(user, itemType, itemId);
    if (!target.memberId) throw conflict('That member has deleted their account.');
    const id = await this.dataSource.transaction(async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO moderator_checkins (member_id, opened_by) VALUES ($1, $2)
         ON CONFLICT (member_id) DO UPDATE SET member_id = EXCLUDED.member_id RETURNING id`,
        [target.memberId, user.id],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'checkin.open',
        roomId: target.roomId,
        targetUserId: target.memberId,
        targetMessageId: itemType === ModerationItemType.MESSAGE ? itemId : null,
        reason: 'opened a check-in conversation',
        details: { checkInId: row.id, itemType, itemId },
      });
      return row.id;
    });
    return this.get(user, id, false);
  }

  /** One conversation, for its member or a moderator (whose read is audited). */
  async get(user: AuthUser, id: string, auditRead = true): Promise<ModeratorCheckIn> {
    const thread = await this.thread(user, id);
    const asModerator = thread.member_id !== user.id;
    if (asModerator && auditRead) {
      await this.audit.record(this.dataSource.manager, {
        actorId: user.id,
        action: 'checkin.view',
        targetUserId: thread.member_id,
        reason: 'read a check-in conversation',
        details: { checkInId: id },
      });
    }
    return this.withMessages(user, thread);
  }

  async mine(user: AuthUser): Promise<ModeratorCheckIn | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM moderator_checkins WHERE member_id = $1',
      [user.id],
    );
    return rows[0] ? this.withMessages(user, await this.thread(user, rows[0].id)) : null;
  }

  /** Moderators: conversations, most recently active first (no text). */
  async list(user: AuthUser, first: number) {
    if (!roleAtLeast(user.role, Role.MODERATOR)) throw forbidden('Only moderators see check-ins.');
    const rows: { id: string; member_id: string; member_name: string; updated_at: Date; count: number }[] =
      await this.dataSource.query(
        `SELECT c.id, c.member_id, u.display_name AS member_name, c.updated_at, c.last_seq::int AS count
           FROM moderator_checkins c JOIN users u ON u.id = c.member_id
          ORDER BY c.updated_at DESC LIMIT $1`,
        [first],
      );
    return rows.map((r) => ({
      id: r.id,
      member: { id: r.member_id, displayName: r.member_name },
      updatedAt: r.updated_at,
      messageCount: r.count,
    }));
  }

  async send(
    user: AuthUser,
    input: { checkInId: string; clientId: string; text: unknown },
  ): Promise<CheckInMessagePayload> {
    const text = normalizeMessageText(input.text);
    const thread = await this.thread(user, input.checkInId);
    const fromModerator = thread.member_id !== user.id;
    const limit = await this.limiter.consume(
      `checkin:${user.id}`,
      CHAT_RATE_LIMIT.messages,
      CHAT_RATE_LIMIT.windowSeconds * 1000,
    );
    if (!limit.allowed) {
      const retryAfterSeconds = Math.ceil(limit.retryAfterMs / 1000);
      throw refusal(ErrorCode.RateLimited, 'rate_limited', 'Slow down a little, then send again.', {
        retryAfterSeconds,
      });
    }
    const outcome = await this.dataSource.transaction(async (manager) => {
      // The conversation's row lock orders concurrent senders and retries of the same client id.
      await manager.query('SELECT 1 FROM moderator_checkins WHERE id = $1 FOR UPDATE', [thread.id]);
      const existing: MessageRow[] = await manager.query(
        `${MESSAGE_SQL} WHERE cm.checkin_id = $1 AND cm.author_id = $2 AND cm.client_id = $3`,
        [thread.id, user.id, input.clientId],
      );
      if (existing[0]) return { row: existing[0], fresh: false };
      const [[seq]]: [{ last_seq: string }[]] = await manager.query(
        `UPDATE moderator_checkins SET last_seq = last_seq + 1, updated_at = now() WHERE id = $1
         RETURNING last_seq`,
        [thread.id],
      );
      const [inserted]: { id: string }[] = await manager.query(
        `INSERT INTO moderator_checkin_messages (checkin_id, seq, author_id, from_moderator, client_id, body)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [thread.id, seq.last_seq, user.id, fromModerator, input.clientId, text],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'checkin.send',
        targetUserId: thread.member_id,
        reason: fromModerator ? 'moderator wrote in a check-in' : 'member answered a check-in',
        details: { checkInId: thread.id, seq: Number(seq.last_seq), fromModerator },
      });
      const [row]: MessageRow[] = await manager.query(`${MESSAGE_SQL} WHERE cm.id = $1`, [inserted.id]);
      return { row, fresh: true };
    });
    const payload = toCheckInPayload(outcome.row);
    if (outcome.fresh) this.realtime.checkInMessage(thread.member_id, payload);
    // The member hears of a moderator's message outside the page too (push, best effort): no text, no names.
    if (outcome.fresh && fromModerator) {
      void this.notifier.notify(thread.member_id, { kind: 'moderator_check_in', refId: thread.id });
    }
    return payload;
  }

  /** The conversation, if this is its member or (with the role they have now) a moderator. */
  private async thread(user: AuthUser, id: string): Promise<ThreadRow> {
    const rows: ThreadRow[] = await this.dataSource.query(
      `SELECT c.id, c.member_id, u.display_name AS member_name, u.handle AS member_handle,
              u.role AS member_role, c.created_at, c.updated_at,
              (SELECT v.role FROM users v WHERE v.id = $2) AS viewer_role
         FROM moderator_checkins c JOIN users u ON u.id = c.member_id WHERE c.id = $1`,
      [id, user.id],
    );
    const row = rows[0];
    if (!row) throw notFound('There is no check-in conversation with that id.');
    if (row.member_id !== user.id && !roleAtLeast(row.viewer_role ?? Role.MEMBER, Role.MODERATOR)) {
      throw forbidden('This conversation is private to one member and the moderators.');
    }
    return row;
  }

  private async withMessages(user: AuthUser, thread: ThreadRow): Promise<ModeratorCheckIn> {
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT * FROM (${MESSAGE_SQL} WHERE cm.checkin_id = $1 ORDER BY cm.seq DESC LIMIT 200) x ORDER BY seq`,
      [thread.id],
    );
    return {
      id: thread.id,
      member: publicPerson(thread.member_id, thread.member_name, thread.member_handle, thread.member_role)!,
      createdAt: thread.created_at,
      updatedAt: thread.updated_at,
      messages: rows.map((r): ModeratorCheckInMessage => ({
        ...toCheckInPayload(r),
        createdAt: new Date(r.created_at),
        mine: r.author_id === user.id,
      })),
    };
  }
}
