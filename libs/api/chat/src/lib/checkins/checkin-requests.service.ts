import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CrisisKindEnum } from '../dto/chat.enums';
import { ModerationItemType } from '../dto/moderation-item-type';
import type { ModeratorCheckInRequest } from '../dto/moderation-live.models';
import { ITEM_STATE_SQL, publicPerson, toItemState, type ItemStateJson } from '../moderation/item-state';

/** Open check-in requests for the moderators' console: urgent and unacknowledged first, then oldest first. */
@Injectable()
export class CheckInRequestsService {
  constructor(private readonly dataSource: DataSource) {}

  async open(): Promise<ModeratorCheckInRequest[]> {
    const rows: {
      id: string;
      member_id: string;
      member_name: string;
      member_handle: string;
      member_role: string;
      kind: CrisisKindEnum | null;
      urgent: boolean;
      created_at: Date;
      state: ItemStateJson | null;
      checkin_id: string | null;
    }[] = await this.dataSource.query(
      `SELECT r.id, r.member_id, u.display_name AS member_name, u.handle AS member_handle,
              u.role AS member_role, r.kind, r.urgent, r.created_at,
              ${ITEM_STATE_SQL('checkin_request', 'r.id')} AS state, c.id AS checkin_id
         FROM moderator_checkin_requests r
         JOIN users u ON u.id = r.member_id
         LEFT JOIN moderator_checkins c ON c.member_id = r.member_id
         LEFT JOIN moderation_item_states s ON s.item_type = 'checkin_request' AND s.item_id = r.id
        WHERE r.resolved_at IS NULL
        ORDER BY (r.urgent AND s.acknowledged_at IS NULL) DESC, r.urgent DESC, r.created_at, r.id
        LIMIT 100`,
    );
    return rows.map((r) => ({
      id: r.id,
      member: publicPerson(r.member_id, r.member_name, r.member_handle, r.member_role)!,
      kind: r.kind,
      urgent: r.urgent,
      createdAt: r.created_at,
      state: toItemState(ModerationItemType.CHECK_IN_REQUEST, r.id, r.state),
      checkInId: r.checkin_id,
    }));
  }
}
