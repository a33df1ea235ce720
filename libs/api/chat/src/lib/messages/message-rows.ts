import {
  MemberBadge,
  badgeForRole,
  type ChatAuthorPayload,
  type ChatMessagePayload,
  type ChatMessageStatus,
  type ChatStatusReason,
  type CrisisKind,
} from '@kinship/shared/contracts';

/** A message as read from PostgreSQL (bigint columns arrive as strings). */
export interface MessageRow {
  id: string;
  room_id: string;
  seq: string | null;
  mod_seq: string;
  client_id: string | null;
  body: string;
  status: ChatMessageStatus;
  status_reason: ChatStatusReason | null;
  crisis: CrisisKind | null;
  created_at: Date;
  author_id: string | null;
  author_name: string | null;
  author_handle: string | null;
  author_role: string | null;
  /** The author's role in this message's room ('moderator' for a room moderator). */
  author_room_role: string | null;
  report_count: number;
  needs_review: boolean;
}

/** The author columns of a MessageRow, for a message just stored by a known member. */
export type AuthorColumns = Pick<
  MessageRow,
  'author_name' | 'author_handle' | 'author_role' | 'author_room_role'
>;

export const MESSAGE_COLUMNS = `m.id, m.room_id, m.seq, m.mod_seq, m.client_id, m.body, m.status, m.status_reason,
  m.crisis, m.created_at, m.author_id, u.display_name AS author_name, u.handle AS author_handle,
  u.role AS author_role, m.report_count, m.needs_review,
  (SELECT mb.role FROM chat_room_members mb WHERE mb.room_id = m.room_id AND mb.user_id = m.author_id)
    AS author_room_role`;
export const MESSAGE_FROM = 'chat_messages m LEFT JOIN users u ON u.id = m.author_id';

/**
 * A member as others see them in a room: the badge comes from their account's role, or their role in the
 * room (a room moderator is a moderator there), never from what they typed as a name.
 */
export function chatAuthor(
  id: string,
  columns: { displayName: string; handle: string; role: string | null; roomRole: string | null },
): ChatAuthorPayload {
  const badge =
    badgeForRole(columns.role) ?? (columns.roomRole === 'moderator' ? MemberBadge.MODERATOR : null);
  return { id, displayName: columns.displayName, handle: columns.handle, badge };
}

/**
 * What a client may see of a message. Members see hidden and deleted messages as tombstones (no text,
 * no author); moderators (`reveal`) see the text of hidden ones. An author who deleted their account is
 * null ("Former member").
 */
export function toPayload(row: MessageRow, reveal = false): ChatMessagePayload {
  const shown = row.status === 'visible' || (reveal && row.status !== 'deleted');
  return {
    id: row.id,
    roomId: row.room_id,
    seq: row.seq === null ? 0 : Number(row.seq),
    clientId: row.client_id,
    author:
      shown && row.author_id
        ? chatAuthor(row.author_id, {
            displayName: row.author_name ?? '',
            handle: row.author_handle ?? '',
            role: row.author_role,
            roomRole: row.author_room_role,
          })
        : null,
    text: shown ? row.body : null,
    status: row.status,
    statusReason: row.status_reason,
    createdAt: row.created_at.toISOString(),
    modSeq: Number(row.mod_seq),
  };
}

/** TypeORM answers UPDATE/DELETE … RETURNING with [rows, count] and SELECT/INSERT with rows. */
export function rowsOf<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
