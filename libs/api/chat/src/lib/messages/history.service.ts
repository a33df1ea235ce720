import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor } from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import { RoomAccessService } from '../rooms/room-access.service';
import type { ChatMessage, ChatMessagePage } from '../dto/chat.models';
import { MessageStore } from './message.store';
import { toChatMessage } from './message.model';

const isSeqCursor = (v: unknown): v is { s: number } =>
  typeof v === 'object' && v !== null && Number.isSafeInteger((v as { s: unknown }).s);

/** History over GraphQL, paging backwards from the newest message (or from a cursor). */
@Injectable()
export class HistoryService {
  constructor(
    private readonly store: MessageStore,
    private readonly access: RoomAccessService,
  ) {}

  async page(user: AuthUser, roomId: string, last: number, before?: string): Promise<ChatMessagePage> {
    const access = await this.access.forReading(user, roomId);
    const beforeSeq = before ? decodeCursor(before, isSeqCursor).s : null;
    const rows = await this.store.history(roomId, beforeSeq, last + 1);
    const page = rows.length > last ? rows.slice(1) : rows;
    const oldest = page[0];
    return {
      messages: page.map((r) => toChatMessage(r, user.id, access.canModerate)),
      hasOlder: rows.length > last,
      olderCursor: rows.length > last && oldest ? encodeCursor({ s: Number(oldest.seq) }) : null,
    };
  }

  async myHeld(user: AuthUser, roomId: string): Promise<ChatMessage[]> {
    await this.access.forReading(user, roomId);
    return (await this.store.heldFor(roomId, user.id)).map((r) => toChatMessage(r, user.id, false));
  }
}
