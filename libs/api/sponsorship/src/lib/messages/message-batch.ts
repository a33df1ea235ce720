import type { DataSource } from 'typeorm';
import { queryNamed } from '@kinship/api/core';

/** One private message to store, from a member who says they belong to the conversation. */
export interface PendingMessage {
  sponsorshipId: string;
  senderId: string;
  clientId: string;
  body: string;
}

export interface StoredMessageRow {
  id: string;
  sponsorship_id: string;
  seq: number;
  sender_id: string;
  client_id: string;
  body: string;
  created_at: Date;
  sponsor_id: string;
  sponsee_id: string;
}

/** Stored, or refused: the sender is not a member of an active sponsorship (checked at commit time). */
export type PendingOutcome = { kind: 'stored'; row: StoredMessageRow } | { kind: 'not_member' };

/**
 * Stores a batch in ONE statement (autocommit, one round trip; a single statement is atomic). It locks the
 * batch's conversations in id order first (so concurrent batches, on any nodes, never deadlock) and reads
 * status, members and counter from the locked rows (their newest committed version, whereas other reads
 * of this statement see its starting snapshot). Membership of an active sponsorship is checked for each
 * message, the admitted ones take their conversation's next numbers in batch order, each conversation's
 * counter is raised by n and its senders' read marks move to their own last message. A duplicate client id
 * fails the whole statement (the group commit then stores each message on its own).
 */
const INSERT_SQL = `
  WITH locked AS MATERIALIZED (
    SELECT id, status, sponsor_id, sponsee_id, last_seq FROM sponsorships
     WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE),
  items AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[])
      WITH ORDINALITY AS i(sponsorship_id, sender_id, client_id, body, ord)),
  numbered AS (
    SELECT i.*, s.sponsor_id, s.sponsee_id,
           s.last_seq + row_number() OVER (PARTITION BY i.sponsorship_id ORDER BY i.ord) AS seq
      FROM items i JOIN locked s ON s.id = i.sponsorship_id
     WHERE s.status = 'active' AND i.sender_id IN (s.sponsor_id, s.sponsee_id)),
  tops AS (
    SELECT sponsorship_id, max(seq) AS top,
           max(seq) FILTER (WHERE sender_id = sponsor_id) AS sponsor_top,
           max(seq) FILTER (WHERE sender_id = sponsee_id) AS sponsee_top
      FROM numbered GROUP BY sponsorship_id),
  bumped AS (
    UPDATE sponsorships s
       SET last_seq = t.top,
           sponsor_read_seq = greatest(s.sponsor_read_seq, coalesce(t.sponsor_top, 0)),
           sponsee_read_seq = greatest(s.sponsee_read_seq, coalesce(t.sponsee_top, 0))
      FROM tops t WHERE s.id = t.sponsorship_id),
  stored AS (
    INSERT INTO sponsorship_messages (sponsorship_id, seq, sender_id, client_id, body)
    SELECT sponsorship_id, seq, sender_id, client_id, body FROM numbered ORDER BY ord
    RETURNING id, sponsorship_id, seq::int AS seq, sender_id, client_id, body, created_at)
  SELECT st.*, l.sponsor_id, l.sponsee_id
    FROM stored st JOIN locked l ON l.id = st.sponsorship_id`;

const keyOf = (sponsorshipId: string, senderId: string, clientId: string) =>
  `${sponsorshipId}/${senderId}/${clientId}`;

/** Writes a batch with one statement; one outcome per message, in order. */
export async function writePrivateMessages(
  dataSource: DataSource,
  batch: PendingMessage[],
): Promise<PendingOutcome[]> {
  const rows = await queryNamed<StoredMessageRow>(dataSource, INSERT_SQL, [
    batch.map((m) => m.sponsorshipId),
    batch.map((m) => m.senderId),
    batch.map((m) => m.clientId),
    batch.map((m) => m.body),
  ]);
  const stored = new Map(rows.map((r) => [keyOf(r.sponsorship_id, r.sender_id, r.client_id), r]));
  return batch.map((m) => {
    const row = stored.get(keyOf(m.sponsorshipId, m.senderId, m.clientId));
    return row ? { kind: 'stored', row } : { kind: 'not_member' };
  });
}
