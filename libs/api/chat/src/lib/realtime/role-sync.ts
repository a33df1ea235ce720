import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER, safeError } from '@kinship/api/core';
import { SessionEvents } from '@kinship/api/auth';
import { Role, roleAtLeast } from '@kinship/shared/contracts';
import { ChatRealtime, GLOBAL_MODS_CHANNEL } from './chat-realtime.service';

const CHAT = 'chat:';
const MODS = 'chat-mods:';

/**
 * A role change reaches open sockets at once, on every node (through the adapter's remote socket methods):
 * a new moderator starts receiving alerts; a demoted one stops, and leaves every room they could read or
 * moderate only as a moderator (invite-only rooms they were never invited to, rooms they did not join, and
 * the moderators' side of rooms they do not moderate themselves).
 */
@Injectable()
export class ChatRoleSync implements OnModuleInit {
  constructor(
    private readonly events: SessionEvents,
    private readonly realtime: ChatRealtime,
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.events.onRoleChanged((userId, role) =>
      this.apply(userId, role).catch((error: unknown) =>
        this.logger.warn({ err: safeError(error) }, 'could not update open sockets after a role change'),
      ),
    );
  }

  async apply(userId: string, role: Role): Promise<void> {
    if (roleAtLeast(role, Role.MODERATOR)) {
      this.realtime.joinRooms(userId, [GLOBAL_MODS_CHANNEL]);
      return;
    }
    // Alerts stop first, before anything slower.
    this.realtime.leaveRooms(userId, [GLOBAL_MODS_CHANNEL]);
    const memberships: { room_id: string; role: 'member' | 'moderator' }[] = await this.dataSource.query(
      `SELECT room_id, role FROM chat_room_members WHERE user_id = $1 AND status = 'joined'`,
      [userId],
    );
    const joined = new Set(memberships.map((m) => m.room_id));
    const moderates = new Set(memberships.filter((m) => m.role === 'moderator').map((m) => m.room_id));
    const leave: string[] = [];
    for (const room of await this.realtime.roomsOf(userId)) {
      if (room.startsWith(MODS) && !moderates.has(room.slice(MODS.length))) leave.push(room);
      else if (room.startsWith(CHAT) && !joined.has(room.slice(CHAT.length))) leave.push(room);
    }
    this.realtime.leaveRooms(userId, leave);
  }
}
