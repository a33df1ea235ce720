import type { DataSource } from 'typeorm';
import { queryNamed } from '@kinship/api/core';
import type { ChatStatusReason, CrisisKind } from '@kinship/shared/contracts';
import type { AuthorColumns, MessageRow } from './message-rows';

/** A message ready to store, its send already checked (possibly against a cached context). */
export interface BatchedMessage {
  roomId: string;
  authorId: string;
  clientId: string;
  body: string;
  status: 'visible' | 'held';
  statusReason: ChatStatusReason | null;
  crisis: CrisisKind | null;
  author: AuthorColumns;
}

/** Stored, or refused at commit time because the author is no longer a joined, unsanctioned member. */
export type BatchOutcome = { kind: 'stored'; row: MessageRow } | { kind: 'recheck' };

/**
 * Stores a batch in ONE statement (autocommit, one round trip; a single statement is atomic). It first
 * locks the batch's rooms in id order (so two batches, on any nodes, never deadlock) and numbers from the
 * locked rows: under READ COMMITTED a row locked after waiting is read in its newest committed version,
 * while other reads of this statement see its starting snapshot, so the counters must come from `locked`.
 * Membership and sanctions are checked here again, so a ban or removal is enforced at once on every node
 * whatever the send context cache holds. Visible messages take their room's next numbers in batch order,
 * the counters are raised by n (the room rows stay locked until the commit, so numbers stay gapless and
 * commit in order), and a duplicate client id fails the whole statement (the batch then falls back to one
 * statement per message).
 */
const INSERT_BATCH_SQL = `
  WITH locked AS MATERIALIZED (
    SELECT id, last_seq FROM chat_rooms WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE),
  items AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
      WITH ORDINALITY AS i(room_id, author_id, client_id, body, status, status_reason, crisis, ord)),
  allowed AS (
    SELECT i.* FROM items i
     WHERE EXISTS (SELECT 1 FROM chat_room_members mb
                    WHERE mb.room_id = i.room_id AND mb.user_id = i.author_id AND mb.status = 'joined')
       AND NOT EXISTS (SELECT 1 FROM chat_sanctions s
                        WHERE s.room_id = i.room_id AND s.user_id = i.author_id AND s.lifted_at IS NULL
                          AND (s.until IS NULL OR s.until > now()))),
  numbered AS (
    SELECT a.*, CASE WHEN a.status = 'visible'
                     THEN l.last_seq + row_number() OVER (PARTITION BY a.room_id, a.status ORDER BY a.ord) END AS seq
      FROM allowed a JOIN locked l ON l.id = a.room_id),
  bumped AS (
    UPDATE chat_rooms r SET last_seq = c.top
      FROM (SELECT room_id, max(seq) AS top FROM numbered WHERE status = 'visible' GROUP BY room_id) c
     WHERE r.id = c.room_id)
  INSERT INTO chat_messages (room_id, seq, author_id, client_id, body, status, status_reason, crisis, needs_review)
  SELECT room_id, seq, author_id, client_id, body, status, status_reason, crisis,
         status = 'held' OR crisis IS NOT NULL
    FROM numbered ORDER BY ord
  RETURNING id, room_id, seq, mod_seq, client_id, body, status, status_reason, crisis, created_at, author_id,
            report_count, needs_review`;

const keyOf = (roomId: string, authorId: string | null, clientId: string | null) =>
  `${roomId}/${authorId}/${clientId}`;

/** Writes a batch with one statement; one outcome per message, in order. */
export async function writeMessageBatch(
  dataSource: DataSource,
  batch: BatchedMessage[],
): Promise<BatchOutcome[]> {
  const rows = await queryNamed<MessageRow>(dataSource, INSERT_BATCH_SQL, [
    batch.map((m) => m.roomId),
    batch.map((m) => m.authorId),
    batch.map((m) => m.clientId),
    batch.map((m) => m.body),
    batch.map((m) => m.status),
    batch.map((m) => m.statusReason),
    batch.map((m) => m.crisis),
  ]);
  const stored = new Map(rows.map((r) => [keyOf(r.room_id, r.author_id, r.client_id), r]));
  return batch.map((m) => {
    const row = stored.get(keyOf(m.roomId, m.authorId, m.clientId));
    return row ? { kind: 'stored', row: { ...row, ...m.author } } : { kind: 'recheck' };
  });
}
