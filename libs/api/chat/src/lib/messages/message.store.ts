import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupCommit, metrics } from '@kinship/api/core';
import {
  CHAT_CATCH_UP_MAX,
  CHAT_TAIL_SIZE,
  type ChatStatusReason,
  type CrisisKind,
} from '@kinship/shared/contracts';
import type { FilterRule } from '../moderation/filters';
import { MESSAGE_COLUMNS, MESSAGE_FROM, rowsOf, type AuthorColumns, type MessageRow } from './message-rows';
import { writeMessageBatch, type BatchedMessage, type BatchOutcome } from './message-batch';
import { loadSendContexts, type ContextKey, type ContextRow } from './send-context-batch';
import type { ActiveSanction } from './active-sanction';

/** Everything a send is checked against, read in one round trip. */
export interface SendContext {
  visibility: 'public' | 'invite';
  slowModeSeconds: number;
  membership: 'invited' | 'joined' | null;
  roomRole: 'member' | 'moderator' | null;
  isNewMember: boolean;
  sanction: ActiveSanction | null;
  filters: FilterRule[];
  existing: MessageRow | null;
}

export interface NewMessage {
  roomId: string;
  authorId: string;
  clientId: string;
  body: string;
  status: 'visible' | 'held';
  statusReason: ChatStatusReason | null;
  crisis: CrisisKind | null;
  /** 0 when slow mode does not apply to this author. */
  slowModeSeconds: number;
}

export type InsertOutcome =
  | { kind: 'stored'; row: MessageRow }
  | { kind: 'duplicate'; row: MessageRow }
  | { kind: 'slow_mode'; retryAfterSeconds: number }
  /** Refused when stored: the author is no longer a joined member without a sanction. Check again. */
  | { kind: 'recheck' };

/** Most messages in one commit. */
export const CHAT_COMMIT_BATCH = 200;

export interface CatchUp {
  headSeq: number;
  modSeq: number;
  messages: MessageRow[];
  updates: MessageRow[];
  tooFarBehind: boolean;
}

/** The active sanction of a member in a room (a ban outranks a timeout), as a JSON object or NULL. */

const UNIQUE_VIOLATION = '23505';

/**
 * One statement stores a message. A visible one takes the room's next number by `UPDATE … RETURNING` on
 * the room row: the row lock orders concurrent senders, so number n commits only after n-1 has; and a
 * duplicate client id fails the whole statement, number included. No gaps, no repeats.
 */
const INSERT_SQL = `
  WITH r AS (
    UPDATE chat_rooms SET last_seq = last_seq + CASE WHEN $2::boolean THEN 1 ELSE 0 END
     WHERE id = $1 RETURNING last_seq)
  INSERT INTO chat_messages (room_id, seq, author_id, client_id, body, status, status_reason, crisis, needs_review)
  SELECT $1, CASE WHEN $2::boolean THEN r.last_seq END, $3, $4, $5, $6, $7, $8, $9 FROM r
  RETURNING id, room_id, seq, mod_seq, client_id, body, status, status_reason, crisis, created_at, author_id,
            report_count`;

/** SQL for messages: the send transaction with its gap-free sequence, catch-up, and history. */
@Injectable()
export class MessageStore {
  /** Concurrent sends from any rooms share one statement (see message-batch.ts). */
  private readonly commits: GroupCommit<BatchedMessage, BatchOutcome>;

  /**
   * Context reads of concurrent sends (cache misses) share one statement: what arrives while one read is in
   * flight goes together in the next, as with the group commit (no timer).
   */
  private readonly contextLoads: GroupCommit<ContextKey, ContextRow | null>;

  constructor(private readonly dataSource: DataSource) {
    this.contextLoads = new GroupCommit(dataSource, {
      statement: (keys) => loadSendContexts(dataSource, keys),
      maxBatch: CHAT_COMMIT_BATCH,
    });
    this.commits = new GroupCommit(dataSource, {
      statement: (batch) => writeMessageBatch(dataSource, batch),
      maxBatch: CHAT_COMMIT_BATCH,
      onCommit: (size, seconds) => metrics.observeChatCommit(size, seconds),
    });
  }

  async sendContext(roomId: string, userId: string, clientId: string): Promise<SendContext | null> {
    const row = await this.contextLoads.add({ roomId, userId, clientId });
    if (!row) return null;
    return {
      visibility: row.visibility,
      slowModeSeconds: row.slow_mode_seconds,
      membership: row.membership,
      roomRole: row.room_role,
      isNewMember: row.is_new_member,
      sanction: row.sanction,
      filters: row.filters,
      existing: row.existing ? await this.byId(row.existing) : null,
    };
  }

  /**
   * Stores a message: with slow mode in a transaction of its own, else in a group commit with concurrent
   * sends (resolved only after the commit). A duplicate client id answers with the message stored first.
   */
  async insert(msg: NewMessage, author: AuthorColumns): Promise<InsertOutcome> {
    try {
      if (msg.slowModeSeconds > 0) return await this.insertWithSlowMode(msg, author);
      return await this.commits.add({ ...msg, author });
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      // Another request stored this client id first; the failed statement took back its number.
      const existing = await this.byClientId(msg.roomId, msg.authorId, msg.clientId);
      if (!existing) throw error;
      return { kind: 'duplicate', row: existing };
    }
  }

