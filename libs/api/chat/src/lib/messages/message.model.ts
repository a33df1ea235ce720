import type { ChatMessage } from '../dto/chat.models';
import type { ChatMessageStatus, ChatStatusReason } from '../dto/chat.enums';
import { toPayload, type MessageRow } from './message-rows';

/** A message as the GraphQL type, for `viewerId`; moderators (`reveal`) see hidden and held text. */
export function toChatMessage(row: MessageRow, viewerId: string, reveal: boolean): ChatMessage {
  const mine = row.author_id === viewerId;
  const payload = toPayload(row, reveal || (mine && row.status === 'held'));
  return {
    ...payload,
    status: payload.status as ChatMessageStatus,
    statusReason: payload.statusReason as ChatStatusReason | null,
    createdAt: row.created_at,
    mine,
  };
}
