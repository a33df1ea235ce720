import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict, forbidden, notFound } from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import { isGlobalModerator, RoomAccessService } from '../rooms/room-access.service';
import type { ChatFilterAction, ChatFilterKind } from '../dto/chat.enums';
import type { ChatFilter } from '../dto/chat.models';
import type { AddChatFilterInput } from '../dto/chat.inputs';
import { AuditLog } from './audit-log.service';
import { SendContextCache } from '../messages/send-context-cache';
import { validateFilterPattern } from './filters';

interface FilterRow {
  id: string;
  room_id: string | null;
  pattern: string;
  kind: string;
  action: string;
  created_at: Date;
}

const toFilter = (r: FilterRow): ChatFilter => ({
  id: r.id,
  roomId: r.room_id,
  pattern: r.pattern,
  kind: r.kind as ChatFilterKind,
  action: r.action as ChatFilterAction,
  createdAt: r.created_at,
});

/**
 * Word and pattern filters, per room (its moderators) or for every room (global moderators). They are
 * read from PostgreSQL with each send, so a new filter applies on every node from the next message.
 */
@Injectable()
export class FiltersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RoomAccessService,
    private readonly audit: AuditLog,
    private readonly contexts: SendContextCache,
  ) {}

  async list(user: AuthUser, roomId: string | null): Promise<ChatFilter[]> {
    await this.assertMay(user, roomId);
    const rows: FilterRow[] = await this.dataSource.query(
      `SELECT id, room_id, pattern, kind, action, created_at FROM chat_filters
        WHERE ($1::uuid IS NULL AND room_id IS NULL) OR room_id = $1 ORDER BY lower(pattern) LIMIT 500`,
      [roomId],
    );
    return rows.map(toFilter);
  }

  async add(user: AuthUser, input: AddChatFilterInput): Promise<ChatFilter> {
    const roomId = input.roomId ?? null;
    await this.assertMay(user, roomId);
    const pattern = validateFilterPattern(input.pattern, input.kind);
    const row = await this.dataSource.transaction(async (manager) => {
      const existing: unknown[] = await manager.query(
        `SELECT 1 FROM chat_filters WHERE room_id IS NOT DISTINCT FROM $1 AND lower(pattern) = lower($2) AND kind = $3`,
        [roomId, pattern, input.kind],
      );
      if (existing[0]) throw conflict('That filter already exists.');
      const [created]: FilterRow[] = await manager.query(
        `INSERT INTO chat_filters (room_id, pattern, kind, action, created_by) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, room_id, pattern, kind, action, created_at`,
        [roomId, pattern, input.kind, input.action, user.id],
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'filter.add',
        roomId,
        reason: input.reason,
        details: { filterId: created.id, pattern, kind: input.kind, action: input.action },
      });
      return created;
    });
    this.forgetFilters(roomId);
    return toFilter(row);
  }

  async remove(user: AuthUser, filterId: string, reason: string): Promise<boolean> {
    const rows: FilterRow[] = await this.dataSource.query(
      'SELECT id, room_id, pattern, kind, action, created_at FROM chat_filters WHERE id = $1',
      [filterId],
    );
    if (!rows[0]) throw notFound('There is no filter with that id.');
    const filter = rows[0];
    await this.assertMay(user, filter.room_id);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM chat_filters WHERE id = $1', [filterId]);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'filter.remove',
        roomId: filter.room_id,
        reason,
        details: { filterId, pattern: filter.pattern, kind: filter.kind, action: filter.action },
      });
    });
    this.forgetFilters(filter.room_id);
    return true;
  }

  /** Sends read filters from the send context cache: a room's, or every room's for a global filter. */
  private forgetFilters(roomId: string | null): void {
    if (roomId) this.contexts.forgetRoom(roomId);
    else this.contexts.forgetAll();
  }

  private async assertMay(user: AuthUser, roomId: string | null): Promise<void> {
    if (roomId === null) {
      if (!isGlobalModerator(user))
        throw forbidden('Only a global moderator can manage filters for every room.');
      return;
    }
    await this.access.forModerating(user, roomId);
  }
}
