import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { crisisSupport, detectCrisis } from '@kinship/api/safety';
import {
  decodeCursor,
  encodeCursor,
  forbidden,
  GroupCommit,
  HELP_COUNTRY,
  type HelpCountryLookup,
  MemberNotifier,
} from '@kinship/api/core';
import {
  DM_CATCH_UP_MAX,
  type DmJoinResult,
  type DmMessagePayload,
  type DmSendPayload,
  type DmSendResult,
} from '@kinship/shared/contracts';
import { isUniqueViolation } from '../relationships/relationships.service';
import { SponsorshipRealtime } from './sponsorship-realtime';
import { writePrivateMessages, type PendingMessage, type PendingOutcome } from './message-batch';

interface MessageRow {
  id: string;
  sponsorship_id: string;
  seq: number;
  sender_id: string;
  client_id: string;
  body: string;
  created_at: Date;
}

interface Membership {
  sponsor_id: string;
  sponsee_id: string;
  last_seq: number;
  my_read_seq: number;
  other_read_seq: number;
}

export interface MessagePage {
  messages: DmMessagePayload[];
  hasOlder: boolean;
  olderCursor: string | null;
}

const COLUMNS = 'id, sponsorship_id, seq::int AS seq, sender_id, client_id, body, created_at';
const NOT_A_MEMBER =
  'This conversation is not open to you: only the two members of an active sponsorship can read or write it.';

const toPayload = (r: MessageRow): DmMessagePayload => ({
  id: r.id,
  sponsorshipId: r.sponsorship_id,
  seq: r.seq,
  senderId: r.sender_id,
  clientId: r.client_id,
  text: r.body,
  createdAt: r.created_at.toISOString(),
});

const isBefore = (v: unknown): v is { b: number } =>
  typeof v === 'object' &&
  v !== null &&
  Number.isInteger((v as { b?: unknown }).b) &&
  (v as { b: number }).b > 0;

/**
 * Private messages between the two members of an active sponsorship. Membership is checked in the same
 * statement that assigns the next sequence number (message-batch.ts), so a message can never be stored after the relationship
 * ended, and each message is committed before anyone (the sender included) hears of it.
 */
