import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, forbidden, notFound } from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import type { ModerationChange } from '@kinship/shared/contracts';
import { ChatRealtime } from '../realtime/chat-realtime.service';
import { isGlobalModerator, RoomAccessService } from '../rooms/room-access.service';
import type { ModerationItemState } from '../dto/chat.models';
import { ModerationItemType } from '../dto/moderation-item-type';
import type { ModerationQueueCount } from '../dto/moderation-live.models';
import { AuditLog, type AuditAction } from './audit-log.service';
import { ITEM_STATE_SQL, toItemState, type ItemStateJson } from './item-state';

/** What a queue item is about, for access checks, the audit log and the live event. */
export interface QueueTarget {
  itemType: ModerationItemType;
  itemId: string;
  roomId: string | null;
  /** The member it is about: a message's author, or who asked for a check-in. */
  memberId: string | null;
  urgent: boolean;
}

const URGENT_MESSAGE_SQL = `(m.crisis IN ('suicide', 'overdose') OR EXISTS (
  SELECT 1 FROM chat_reports cr WHERE cr.message_id = m.id AND cr.resolved_at IS NULL AND cr.reason = 'someone_at_risk'))`;

/**
 * Claiming and acknowledging queue items. A claim says who is handling an item, so two moderators never
 * both handle it unknowingly: claiming an item someone else holds is refused unless it is an explicit take
 * over. Urgent items stay on top until acknowledged. Every change is audited and sent to moderators live.
 */
