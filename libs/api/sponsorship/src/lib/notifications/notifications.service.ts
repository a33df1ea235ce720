import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, MemberNotifier, type MemberNotificationKind } from '@kinship/api/core';
import { badgeForRole } from '@kinship/shared/contracts';
import { SponsorshipKind } from '../domain/sponsorship.rules';
import { SponsorshipRealtime } from '../messages/sponsorship-realtime';
import {
  SponsorshipNotificationKind as Kind,
  type SponsorshipNotification,
  type SponsorshipNotificationPage,
} from './notification.models';

export interface NewNotification {
  userId: string;
  kind: Kind;
  sponsorshipId: string | null;
  actorId: string | null;
}

export interface StoredNotification extends NewNotification {
  id: string;
  createdAt: Date;
}

interface Row {
  id: string;
  seq: string;
  kind: Kind;
  sponsorship_id: string | null;
  created_at: Date;
  read_at: Date | null;
  actor_id: string | null;
  actor_name: string | null;
  actor_bio: string | null;
  actor_handle: string | null;
  actor_role: string | null;
  program_kind: SponsorshipKind | null;
}

const isSeq = (v: unknown): v is { s: string } =>
  typeof v === 'object' && v !== null && /^\d{1,18}$/.test(String((v as { s?: unknown }).s));

function textOf(kind: Kind, actor: string, programKind: SponsorshipKind | null): string {
  const role = programKind === SponsorshipKind.MENTOR ? 'mentor' : 'sponsor';
  const ship = programKind === SponsorshipKind.MENTOR ? 'mentorship' : 'sponsorship';
  switch (kind) {
    case Kind.REQUEST_RECEIVED:
      return `${actor} asked you to be their ${role}.`;
    case Kind.REQUEST_ACCEPTED:
      return `${actor} accepted your request.`;
    case Kind.REQUEST_DECLINED:
      return `${actor} declined your request.`;
    case Kind.REQUEST_WITHDRAWN:
      return `${actor} withdrew their request.`;
    case Kind.SPONSORSHIP_ENDED:
      return `${actor} ended your ${ship}.`;
    case Kind.CHECKIN_DUE:
      return `It has been 90 days: time to check in on your temporary ${ship} with ${actor}.`;
    case Kind.MEMBER_LEFT:
      return 'A member you were connected with has left Kinship, so that sponsorship has ended.';
  }
}

/** Which stored notifications also reach the member by push (when they opted in to that kind). */
const PUSH_KIND: Partial<Record<Kind, MemberNotificationKind>> = {
  [Kind.REQUEST_RECEIVED]: 'sponsorship_request',
  [Kind.REQUEST_ACCEPTED]: 'sponsorship_answer',
  [Kind.REQUEST_DECLINED]: 'sponsorship_answer',
};

/** Stored in-app notifications about requests and answers, pushed to the member's sockets as they happen. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly realtime: SponsorshipRealtime,
    private readonly notifier: MemberNotifier,
  ) {}

  /** Stores notifications inside the caller's transaction; publish them after it commits. */
  async store(manager: EntityManager, items: NewNotification[]): Promise<StoredNotification[]> {
    const out: StoredNotification[] = [];
    for (const item of items) {
      const [row]: { id: string; created_at: Date }[] = await manager.query(
        `INSERT INTO sponsorship_notifications (user_id, kind, sponsorship_id, actor_id)
         VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
        [item.userId, item.kind, item.sponsorshipId, item.actorId],
      );
      out.push({ ...item, id: row.id, createdAt: row.created_at });
    }
    return out;
  }

  publish(stored: StoredNotification[]): void {
    for (const n of stored) {
      const push = PUSH_KIND[n.kind];
      if (push && n.userId !== n.actorId) {
        void this.notifier.notify(n.userId, { kind: push, refId: n.sponsorshipId ?? undefined });
      }
      this.realtime.notification(n.userId, {
        id: n.id,
        kind: n.kind,
        sponsorshipId: n.sponsorshipId,
        createdAt: n.createdAt.toISOString(),
      });
    }
  }

  async list(userId: string, first: number, after?: string): Promise<SponsorshipNotificationPage> {
    await this.storeDueCheckIns(userId);
    const before = after ? decodeCursor(after, isSeq).s : null;
    const rows: Row[] = await this.dataSource.query(
      `SELECT n.id, n.seq::text AS seq, n.kind, n.sponsorship_id, n.created_at, n.read_at,
              a.id AS actor_id, a.display_name AS actor_name, a.bio AS actor_bio, a.handle AS actor_handle,
              a.role AS actor_role, r.kind AS program_kind
         FROM sponsorship_notifications n
         LEFT JOIN users a ON a.id = n.actor_id
         LEFT JOIN sponsorships s ON s.id = n.sponsorship_id
         LEFT JOIN sponsorship_rules r ON r.program = s.program
        WHERE n.user_id = $1 AND ($2::bigint IS NULL OR n.seq < $2::bigint)
        ORDER BY n.seq DESC LIMIT $3`,
      [userId, before, first + 1],
    );
    const [{ unread }]: { unread: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS unread FROM sponsorship_notifications WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    const page = rows.slice(0, first);
    return {
      notifications: page.map((r) => this.toModel(r)),
      unreadCount: unread,
      hasNextPage: rows.length > first,
      endCursor: page.length ? encodeCursor({ s: page[page.length - 1].seq }) : null,
    };
  }

  async markRead(userId: string, ids: string[] | null | undefined): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE sponsorship_notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY ($2::uuid[]))`,
      [userId, ids ?? null],
    );
    return count;
  }

  /**
   * Temporary sponsorships prompt both members after 90 days. The prompt is stored the first time the
   * member looks at their notifications once it is due: no scheduler, and exactly once per due date.
   */
  private async storeDueCheckIns(userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sponsorship_notifications (user_id, kind, sponsorship_id, actor_id, due_at)
       SELECT $1, 'checkin_due', s.id, CASE WHEN s.sponsor_id = $1 THEN s.sponsee_id ELSE s.sponsor_id END,
              s.checkin_due_at
         FROM sponsorships s
        WHERE (s.sponsor_id = $1 OR s.sponsee_id = $1) AND s.status = 'active' AND s.temporary
          AND s.checkin_due_at <= now()
          AND CASE WHEN s.sponsor_id = $1 THEN s.sponsor_checked_in_at ELSE s.sponsee_checked_in_at END IS NULL
       ON CONFLICT DO NOTHING`,
      [userId],
    );
  }

  private toModel(r: Row): SponsorshipNotification {
    return {
      id: r.id,
      kind: r.kind,
      sponsorshipId: r.sponsorship_id,
      actor: r.actor_id
        ? {
            id: r.actor_id,
            displayName: r.actor_name ?? '',
            handle: r.actor_handle ?? '',
            badge: badgeForRole(r.actor_role),
            bio: r.actor_bio ?? '',
          }
        : null,
      relationshipKind: r.program_kind,
      text: textOf(r.kind, r.actor_name ?? 'A member', r.program_kind),
      createdAt: r.created_at,
      read: r.read_at !== null,
    };
  }
}
