import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden, notFound } from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import { Role, roleAtLeast } from '@kinship/shared/contracts';
import { ChatRealtime } from '../realtime/chat-realtime.service';
import { isGlobalModerator, RoomAccessService } from '../rooms/room-access.service';
import { ChatSanctionKind } from '../dto/chat.enums';
import type { ChatSanction } from '../dto/chat.models';
import { chatAuthor, rowsOf } from '../messages/message-rows';
import { AuditLog } from './audit-log.service';
import { SendContextCache } from '../messages/send-context-cache';

interface SanctionRow {
  id: string;
  room_id: string;
  user_id: string;
  member_name: string | null;
  kind: 'timeout' | 'ban';
  until: Date | null;
  reason: string;
  created_at: Date;
  created_by: string | null;
  creator_name: string | null;
  member_handle: string | null;
  member_role: string | null;
  creator_handle: string | null;
  creator_role: string | null;
}

const SANCTION_SELECT = `
  SELECT s.id, s.room_id, s.user_id, um.display_name AS member_name, s.kind, s.until, s.reason, s.created_at,
         s.created_by, uc.display_name AS creator_name, um.handle AS member_handle, um.role AS member_role,
         uc.handle AS creator_handle, uc.role AS creator_role
    FROM chat_sanctions s
    JOIN users um ON um.id = s.user_id
    LEFT JOIN users uc ON uc.id = s.created_by`;

/**
 * Timeouts (no posting for a while), bans (out of the room), lifting either, and slow mode. Each is checked
 * on every send from PostgreSQL, so it holds on every node at once; the member's sockets are told right away
 * (through Redis on every node), and a ban takes them out of the room.
 */
@Injectable()
export class SanctionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RoomAccessService,
    private readonly audit: AuditLog,
    private readonly realtime: ChatRealtime,
    private readonly contexts: SendContextCache,
  ) {}

  async timeout(user: AuthUser, roomId: string, memberId: string, minutes: number, reason: string) {
    return this.impose(user, roomId, memberId, ChatSanctionKind.TIMEOUT, reason, minutes);
  }

  async ban(user: AuthUser, roomId: string, memberId: string, reason: string) {
    return this.impose(user, roomId, memberId, ChatSanctionKind.BAN, reason, null);
  }

  async lift(user: AuthUser, roomId: string, memberId: string, reason: string): Promise<boolean> {
    await this.access.forModerating(user, roomId);
    const lifted = await this.dataSource.transaction(async (manager) => {
      const rows = rowsOf(
        await manager.query(
          `UPDATE chat_sanctions SET lifted_at = now(), lifted_by = $3
            WHERE room_id = $1 AND user_id = $2 AND lifted_at IS NULL AND (until IS NULL OR until > now())
          RETURNING id`,
          [roomId, memberId, user.id],
        ),
      );
      if (rows.length === 0) return false;
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'member.lift',
        roomId,
        targetUserId: memberId,
        reason,
      });
      return true;
    });
    if (!lifted) throw notFound('That member has no timeout or ban in this room.');
    this.contexts.forgetMember(roomId, memberId);
    this.realtime.sanction(memberId, { roomId, kind: 'lifted', until: null, reason });
    return true;
  }

  async setSlowMode(user: AuthUser, roomId: string, seconds: number, reason: string): Promise<number> {
    await this.access.forModerating(user, roomId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE chat_rooms SET slow_mode_seconds = $2 WHERE id = $1', [roomId, seconds]);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'room.slow_mode',
        roomId,
        reason,
        details: { seconds },
      });
    });
    this.contexts.forgetRoom(roomId);
    this.realtime.roomUpdate({ roomId, slowModeSeconds: seconds });
    return seconds;
  }

  async active(user: AuthUser, roomId: string): Promise<ChatSanction[]> {
    await this.access.forModerating(user, roomId);
    const rows: SanctionRow[] = await this.dataSource.query(
      `${SANCTION_SELECT}
        WHERE s.room_id = $1 AND s.lifted_at IS NULL AND (s.until IS NULL OR s.until > now())
        ORDER BY s.created_at DESC LIMIT 200`,
      [roomId],
    );
    return rows.map(toSanction);
  }

  private async impose(
    user: AuthUser,
    roomId: string,
    memberId: string,
    kind: ChatSanctionKind,
    reason: string,
    minutes: number | null,
  ): Promise<ChatSanction> {
    await this.access.forModerating(user, roomId);
    if (memberId === user.id) throw forbidden('You cannot time out or ban yourself.');
    const [target]: { role: Role; room_role: string | null }[] = await this.dataSource.query(
      `SELECT u.role, mb.role AS room_role FROM users u
         LEFT JOIN chat_room_members mb ON mb.user_id = u.id AND mb.room_id = $2
        WHERE u.id = $1`,
      [memberId, roomId],
    );
    if (!target) throw notFound('There is no member with that id.');
    if (roleAtLeast(target.role, Role.MODERATOR))
      throw forbidden('Moderators and admins cannot be timed out or banned.');
    if (target.room_role === 'moderator' && !isGlobalModerator(user)) {
      throw forbidden('Only a global moderator can time out or ban a room moderator.');
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO chat_sanctions (room_id, user_id, kind, reason, until, created_by)
         VALUES ($1, $2, $3, $4, CASE WHEN $5::int IS NULL THEN NULL ELSE now() + make_interval(mins => $5::int) END, $6)
         RETURNING id`,
        [roomId, memberId, kind, reason, minutes, user.id],
      );
      if (kind === ChatSanctionKind.BAN) {
        await manager.query('DELETE FROM chat_room_members WHERE room_id = $1 AND user_id = $2', [
          roomId,
          memberId,
        ]);
      }
      await this.audit.record(manager, {
        actorId: user.id,
        action: kind === ChatSanctionKind.BAN ? 'member.ban' : 'member.timeout',
        roomId,
        targetUserId: memberId,
        reason,
        details: minutes === null ? {} : { minutes },
      });
      return row.id;
    });
    this.contexts.forgetMember(roomId, memberId);
    const [row]: SanctionRow[] = await this.dataSource.query(`${SANCTION_SELECT} WHERE s.id = $1`, [id]);
    const sanction = toSanction(row);
    this.realtime.sanction(memberId, {
      roomId,
      kind: sanction.kind,
      until: sanction.until ? sanction.until.toISOString() : null,
      reason,
    });
    return sanction;
  }
}

function toSanction(r: SanctionRow): ChatSanction {
  return {
    id: r.id,
    roomId: r.room_id,
    member: chatAuthor(r.user_id, {
      displayName: r.member_name ?? '',
      handle: r.member_handle ?? '',
      role: r.member_role,
      roomRole: null,
    }),
    kind: r.kind as ChatSanctionKind,
    until: r.until,
    reason: r.reason,
    createdAt: r.created_at,
    createdBy: r.created_by
      ? chatAuthor(r.created_by, {
          displayName: r.creator_name ?? '',
          handle: r.creator_handle ?? '',
          role: r.creator_role,
          roomRole: null,
        })
      : null,
  };
}