@Injectable()
export class ModerationItemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RoomAccessService,
    private readonly audit: AuditLog,
    private readonly realtime: ChatRealtime,
  ) {}

  /** The open item, if this moderator may act on it. */
  async target(user: AuthUser, itemType: ModerationItemType, itemId: string): Promise<QueueTarget> {
    if (itemType === ModerationItemType.MESSAGE) {
      const rows: { room_id: string; author_id: string | null; needs_review: boolean; urgent: boolean }[] =
        await this.dataSource.query(
          `SELECT m.room_id, m.author_id, m.needs_review, ${URGENT_MESSAGE_SQL} AS urgent
             FROM chat_messages m WHERE m.id = $1`,
          [itemId],
        );
      if (!rows[0]) throw notFound('There is no queue item with that id.');
      await this.access.forModerating(user, rows[0].room_id);
      if (!rows[0].needs_review) throw conflict('That item is no longer in the queue: someone handled it.');
      return {
        itemType,
        itemId,
        roomId: rows[0].room_id,
        memberId: rows[0].author_id,
        urgent: rows[0].urgent,
      };
    }
    if (!isGlobalModerator(user)) throw forbidden('Only moderators see check-in requests.');
    const rows: { member_id: string; urgent: boolean; resolved_at: Date | null }[] =
      await this.dataSource.query(
        'SELECT member_id, urgent, resolved_at FROM moderator_checkin_requests WHERE id = $1',
        [itemId],
      );
    if (!rows[0]) throw notFound('There is no queue item with that id.');
    if (rows[0].resolved_at) throw conflict('That request was already handled.');
    return { itemType, itemId, roomId: null, memberId: rows[0].member_id, urgent: rows[0].urgent };
  }

  async claim(
    user: AuthUser,
    itemType: ModerationItemType,
    itemId: string,
    takeOver: boolean,
  ): Promise<ModerationItemState> {
    const target = await this.target(user, itemType, itemId);
    const action = await this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, target);
      if (current.claimed_by === user.id) return null;
      if (current.claimed_at && !takeOver) {
        throw conflict(
          `Being handled by ${current.claimed_name ?? 'another moderator'}. Take over to handle it yourself.`,
        );
      }
      await manager.query(
        `UPDATE moderation_item_states SET claimed_by = $3, claimed_at = now()
          WHERE item_type = $1 AND item_id = $2`,
        [itemType, itemId, user.id],
      );
      const taking = Boolean(current.claimed_at);
      await this.record(manager, user, target, taking ? 'item.take_over' : 'item.claim', {
        previous: current.claimed_by,
      });
      return taking ? 'item.take_over' : 'item.claim';
    });
    if (action) this.announce(user, target, 'claimed');
    return this.state(itemType, itemId);
  }

  async release(user: AuthUser, itemType: ModerationItemType, itemId: string): Promise<ModerationItemState> {
    const target = await this.target(user, itemType, itemId);
    const released = await this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, target);
      if (!current.claimed_at) return false;
      if (current.claimed_by !== user.id) {
        throw conflict(
          `Being handled by ${current.claimed_name ?? 'another moderator'}: only they can release it (or take over).`,
        );
      }
      await manager.query(
        `UPDATE moderation_item_states SET claimed_by = NULL, claimed_at = NULL
          WHERE item_type = $1 AND item_id = $2`,
        [itemType, itemId],
      );
      await this.record(manager, user, target, 'item.release', {});
      return true;
    });
    if (released) this.announce(user, target, 'released');
    return this.state(itemType, itemId);
  }

  /** Marks an urgent item as seen by a moderator: it stops pressing on every console (once; audited). */
  async acknowledge(
    user: AuthUser,
    itemType: ModerationItemType,
    itemId: string,
  ): Promise<ModerationItemState> {
    const target = await this.target(user, itemType, itemId);
    const fresh = await this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, target);
      if (current.acknowledged_at) return false;
      await manager.query(
        `UPDATE moderation_item_states SET acknowledged_by = $3, acknowledged_at = now()
          WHERE item_type = $1 AND item_id = $2`,
        [itemType, itemId, user.id],
      );
      await this.record(manager, user, target, 'item.acknowledge', { urgent: target.urgent });
      return true;
    });
    if (fresh) this.announce(user, target, 'acknowledged');
    return this.state(itemType, itemId);
  }

  async state(itemType: ModerationItemType, itemId: string): Promise<ModerationItemState> {
    const [row]: { state: ItemStateJson | null }[] = await this.dataSource.query(
      `SELECT ${ITEM_STATE_SQL(itemType, '$1::uuid')} AS state`,
      [itemId],
    );
    return toItemState(itemType, itemId, row?.state ?? null);
  }

  /** Open items in the rooms you moderate (and check-in requests, for global moderators). */
  async count(user: AuthUser): Promise<ModerationQueueCount> {
    const rooms = await this.access.moderatedRoomIds(user);
    if (rooms !== null && rooms.length === 0) throw forbidden('Only moderators have a moderation queue.');
    const [row]: { open: number; urgent: number }[] = await this.dataSource.query(
      `WITH items AS (
         SELECT ${URGENT_MESSAGE_SQL} AS urgent, s.acknowledged_at
           FROM chat_messages m
           LEFT JOIN moderation_item_states s ON s.item_type = 'message' AND s.item_id = m.id
          WHERE m.needs_review AND ($1::uuid[] IS NULL OR m.room_id = ANY($1))
         UNION ALL
         SELECT r.urgent, s.acknowledged_at
           FROM moderator_checkin_requests r
           LEFT JOIN moderation_item_states s ON s.item_type = 'checkin_request' AND s.item_id = r.id
          WHERE r.resolved_at IS NULL AND $1::uuid[] IS NULL)
       SELECT count(*)::int AS open, count(*) FILTER (WHERE urgent AND acknowledged_at IS NULL)::int AS urgent
         FROM items`,
      [rooms],
    );
    return { open: row.open, urgent: row.urgent };
  }

  /** Sends the change to moderators (never text). */
  announce(user: AuthUser | null, target: QueueTarget, change: ModerationChange): void {
    this.realtime.changed({
      itemType: target.itemType,
      itemId: target.itemId,
      roomId: target.roomId,
      change,
      urgent: target.urgent,
      by: user ? { id: user.id, displayName: user.displayName } : null,
    });
  }

  private async lock(manager: EntityManager, target: QueueTarget) {
    await manager.query(
      `INSERT INTO moderation_item_states (item_type, item_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [target.itemType, target.itemId],
    );
    const [row]: {
      claimed_by: string | null;
      claimed_at: Date | null;
      claimed_name: string | null;
      acknowledged_at: Date | null;
    }[] = await manager.query(
      `SELECT s.claimed_by, s.claimed_at, u.display_name AS claimed_name, s.acknowledged_at
         FROM moderation_item_states s LEFT JOIN users u ON u.id = s.claimed_by
        WHERE s.item_type = $1 AND s.item_id = $2 FOR UPDATE OF s`,
      [target.itemType, target.itemId],
    );
    return row;
  }

  private record(
    manager: EntityManager,
    user: AuthUser,
    target: QueueTarget,
    action: AuditAction,
    details: Record<string, unknown>,
  ): Promise<void> {
    const isMessage = target.itemType === ModerationItemType.MESSAGE;
    return this.audit.record(manager, {
      actorId: user.id,
      action,
      roomId: target.roomId,
      targetUserId: target.memberId,
      targetMessageId: isMessage ? target.itemId : null,
      reason: action.replace('item.', '').replace('_', ' '),
      details: { itemType: target.itemType, itemId: target.itemId, ...details },
    });
  }
}
