import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden } from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import { ErrorCode, Role, roleAtLeast, type ChatRestriction } from '@kinship/shared/contracts';
import { notMember, refusal, roomNotFound } from '../chat-errors';
import { ACTIVE_SANCTION_SQL, type ActiveSanction } from '../messages/active-sanction';

export interface RoomAccess {
  roomId: string;
  name: string;
  visibility: 'public' | 'invite';
  slowModeSeconds: number;
  membership: 'invited' | 'joined' | null;
  roomRole: 'member' | 'moderator' | null;
  /** Global moderator, or moderator of this room. */
  canModerate: boolean;
  sanction: ActiveSanction | null;
}

export const isGlobalModerator = (user: Pick<AuthUser, 'role'>) => roleAtLeast(user.role, Role.MODERATOR);

/** The member's own restriction in words the client can show (null when they may post). */
export function restrictionOf(sanction: ActiveSanction | null): ChatRestriction | null {
  if (!sanction) return null;
  return {
    kind: sanction.kind,
    until: sanction.until ? new Date(sanction.until).toISOString() : null,
    reason: sanction.reason,
  };
}

/** The refusal for a banned or timed-out member, with the moderator's reason and the end of a timeout. */
export function sanctionRefusal(sanction: ActiveSanction) {
  if (sanction.kind === 'ban') {
    return refusal(
      ErrorCode.Forbidden,
      'banned',
      `A moderator removed you from this room. Their reason: ${sanction.reason}`,
      { note: sanction.reason },
    );
  }
  const until = new Date(sanction.until ?? Date.now()).toISOString();
  return refusal(
    ErrorCode.Forbidden,
    'timed_out',
    `A moderator paused your posting in this room until ${until.replace('T', ' ').slice(0, 16)} UTC. ` +
      `Their reason: ${sanction.reason}`,
    { until, note: sanction.reason },
  );
}

/**
 * Who may do what in a room. An invite-only room is "not found" to anyone not invited, so its existence
 * does not leak. Global moderators may read and moderate every room; posting always needs membership.
 */
@Injectable()
export class RoomAccessService {
  constructor(private readonly dataSource: DataSource) {}

  async of(user: AuthUser, roomId: string): Promise<RoomAccess> {
    const rows: {
      name: string;
      visibility: 'public' | 'invite';
      slow_mode_seconds: number;
      membership: 'invited' | 'joined' | null;
      room_role: 'member' | 'moderator' | null;
      sanction: ActiveSanction | null;
      user_role: Role | null;
    }[] = await this.dataSource.query(
      `SELECT r.name, r.visibility, r.slow_mode_seconds, mb.status AS membership, mb.role AS room_role,
              ${ACTIVE_SANCTION_SQL} AS sanction, (SELECT u.role FROM users u WHERE u.id = $2) AS user_role
         FROM chat_rooms r
         LEFT JOIN chat_room_members mb ON mb.room_id = r.id AND mb.user_id = $2
        WHERE r.id = $1`,
      [roomId, user.id],
    );
    const row = rows[0];
    // The role as it is now, not as it was when a socket connected: a demoted moderator loses access at once.
    const global = isGlobalModerator({ role: row?.user_role ?? user.role });
    if (!row || (row.visibility === 'invite' && !row.membership && !global)) throw roomNotFound();
    return {
      roomId,
      name: row.name,
      visibility: row.visibility,
      slowModeSeconds: row.slow_mode_seconds,
      membership: row.membership,
      roomRole: row.room_role,
      canModerate: global || (row.membership === 'joined' && row.room_role === 'moderator'),
      sanction: row.sanction,
    };
  }

  /** For reading a room (subscribing, history): joined and not banned, or a moderator. */
  async forReading(user: AuthUser, roomId: string): Promise<RoomAccess> {
    const access = await this.of(user, roomId);
    if (access.canModerate) return access;
    if (access.sanction?.kind === 'ban') throw sanctionRefusal(access.sanction);
    if (access.membership !== 'joined') throw notMember();
    return access;
  }

  async forModerating(user: AuthUser, roomId: string): Promise<RoomAccess> {
    const access = await this.of(user, roomId);
    if (!access.canModerate) throw forbidden('Only a moderator of this room can do that.');
    return access;
  }

  /** The rooms this member moderates (all, for global moderators: null). */
  async moderatedRoomIds(user: AuthUser): Promise<string[] | null> {
    if (isGlobalModerator(user)) return null;
    const rows: { room_id: string }[] = await this.dataSource.query(
      `SELECT room_id FROM chat_room_members WHERE user_id = $1 AND status = 'joined' AND role = 'moderator'`,
      [user.id],
    );
    return rows.map((r) => r.room_id);
  }
}