  /** The message this member already stored with this client id, if any. */
  async byClientId(roomId: string, authorId: string, clientId: string): Promise<MessageRow | null> {
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM}
        WHERE m.room_id = $1 AND m.author_id = $2 AND m.client_id = $3`,
      [roomId, authorId, clientId],
    );
    return rows[0] ?? null;
  }

  /** Slow mode: claim the member's slot and store in one transaction, so a refused send changes nothing. */
  private insertWithSlowMode(msg: NewMessage, author: AuthorColumns): Promise<InsertOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const wait = await this.claimSlowModeSlot(manager, msg);
      if (wait > 0) return { kind: 'slow_mode', retryAfterSeconds: wait } as const;
      const [row]: MessageRow[] = await manager.query(INSERT_SQL, this.params(msg));
      return { kind: 'stored', row: { ...row, ...author } } as const;
    });
  }

  private params(msg: NewMessage): unknown[] {
    return [
      msg.roomId,
      msg.status === 'visible',
      msg.authorId,
      msg.clientId,
      msg.body,
      msg.status,
      msg.statusReason,
      msg.crisis,
      msg.status === 'held' || msg.crisis !== null,
    ];
  }

  /** Takes this member's slow-mode slot, or answers how many seconds are left (0: taken). */
  private async claimSlowModeSlot(manager: EntityManager, msg: NewMessage): Promise<number> {
    const claimed = rowsOf(
      await manager.query(
        `UPDATE chat_room_members SET last_posted_at = now()
          WHERE room_id = $1 AND user_id = $2
            AND (last_posted_at IS NULL OR last_posted_at <= now() - make_interval(secs => $3))
        RETURNING 1`,
        [msg.roomId, msg.authorId, msg.slowModeSeconds],
      ),
    );
    if (claimed.length > 0) return 0;
    const [left]: { seconds: number }[] = await manager.query(
      `SELECT greatest(1, ceil(extract(epoch FROM last_posted_at + make_interval(secs => $3) - now())))::int
              AS seconds
         FROM chat_room_members WHERE room_id = $1 AND user_id = $2`,
      [msg.roomId, msg.authorId, msg.slowModeSeconds],
    );
    return left?.seconds ?? msg.slowModeSeconds;
  }

  async byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<MessageRow> {
    const rows: MessageRow[] = await manager.query(
      `SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM} WHERE m.id = $1`,
      [id],
    );
    return rows[0];
  }

  /**
   * What a (re)subscribing client missed: the messages after `lastSeq` in order, and older ones whose status
   * changed after `lastModSeq`; or, without `lastSeq`, the room's tail. One snapshot for all of it.
   */
  catchUp(roomId: string, lastSeq?: number, lastModSeq?: number): Promise<CatchUp> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [room]: { last_seq: string; last_mod_seq: string }[] = await manager.query(
        'SELECT last_seq, last_mod_seq FROM chat_rooms WHERE id = $1',
        [roomId],
      );
      const headSeq = Number(room.last_seq);
      const modSeq = Number(room.last_mod_seq);
      if (lastSeq === undefined) {
        const tail: MessageRow[] = await manager.query(
          `SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM}
            WHERE m.room_id = $1 AND m.seq IS NOT NULL ORDER BY m.seq DESC LIMIT $2`,
          [roomId, CHAT_TAIL_SIZE],
        );
        return { headSeq, modSeq, messages: tail.reverse(), updates: [], tooFarBehind: false };
      }
      if (headSeq - lastSeq > CHAT_CATCH_UP_MAX) {
        return { headSeq, modSeq, messages: [], updates: [], tooFarBehind: true };
      }
      const messages: MessageRow[] = await manager.query(
        `SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM}
          WHERE m.room_id = $1 AND m.seq > $2 ORDER BY m.seq`,
        [roomId, lastSeq],
      );
      if (lastModSeq === undefined || lastModSeq >= modSeq) {
        return { headSeq, modSeq, messages, updates: [], tooFarBehind: false };
      }
      const updates: MessageRow[] = await manager.query(
        `SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM}
          WHERE m.room_id = $1 AND m.mod_seq > $3 AND m.seq <= $2 ORDER BY m.mod_seq LIMIT $4`,
        [roomId, lastSeq, lastModSeq, CHAT_CATCH_UP_MAX + 1],
      );
      const tooFarBehind = updates.length > CHAT_CATCH_UP_MAX;
      return { headSeq, modSeq, messages, updates: tooFarBehind ? [] : updates, tooFarBehind };
    });
  }

  /** A page of history before `beforeSeq` (exclusive), oldest first. */
  async history(roomId: string, beforeSeq: number | null, limit: number): Promise<MessageRow[]> {
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM}
        WHERE m.room_id = $1 AND m.seq IS NOT NULL AND ($2::bigint IS NULL OR m.seq < $2)
        ORDER BY m.seq DESC LIMIT $3`,
      [roomId, beforeSeq, limit],
    );
    return rows.reverse();
  }

  /** The member's own messages still held for review in a room, so they can see what and why. */
  heldFor(roomId: string, userId: string): Promise<MessageRow[]> {
    return this.dataSource.query(
      `SELECT ${MESSAGE_COLUMNS} FROM ${MESSAGE_FROM}
        WHERE m.room_id = $1 AND m.author_id = $2 AND m.status = 'held' ORDER BY m.created_at LIMIT 50`,
      [roomId, userId],
    );
  }
}
