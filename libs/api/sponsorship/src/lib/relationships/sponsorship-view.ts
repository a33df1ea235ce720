import type { EntityManager } from 'typeorm';
import { MemberBadge, badgeForRole } from '@kinship/shared/contracts';
import { SponsorshipKind, type SponsorshipProgram } from '../domain/sponsorship.rules';
import { SponsorshipRole, type Sponsorship, type SponsorshipStatus } from './relationship.models';

/** The columns of a sponsorship as member $1 sees it; append WHERE/ORDER to it. */
export const SPONSORSHIP_VIEW_SQL = `
SELECT s.id, s.program, s.status, s.temporary, s.request_message, s.decline_reason, s.end_reason,
       s.ended_by, s.requested_at, s.responded_at, s.started_at, s.ended_at, s.checkin_due_at,
       s.sponsor_id, s.sponsee_id, s.last_seq::int AS last_seq, s.sponsor_read_seq::int AS sponsor_read_seq,
       s.sponsee_read_seq::int AS sponsee_read_seq, s.sponsor_checked_in_at, s.sponsee_checked_in_at, r.kind,
       o.id AS other_id, o.display_name AS other_name, o.bio AS other_bio, o.handle AS other_handle,
       o.role AS other_role,
       CASE WHEN s.status = 'active' THEN
         (SELECT count(*) FROM sponsorship_messages m
           WHERE m.sponsorship_id = s.id AND m.sender_id <> $1
             AND m.seq > CASE WHEN s.sponsor_id = $1 THEN s.sponsor_read_seq ELSE s.sponsee_read_seq END)::int
       ELSE 0 END AS unread
  FROM sponsorships s
  JOIN sponsorship_rules r ON r.program = s.program
  JOIN users o ON o.id = CASE WHEN s.sponsor_id = $1 THEN s.sponsee_id ELSE s.sponsor_id END
 WHERE (s.sponsor_id = $1 OR s.sponsee_id = $1)`;

export interface SponsorshipRow {
  id: string;
  program: SponsorshipProgram;
  status: SponsorshipStatus;
  temporary: boolean;
  request_message: string;
  decline_reason: string | null;
  end_reason: string | null;
  ended_by: string | null;
  requested_at: Date;
  responded_at: Date | null;
  started_at: Date | null;
  ended_at: Date | null;
  checkin_due_at: Date | null;
  sponsor_id: string;
  sponsee_id: string;
  last_seq: number;
  sponsor_read_seq: number;
  sponsee_read_seq: number;
  sponsor_checked_in_at: Date | null;
  sponsee_checked_in_at: Date | null;
  kind: SponsorshipKind;
  other_id: string;
  other_name: string;
  other_bio: string;
  other_handle: string;
  other_role: string;
  unread: number;
}

export function toSponsorship(userId: string, r: SponsorshipRow, now = new Date()): Sponsorship {
  const iAmSponsor = r.sponsor_id === userId;
  const myCheckIn = iAmSponsor ? r.sponsor_checked_in_at : r.sponsee_checked_in_at;
  return {
    id: r.id,
    myRole: iAmSponsor ? SponsorshipRole.SPONSOR : SponsorshipRole.SPONSEE,
    other: {
      id: r.other_id,
      displayName: r.other_name,
      handle: r.other_handle,
      // The sponsor badge comes from the relationship itself, so nobody can fake it with a name.
      badge: iAmSponsor ? badgeForRole(r.other_role) : MemberBadge.SPONSOR,
      bio: r.other_bio,
    },
    program: r.program,
    kind: r.kind ?? SponsorshipKind.SPONSOR,
    status: r.status,
    temporary: r.temporary,
    requestMessage: r.request_message,
    declineReason: r.decline_reason,
    endReason: r.end_reason,
    endedByMe: r.ended_by === userId,
    requestedAt: r.requested_at,
    respondedAt: r.responded_at,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    checkInDueAt: r.checkin_due_at,
    checkInDue:
      r.status === 'active' &&
      r.temporary &&
      r.checkin_due_at !== null &&
      r.checkin_due_at <= now &&
      myCheckIn === null,
    lastSeq: r.last_seq,
    myReadSeq: iAmSponsor ? r.sponsor_read_seq : r.sponsee_read_seq,
    otherReadSeq: iAmSponsor ? r.sponsee_read_seq : r.sponsor_read_seq,
    unreadCount: r.unread,
  };
}

export async function loadSponsorship(
  manager: Pick<EntityManager, 'query'>,
  userId: string,
  id: string,
): Promise<Sponsorship | null> {
  const rows: SponsorshipRow[] = await manager.query(`${SPONSORSHIP_VIEW_SQL} AND s.id = $2`, [userId, id]);
  return rows[0] ? toSponsorship(userId, rows[0]) : null;
}