@Injectable()
export class MessagesService {
  /** Concurrent sends from any conversations share one statement (see message-batch.ts). */
  private readonly commits: GroupCommit<PendingMessage, PendingOutcome>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly realtime: SponsorshipRealtime,
    private readonly notifier: MemberNotifier,
    @Optional() @Inject(HELP_COUNTRY) private readonly countries?: HelpCountryLookup,
  ) {
    this.commits = new GroupCommit(dataSource, {
      statement: (batch) => writePrivateMessages(dataSource, batch),
      maxBatch: 100,
    });
  }

  /** The member's view of an active conversation, or FORBIDDEN. */
  async membership(userId: string, sponsorshipId: string): Promise<Membership> {
    const [row]: Membership[] = await this.dataSource.query(
      `SELECT sponsor_id, sponsee_id, last_seq::int AS last_seq,
              (CASE WHEN sponsor_id = $2 THEN sponsor_read_seq ELSE sponsee_read_seq END)::int AS my_read_seq,
              (CASE WHEN sponsor_id = $2 THEN sponsee_read_seq ELSE sponsor_read_seq END)::int AS other_read_seq
         FROM sponsorships
        WHERE id = $1 AND status = 'active' AND (sponsor_id = $2 OR sponsee_id = $2)`,
      [sponsorshipId, userId],
    );
    if (!row) throw forbidden(NOT_A_MEMBER);
    return row;
  }

  /** What a member missed after `afterSeq` (call after joining the room, so nothing falls in between). */
  async catchUp(userId: string, sponsorshipId: string, afterSeq: number): Promise<DmJoinResult> {
    const member = await this.membership(userId, sponsorshipId);
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM sponsorship_messages
        WHERE sponsorship_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [sponsorshipId, afterSeq, DM_CATCH_UP_MAX + 1],
    );
    const messages = rows.slice(0, DM_CATCH_UP_MAX).map(toPayload);
    return {
      sponsorshipId,
      messages,
      hasMore: rows.length > DM_CATCH_UP_MAX,
      lastSeq: member.last_seq,
      myReadSeq: member.my_read_seq,
      otherReadSeq: member.other_read_seq,
    };
  }

  /** Older messages, newest page first; each page is in conversation order. */
  async history(userId: string, sponsorshipId: string, last: number, before?: string): Promise<MessagePage> {
    await this.membership(userId, sponsorshipId);
    const beforeSeq = before ? decodeCursor(before, isBefore).b : null;
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM sponsorship_messages
        WHERE sponsorship_id = $1 AND ($2::bigint IS NULL OR seq < $2::bigint)
        ORDER BY seq DESC LIMIT $3`,
      [sponsorshipId, beforeSeq, last + 1],
    );
    const page = rows.slice(0, last).reverse();
    const hasOlder = rows.length > last;
    return {
      messages: page.map(toPayload),
      hasOlder,
      olderCursor: hasOlder && page.length ? encodeCursor({ b: page[0].seq }) : null,
    };
  }

  /**
   * Stores a message and then delivers it. A clientId already stored by this sender in this conversation
   * returns the original message (`duplicate: true`) and sends nothing again. Concurrent sends share one
   * transaction (group commit); each is answered only after it committed.
   */
  async send(userId: string, input: DmSendPayload, exceptSocketId?: string): Promise<DmSendResult> {
    const detection = detectCrisis(input.text);
    const country =
      detection.kind && this.countries ? await this.countries.helpCountryOf(userId).catch(() => null) : null;
    const crisis = detection.kind ? crisisSupport(detection.kind, country) : null;
    let outcome: PendingOutcome;
    try {
      outcome = await this.commits.add({
        sponsorshipId: input.sponsorshipId,
        senderId: userId,
        clientId: input.clientId,
        body: input.text,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const original = await this.findByClientId(userId, input);
      if (!original) throw error;
      return { message: original, duplicate: true, crisis };
    }
    if (outcome.kind === 'not_member') {
      // A retry of a message stored before the relationship ended still gets its first answer.
      const original = await this.findByClientId(userId, input);
      if (original) return { message: original, duplicate: true, crisis };
      throw forbidden(NOT_A_MEMBER);
    }
    const message = toPayload(outcome.row);
    const members: [string, string] = [outcome.row.sponsor_id, outcome.row.sponsee_id];
    this.realtime.message(message, members, exceptSocketId);
    // Outside the page too (push, best effort, never awaited): only "a private message" and which conversation.
    const recipient = members.find((id) => id !== userId);
    if (recipient)
      void this.notifier.notify(recipient, { kind: 'private_message', refId: input.sponsorshipId });
    return { message, duplicate: false, crisis };
  }

  /** Read receipts: the member has read up to `seq`; never moves backwards. */
  async markRead(userId: string, sponsorshipId: string, seq: number): Promise<number> {
    const [rows]: [{ seq: number; sponsor_id: string; sponsee_id: string }[], number] =
      await this.dataSource.query(
        `UPDATE sponsorships
            SET sponsor_read_seq = CASE WHEN sponsor_id = $2
                                        THEN greatest(sponsor_read_seq, least($3, last_seq)) ELSE sponsor_read_seq END,
                sponsee_read_seq = CASE WHEN sponsee_id = $2
                                        THEN greatest(sponsee_read_seq, least($3, last_seq)) ELSE sponsee_read_seq END
          WHERE id = $1 AND status = 'active' AND (sponsor_id = $2 OR sponsee_id = $2)
      RETURNING (CASE WHEN sponsor_id = $2 THEN sponsor_read_seq ELSE sponsee_read_seq END)::int AS seq,
                sponsor_id, sponsee_id`,
        [sponsorshipId, userId, seq],
      );
    const row = rows[0];
    if (!row) throw forbidden(NOT_A_MEMBER);
    this.realtime.read({ sponsorshipId, readerId: userId, seq: row.seq }, [row.sponsor_id, row.sponsee_id]);
    return row.seq;
  }

  private async findByClientId(userId: string, input: DmSendPayload): Promise<DmMessagePayload | null> {
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM sponsorship_messages
        WHERE sponsorship_id = $1 AND sender_id = $2 AND client_id = $3`,
      [input.sponsorshipId, userId, input.clientId],
    );
    return rows[0] ? toPayload(rows[0]) : null;
  }
}
