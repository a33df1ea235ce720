import type { DataSource } from 'typeorm';
import { queryNamed } from '@kinship/api/core';
import { CHAT_NEW_MEMBER_DAYS } from '@kinship/shared/contracts';
import type { FilterRule } from '../moderation/filters';
import { activeSanctionSql, type ActiveSanction } from './active-sanction';

/** One send whose context is missing from the cache. */
export interface ContextKey {
  roomId: string;
  userId: string;
  clientId: string;
}

/** A send context as read, before the existing message (if any) is loaded; null when the room is unknown. */
export interface ContextRow {
  visibility: 'public' | 'invite';
  slow_mode_seconds: number;
  membership: 'invited' | 'joined' | null;
  room_role: 'member' | 'moderator' | null;
  is_new_member: boolean;
  sanction: ActiveSanction | null;
  filters: FilterRule[];
  existing: string | null;
}

/**
 * The send contexts of concurrent sends, in one statement: room settings, membership and room role,
 * whether the author is new, the active sanction (a ban outranks a timeout), the room's and global
 * filters, and the message already stored with this client id.
 */
const CONTEXTS_SQL = `
  SELECT i.ord, r.visibility, r.slow_mode_seconds, mb.status AS membership, mb.role AS room_role,
         u.created_at > now() - make_interval(days => ${CHAT_NEW_MEMBER_DAYS}) AS is_new_member,
         ${activeSanctionSql('i.user_id')} AS sanction,
         (SELECT coalesce(json_agg(json_build_object('pattern', f.pattern, 'kind', f.kind, 'action', f.action)), '[]')
            FROM chat_filters f WHERE f.room_id = r.id OR f.room_id IS NULL) AS filters,
         (SELECT m.id FROM chat_messages m
           WHERE m.room_id = r.id AND m.author_id = i.user_id AND m.client_id = i.client_id) AS existing
    FROM unnest($1::uuid[], $2::uuid[], $3::text[]) WITH ORDINALITY AS i(room_id, user_id, client_id, ord)
    JOIN chat_rooms r ON r.id = i.room_id
    JOIN users u ON u.id = i.user_id
    LEFT JOIN chat_room_members mb ON mb.room_id = r.id AND mb.user_id = i.user_id`;

/** Reads the contexts of `keys` in one round trip; one answer per key, in order. */
export async function loadSendContexts(
  dataSource: DataSource,
  keys: ContextKey[],
): Promise<(ContextRow | null)[]> {
  const rows = await queryNamed<ContextRow & { ord: string }>(dataSource, CONTEXTS_SQL, [
    keys.map((k) => k.roomId),
    keys.map((k) => k.userId),
    keys.map((k) => k.clientId),
  ]);
  const byOrd = new Map(rows.map((r) => [Number(r.ord), r]));
  return keys.map((_, i) => byOrd.get(i + 1) ?? null);
}
