import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  badInput,
  decodeCursor,
  encodeCursor,
  forbidden,
  MEETING_SUBJECTS,
  notFound,
  type MeetingSubjects,
} from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import { ACTIVE_SANCTION_SQL, type ActiveSanction } from '../messages/active-sanction';
import { AuditLog } from '../moderation/audit-log.service';
import { ChatRealtime } from '../realtime/chat-realtime.service';
import { SendContextCache } from '../messages/send-context-cache';
import type { ChatRoom, ChatRoomPage } from '../dto/chat.models';
import type { ChatMembership, ChatRoomKind, ChatRoomVisibility, ChatSanctionKind } from '../dto/chat.enums';
import type { CreateChatRoomInput } from '../dto/chat.inputs';
import { isGlobalModerator, RoomAccessService, sanctionRefusal } from './room-access.service';

interface RoomRow {
  id: string;
  key: string | null;
  kind: string;
  name: string;
  description: string;
  visibility: string;
  slow_mode_seconds: number;
  last_seq: string;
  member_count: number;
  membership: string | null;
  room_role: string | null;
  sanction: ActiveSanction | null;
  rank: number;
}

const KEY = /^(topic|meeting|group):[a-z0-9-]{1,64}$/;

const roomSelect = (where: string) => `
  SELECT * FROM (
    SELECT r.id, r.key, r.kind, r.name, r.description, r.visibility, r.slow_mode_seconds, r.last_seq,
           (SELECT count(*)::int FROM chat_room_members c WHERE c.room_id = r.id AND c.status = 'joined')
             AS member_count,
           mb.status AS membership, mb.role AS room_role, ${ACTIVE_SANCTION_SQL} AS sanction,
           CASE mb.status WHEN 'joined' THEN 0 WHEN 'invited' THEN 1 ELSE 2 END AS rank
      FROM chat_rooms r
      LEFT JOIN chat_room_members mb ON mb.room_id = r.id AND mb.user_id = $2
     WHERE ${where}) x`;

interface RoomCursor {
  k: number;
  n: string;
  id: string;
}
const isRoomCursor = (v: unknown): v is RoomCursor =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as RoomCursor).k === 'number' &&
  typeof (v as RoomCursor).n === 'string' &&
  typeof (v as RoomCursor).id === 'string';

