import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, forbidden } from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import { MESSAGE_COLUMNS, MESSAGE_FROM, type MessageRow } from '../messages/message-rows';
import { RoomAccessService } from '../rooms/room-access.service';
import type { ChatModerationQueue } from '../dto/chat.models';
import type { ChatReportReason, CrisisKindEnum } from '../dto/chat.enums';
import { toChatMessage } from '../messages/message.model';
import { ModerationItemType } from '../dto/moderation-item-type';
import { ITEM_STATE_SQL, toItemState, type ItemStateJson } from './item-state';

interface QueueRow extends MessageRow {
  room_name: string;
  created_key: string;
  urgent_rank: number;
  reports: { reason: string; note: string; created_at: string }[];
  state: ItemStateJson | null;
}

interface QueueCursor {
  u: number;
  t: string;
  id: string;
}
const isQueueCursor = (v: unknown): v is QueueCursor =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as QueueCursor).u === 'number' &&
  typeof (v as QueueCursor).t === 'string' &&
  typeof (v as QueueCursor).id === 'string';

/**
 * The moderators' queue: held messages, messages with open reports (hidden or not), and crisis alerts.
 * Urgent items (an overdose or suicide, "someone is at risk" reports) come first, those nobody has
 * acknowledged yet first of all; then oldest first. Each item says who is handling it. Relapse risk and
 * using alone are flagged without urgency.
 */
@Injectable()
export class ModerationQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RoomAccessService,
  ) {}

  async list(
    user: AuthUser,
    roomId: string | undefined,
    first: number,
    after?: string,
  ): Promise<ChatModerationQueue> {
    const rooms = await this.access.moderatedRoomIds(user);
    if (rooms !== null && rooms.length === 0) throw forbidden('Only moderators have a moderation queue.');
    if (roomId) await this.access.forModerating(user, roomId);
    const cursor = after ? decodeCursor(after, isQueueCursor) : null;
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT ${MESSAGE_COLUMNS}, r.name AS room_name, m.created_at::text AS created_key,
                CASE WHEN m.crisis IN ('suicide', 'overdose') OR EXISTS (
                  SELECT 1 FROM chat_reports cr
                   WHERE cr.message_id = m.id AND cr.resolved_at IS NULL AND cr.reason = 'someone_at_risk')
                THEN (CASE WHEN EXISTS (
                  SELECT 1 FROM moderation_item_states st
                   WHERE st.item_type = 'message' AND st.item_id = m.id AND st.acknowledged_at IS NOT NULL)
                  THEN 1 ELSE 0 END)
                ELSE 2 END AS urgent_rank,
                ${ITEM_STATE_SQL('message', 'm.id')} AS state,
                (SELECT coalesce(json_agg(json_build_object('reason', cr.reason, 'note', cr.note,
                                                           'created_at', cr.created_at) ORDER BY cr.created_at), '[]')
                   FROM chat_reports cr WHERE cr.message_id = m.id AND cr.resolved_at IS NULL) AS reports
           FROM ${MESSAGE_FROM} JOIN chat_rooms r ON r.id = m.room_id
          WHERE m.needs_review
            AND ($1::uuid[] IS NULL OR m.room_id = ANY($1))
            AND ($2::uuid IS NULL OR m.room_id = $2)) q
        WHERE $3::int IS NULL OR (q.urgent_rank, q.created_at, q.id) > ($3::int, $4::timestamptz, $5::uuid)
        ORDER BY q.urgent_rank, q.created_at, q.id LIMIT $6`,
      [rooms, roomId ?? null, cursor?.u ?? null, cursor?.t ?? null, cursor?.id ?? null, first + 1],
    );
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        message: toChatMessage(r, user.id, true),
        roomName: r.room_name,
        urgent: r.urgent_rank < 2,
        crisis: r.crisis as CrisisKindEnum | null,
        reportCount: r.report_count,
        reports: r.reports.map((rep) => ({
          reason: rep.reason as ChatReportReason,
          note: rep.note,
          createdAt: new Date(rep.created_at),
        })),
        state: toItemState(ModerationItemType.MESSAGE, r.id, r.state),
      })),
      hasMore: rows.length > first,
      endCursor: last ? encodeCursor({ u: last.urgent_rank, t: last.created_key, id: last.id }) : null,
    };
  }
}
