import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '@kinship/api/core';
import type { ChatAuditPage } from '../dto/chat.models';
import { chatAuthor } from '../messages/message-rows';

export type AuditAction =
  | 'message.hide'
  | 'message.restore'
  | 'message.delete'
  | 'message.approve'
  | 'message.dismiss'
  | 'member.timeout'
  | 'member.ban'
  | 'member.lift'
  | 'member.invite'
  | 'room.create'
  | 'room.slow_mode'
  | 'room.moderator.add'
  | 'room.moderator.remove'
  | 'filter.add'
  | 'filter.remove'
  | 'item.acknowledge'
  | 'item.claim'
  | 'item.take_over'
  | 'item.release'
  | 'checkin.request'
  | 'checkin.request.resolve'
  | 'checkin.open'
  | 'checkin.view'
  | 'checkin.send';

export interface AuditEntry {
  actorId: string;
  action: AuditAction;
  roomId?: string | null;
  targetUserId?: string | null;
  targetMessageId?: string | null;
  reason: string;
  /** Never message text or personal data: ids, durations, settings. */
  details?: Record<string, unknown>;
}

const isIdCursor = (v: unknown): v is { id: string } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id: unknown }).id === 'string' &&
  /^\d+$/.test((v as { id: string }).id);

/**
 * Who did what, when and why: every moderator action, written in the action's own transaction so one never
 * happens without the other. The table rejects UPDATE, DELETE and TRUNCATE itself (a trigger), so not even
 * a bug or a hand-typed query here can rewrite history.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO chat_audit_log (actor_id, action, room_id, target_user_id, target_message_id, reason, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.actorId,
        entry.action,
        entry.roomId ?? null,
        entry.targetUserId ?? null,
        entry.targetMessageId ?? null,
        entry.reason.slice(0, 500),
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  /** Newest first. */
  async list(first: number, after: string | undefined, roomId: string | undefined): Promise<ChatAuditPage> {
    const cursor = after ? decodeCursor(after, isIdCursor) : null;
    const rows: {
      id: string;
      at: Date;
      actor_id: string | null;
      actor_name: string | null;
      action: string;
      room_id: string | null;
      target_user_id: string | null;
      target_name: string | null;
      actor_handle: string | null;
      actor_role: string | null;
      target_handle: string | null;
      target_role: string | null;
      target_message_id: string | null;
      reason: string;
      details: Record<string, unknown>;
    }[] = await this.dataSource.query(
      `SELECT a.id, a.at, a.actor_id, ua.display_name AS actor_name, a.action, a.room_id, a.target_user_id,
              ut.display_name AS target_name, a.target_message_id, a.reason, a.details,
              ua.handle AS actor_handle, ua.role AS actor_role, ut.handle AS target_handle, ut.role AS target_role
         FROM chat_audit_log a
         LEFT JOIN users ua ON ua.id = a.actor_id
         LEFT JOIN users ut ON ut.id = a.target_user_id
        WHERE ($1::bigint IS NULL OR a.id < $1) AND ($2::uuid IS NULL OR a.room_id = $2)
        ORDER BY a.id DESC LIMIT $3`,
      [cursor?.id ?? null, roomId ?? null, first + 1],
    );
    const page = rows.slice(0, first);
    return {
      entries: page.map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor_id
          ? chatAuthor(r.actor_id, {
              displayName: r.actor_name ?? '',
              handle: r.actor_handle ?? '',
              role: r.actor_role,
              roomRole: null,
            })
          : null,
        action: r.action,
        roomId: r.room_id,
        targetMember: r.target_user_id
          ? chatAuthor(r.target_user_id, {
              displayName: r.target_name ?? '',
              handle: r.target_handle ?? '',
              role: r.target_role,
              roomRole: null,
            })
          : null,
        targetMessageId: r.target_message_id,
        reason: r.reason,
        details: JSON.stringify(r.details),
      })),
      hasMore: rows.length > first,
      endCursor: page.length ? encodeCursor({ id: page[page.length - 1].id }) : null,
    };
  }
}