/** Rooms: listing, opening by key (meeting and group rooms are made on first use), joining, inviting. */
@Injectable()
export class RoomsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RoomAccessService,
    private readonly audit: AuditLog,
    private readonly realtime: ChatRealtime,
    private readonly contexts: SendContextCache,
    @Optional() @Inject(MEETING_SUBJECTS) private readonly subjects?: MeetingSubjects,
  ) {}

  /** Your rooms first (joined, then invited), then the public topic rooms; moderators may ask for all. */
  async list(
    user: AuthUser,
    first: number,
    after: string | undefined,
    includeAll: boolean,
  ): Promise<ChatRoomPage> {
    const all = includeAll && isGlobalModerator(user);
    const cursor = after ? decodeCursor(after, isRoomCursor) : null;
    const rows: RoomRow[] = await this.dataSource.query(
      `${roomSelect(`$1::boolean OR mb.user_id IS NOT NULL OR (r.kind = 'topic' AND r.visibility = 'public')`)}
        WHERE $3::int IS NULL OR (x.rank, x.name, x.id) > ($3::int, $4::text, $5::uuid)
        ORDER BY x.rank, x.name, x.id LIMIT $6`,
      [all, user.id, cursor?.k ?? null, cursor?.n ?? null, cursor?.id ?? null, first + 1],
    );
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      rooms: page.map((r) => this.toModel(user, r)),
      hasMore: rows.length > first,
      endCursor: last ? encodeCursor({ k: last.rank, n: last.name, id: last.id }) : null,
    };
  }

  async get(user: AuthUser, roomId: string): Promise<ChatRoom> {
    await this.access.of(user, roomId);
    return this.load(user, roomId);
  }

  /**
   * The room with this key, made on first use for a meeting or group that exists (asked of the meetings
   * feature through core's MEETING_SUBJECTS, only when it is there: the coupling is the key alone).
   */
  async openByKey(user: AuthUser, key: string): Promise<ChatRoom> {
    if (!KEY.test(key)) throw badInput('key must look like topic:<slug>, meeting:<id> or group:<id>');
    const existing: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM chat_rooms WHERE key = $1',
      [key],
    );
    if (existing[0]) return this.get(user, existing[0].id);
    const [kind, subjectId] = key.split(':');
    const name =
      (kind === 'meeting' || kind === 'group') && this.subjects
        ? await this.subjects.nameOf(kind, subjectId)
        : null;
    if (name === null) throw notFound(`There is no ${kind} with that id, so it has no room.`);
    await this.dataSource.query(
      `INSERT INTO chat_rooms (key, kind, name, description) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING`,
      [
        key,
        kind,
        name.slice(0, 80).padEnd(2, '.'),
        kind === 'meeting' ? 'Before and after the meeting.' : '',
      ],
    );
    const [room]: { id: string }[] = await this.dataSource.query('SELECT id FROM chat_rooms WHERE key = $1', [
      key,
    ]);
    return this.get(user, room.id);
  }

  async create(user: AuthUser, input: CreateChatRoomInput): Promise<ChatRoom> {
    if (!isGlobalModerator(user)) throw forbidden('Only a moderator can create rooms.');
    const key = input.slug ? `topic:${input.slug}` : null;
    const id = await this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO chat_rooms (key, kind, name, description, visibility, created_by)
         VALUES ($1, 'topic', $2, $3, $4, $5) ON CONFLICT (key) DO NOTHING RETURNING id`,
        [key, input.name, input.description, input.visibility, user.id],
      );
      if (!rows[0]) throw badInput('A room with that slug already exists.');
      await manager.query(
        `INSERT INTO chat_room_members (room_id, user_id, role) VALUES ($1, $2, 'moderator')`,
        [rows[0].id, user.id],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'room.create',
        roomId: rows[0].id,
        reason: `Created "${input.name}"`,
        details: { visibility: input.visibility, key },
      });
      return rows[0].id;
    });
    return this.load(user, id);
  }

  async join(user: AuthUser, roomId: string): Promise<ChatRoom> {
    const access = await this.access.of(user, roomId);
    if (access.sanction?.kind === 'ban') throw sanctionRefusal(access.sanction);
    if (access.visibility === 'invite' && !access.membership && !isGlobalModerator(user)) {
      throw forbidden('This room is invite-only.');
    }
    await this.dataSource.query(
      `INSERT INTO chat_room_members (room_id, user_id, status) VALUES ($1, $2, 'joined')
       ON CONFLICT (room_id, user_id) DO UPDATE SET status = 'joined', joined_at = now()
         WHERE chat_room_members.status = 'invited'`,
      [roomId, user.id],
    );
    return this.load(user, roomId);
  }

  async leave(user: AuthUser, roomId: string): Promise<boolean> {
    await this.access.of(user, roomId);
    await this.dataSource.query('DELETE FROM chat_room_members WHERE room_id = $1 AND user_id = $2', [
      roomId,
      user.id,
    ]);
    this.contexts.forgetMember(roomId, user.id);
    this.realtime.removeFromRoom(user.id, roomId);
    return true;
  }

  async invite(user: AuthUser, roomId: string, memberId: string): Promise<boolean> {
    await this.access.forModerating(user, roomId);
    await this.dataSource.transaction(async (manager) => {
      const users: unknown[] = await manager.query('SELECT 1 FROM users WHERE id = $1', [memberId]);
      if (!users[0]) throw notFound('There is no member with that id.');
      await manager.query(
        `INSERT INTO chat_room_members (room_id, user_id, status) VALUES ($1, $2, 'invited')
         ON CONFLICT (room_id, user_id) DO NOTHING`,
        [roomId, memberId],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'member.invite',
        roomId,
        targetUserId: memberId,
        reason: 'Invited to the room',
      });
    });
    return true;
  }

  /** Global moderators make a member a moderator of one room (joining them to it), or take it back. */
  async setRoomModerator(user: AuthUser, roomId: string, memberId: string, on: boolean, reason: string) {
    if (!isGlobalModerator(user)) throw forbidden('Only a global moderator can appoint room moderators.');
    await this.access.of(user, roomId);
    await this.dataSource.transaction(async (manager) => {
      const users: unknown[] = await manager.query('SELECT 1 FROM users WHERE id = $1', [memberId]);
      if (!users[0]) throw notFound('There is no member with that id.');
      await manager.query(
        `INSERT INTO chat_room_members (room_id, user_id, status, role) VALUES ($1, $2, 'joined', $3)
         ON CONFLICT (room_id, user_id) DO UPDATE SET role = $3, status = 'joined'`,
        [roomId, memberId, on ? 'moderator' : 'member'],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: on ? 'room.moderator.add' : 'room.moderator.remove',
        roomId,
        targetUserId: memberId,
        reason,
      });
    });
    this.contexts.forgetMember(roomId, memberId);
    return this.load(user, roomId);
  }

  private async load(user: AuthUser, roomId: string): Promise<ChatRoom> {
    const rows: RoomRow[] = await this.dataSource.query(`${roomSelect('r.id = $1')}`, [roomId, user.id]);
    if (!rows[0]) throw notFound('That room does not exist.');
    return this.toModel(user, rows[0]);
  }

  private toModel(user: AuthUser, r: RoomRow): ChatRoom {
    return {
      id: r.id,
      key: r.key,
      kind: r.kind as ChatRoomKind,
      name: r.name,
      description: r.description,
      visibility: r.visibility as ChatRoomVisibility,
      slowModeSeconds: r.slow_mode_seconds,
      lastSeq: Number(r.last_seq),
      memberCount: r.member_count,
      membership: r.membership as ChatMembership | null,
      canModerate: isGlobalModerator(user) || (r.membership === 'joined' && r.room_role === 'moderator'),
      myRestriction: r.sanction
        ? {
            kind: r.sanction.kind as ChatSanctionKind,
            until: r.sanction.until ? new Date(r.sanction.until) : null,
            reason: r.sanction.reason,
          }
        : null,
    };
  }
}
