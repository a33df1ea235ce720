import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '@kinship/api/core';
import {
  MAX_PENDING_REQUESTS,
  DECLINE_COOLDOWN_DAYS,
  TEMPORARY_CHECKIN_DAYS,
  type SponsorshipProgram,
} from '../domain/sponsorship.rules';
import { NotificationsService, type NewNotification } from '../notifications/notifications.service';
import { SponsorshipNotificationKind as Kind } from '../notifications/notification.models';
import { SponsorshipRealtime } from '../messages/sponsorship-realtime';
import { SponsorshipPrograms } from '../profiles/sponsorship-programs';
import type { RequestSponsorshipInput, Sponsorship, SponsorshipStatus } from './relationship.models';
import {
  loadSponsorship,
  SPONSORSHIP_VIEW_SQL,
  toSponsorship,
  type SponsorshipRow,
} from './sponsorship-view';

/** What a transaction leaves to do once it has committed: notifications to push, conversations to close. */
export interface AfterCommit {
  notify: NewNotification[];
  close: { id: string; members: string[] }[];
}

const UNAVAILABLE =
  'This sponsor is not available for a new request from you right now. Try another one from the finder.';

export const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; driverError?: { code?: string } } | null;
  return (err?.code ?? err?.driverError?.code) === '23505';
};

/** Requests and relationships: ask, accept, decline, withdraw, end, check in. */
@Injectable()
export class RelationshipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly realtime: SponsorshipRealtime,
    private readonly programs: SponsorshipPrograms,
  ) {}

  async list(userId: string, statuses?: SponsorshipStatus[] | null): Promise<Sponsorship[]> {
    const rows: SponsorshipRow[] = await this.dataSource.query(
      `${SPONSORSHIP_VIEW_SQL} AND ($2::text[] IS NULL OR s.status = ANY ($2::text[]))
        ORDER BY CASE s.status WHEN 'pending' THEN 0 WHEN 'active' THEN 1 ELSE 2 END,
                 coalesce(s.ended_at, s.responded_at, s.requested_at) DESC
        LIMIT 100`,
      [userId, statuses?.length ? statuses : null],
    );
    const now = new Date();
    return rows.map((r) => toSponsorship(userId, r, now));
  }

  async get(userId: string, id: string): Promise<Sponsorship> {
    const found = await loadSponsorship(this.dataSource, userId, id);
    if (!found) throw notFound('There is no such sponsorship of yours.');
    return found;
  }

  async request(seekerId: string, input: RequestSponsorshipInput): Promise<Sponsorship> {
    if (input.sponsorId === seekerId) throw badInput('You cannot ask yourself to be your sponsor.');
    return this.run(seekerId, async (m, after) => {
      const program = input.program
        ? (await this.programs.require('program', [input.program], m))[0]
        : await this.preferredProgram(m, seekerId);
      // The sponsor's side of the hard constraints, checked again here: the finder is not the only way in.
      const ok: unknown[] = await m.query(
        `SELECT 1 FROM sponsor_profiles sp
           JOIN sponsorship_rules r ON r.program = $3
           LEFT JOIN seeker_preferences p ON p.user_id = $2
          WHERE sp.user_id = $1 AND sp.accepting AND sp.programs @> ARRAY[$3]
            AND sp.active_sponsees < sp.capacity AND sp.clean_time_from + r.min_clean_days <= current_date
            AND (cardinality(sp.sponsors_genders) = 0 OR p.gender = ANY (sp.sponsors_genders))
            AND NOT EXISTS (SELECT 1 FROM sponsorship_blocks b
                             WHERE (b.blocker_id = $1 AND b.blocked_id = $2) OR (b.blocker_id = $2 AND b.blocked_id = $1))
            AND NOT EXISTS (SELECT 1 FROM sponsorships d
                             WHERE d.sponsor_id = $1 AND d.sponsee_id = $2 AND d.status = 'declined'
                               AND d.responded_at > now() - interval '${DECLINE_COOLDOWN_DAYS} days')`,
        [input.sponsorId, seekerId, program],
      );
      if (!ok.length) throw conflict(UNAVAILABLE);
      const [open]: { status: string; program: string }[] = await m.query(
        `SELECT status, program FROM sponsorships
          WHERE sponsee_id = $1 AND status IN ('pending', 'active')
            AND (sponsor_id = $2 OR (status = 'active' AND program = $3))
          ORDER BY status`,
        [seekerId, input.sponsorId, program],
      );
      if (open?.status === 'active') {
        throw conflict(`You already have a sponsor in ${open.program}. End that sponsorship first.`);
      }
      if (open?.status === 'pending') throw conflict('You already asked them; they have not answered yet.');
      const [{ pending }]: { pending: number }[] = await m.query(
        `SELECT count(*)::int AS pending FROM sponsorships WHERE sponsee_id = $1 AND status = 'pending'`,
        [seekerId],
      );
      if (pending >= MAX_PENDING_REQUESTS) {
        throw conflict(
          `You have ${pending} requests waiting for an answer. Withdraw one, or wait for an answer, before asking someone else.`,
        );
      }
      const [row]: { id: string }[] = await m
        .query(
          `INSERT INTO sponsorships (sponsor_id, sponsee_id, program, temporary, request_message)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [input.sponsorId, seekerId, program, input.temporary, input.message],
        )
        .catch((error: unknown) => {
          throw isUniqueViolation(error)
            ? conflict('You already asked them; they have not answered yet.')
            : error;
        });
      after.notify.push({
        userId: input.sponsorId,
        kind: Kind.REQUEST_RECEIVED,
        sponsorshipId: row.id,
        actorId: seekerId,
      });
      return row.id;
    });
  }

  async accept(sponsorId: string, id: string): Promise<Sponsorship> {
    return this.run(sponsorId, async (m, after) => {
      const [profile]: { capacity: number; active_sponsees: number }[] = await m.query(
        'SELECT capacity, active_sponsees FROM sponsor_profiles WHERE user_id = $1 FOR UPDATE',
        [sponsorId],
      );
      const pending = await this.lockOwn(
        m,
        id,
        'sponsor_id',
        sponsorId,
        'pending',
        'That request is no longer waiting for an answer.',
      );
      if (profile && profile.active_sponsees >= profile.capacity) {
        throw conflict(
          `You are at capacity (${profile.active_sponsees} of ${profile.capacity}). Raise your capacity in your profile to accept.`,
        );
      }
      try {
        await m.query(
          `UPDATE sponsorships SET status = 'active', responded_at = now(), started_at = now(),
                  checkin_due_at = CASE WHEN temporary THEN now() + interval '${TEMPORARY_CHECKIN_DAYS} days' END
            WHERE id = $1`,
          [id],
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict(`They already found a sponsor in ${pending.program}.`);
        throw error;
      }
      after.notify.push({
        userId: pending.sponsee_id,
        kind: Kind.REQUEST_ACCEPTED,
        sponsorshipId: id,
        actorId: sponsorId,
      });
      // Their other requests in this program are no longer needed.
      const [others]: [{ id: string; sponsor_id: string }[], number] = await m.query(
        `UPDATE sponsorships SET status = 'withdrawn', responded_at = now()
          WHERE sponsee_id = $1 AND program = $2 AND status = 'pending' RETURNING id, sponsor_id`,
        [pending.sponsee_id, pending.program],
      );
      for (const o of others) {
        after.notify.push({
          userId: o.sponsor_id,
          kind: Kind.REQUEST_WITHDRAWN,
          sponsorshipId: o.id,
          actorId: pending.sponsee_id,
        });
      }
      return id;
    });
  }

  async decline(sponsorId: string, id: string, reason?: string | null): Promise<Sponsorship> {
    return this.run(sponsorId, async (m, after) => {
      const row = await this.lockOwn(
        m,
        id,
        'sponsor_id',
        sponsorId,
        'pending',
        'That request is no longer waiting for an answer.',
      );
      await m.query(
        `UPDATE sponsorships SET status = 'declined', responded_at = now(), decline_reason = $2 WHERE id = $1`,
        [id, reason || null],
      );
      after.notify.push({
        userId: row.sponsee_id,
        kind: Kind.REQUEST_DECLINED,
        sponsorshipId: id,
        actorId: sponsorId,
      });
      return id;
    });
  }

  async withdraw(seekerId: string, id: string): Promise<Sponsorship> {
    return this.run(seekerId, async (m, after) => {
      const row = await this.lockOwn(
        m,
        id,
        'sponsee_id',
        seekerId,
        'pending',
        'That request has already been answered.',
      );
      await m.query(`UPDATE sponsorships SET status = 'withdrawn', responded_at = now() WHERE id = $1`, [id]);
      after.notify.push({
        userId: row.sponsor_id,
        kind: Kind.REQUEST_WITHDRAWN,
        sponsorshipId: id,
        actorId: seekerId,
      });
      return id;
    });
  }

  async end(userId: string, id: string, reason?: string | null): Promise<Sponsorship> {
    return this.run(userId, async (m, after) => {
      const row = await this.lockMember(m, id, userId);
      if (row.status !== 'active') throw conflict('That sponsorship is not active.');
      await m.query(
        `UPDATE sponsorships SET status = 'ended', ended_at = now(), ended_by = $2, end_reason = $3 WHERE id = $1`,
        [id, userId, reason || null],
      );
      const other = row.sponsor_id === userId ? row.sponsee_id : row.sponsor_id;
      after.notify.push({ userId: other, kind: Kind.SPONSORSHIP_ENDED, sponsorshipId: id, actorId: userId });
      after.close.push({ id, members: [row.sponsor_id, row.sponsee_id] });
      return id;
    });
  }

  /**
   * The 90-day check-in of a temporary sponsorship. When both have checked in it becomes permanent if both
   * asked for that, otherwise the next check-in is due in another 90 days.
   */
  async checkIn(userId: string, id: string, makePermanent: boolean): Promise<Sponsorship> {
    return this.run(userId, async (m) => {
      const row = await this.lockMember(m, id, userId);
      if (
        row.status !== 'active' ||
        !row.temporary ||
        !row.checkin_due_at ||
        row.checkin_due_at > new Date()
      ) {
        throw conflict('There is no check-in due for this sponsorship.');
      }
      const side = row.sponsor_id === userId ? 'sponsor' : 'sponsee';
      const [[updated]]: [[{ both: boolean; permanent: boolean }], number] = await m.query(
        `UPDATE sponsorships SET ${side}_checked_in_at = now(), ${side}_wants_permanent = $2 WHERE id = $1
         RETURNING sponsor_checked_in_at IS NOT NULL AND sponsee_checked_in_at IS NOT NULL AS both,
                   sponsor_wants_permanent AND sponsee_wants_permanent AS permanent`,
        [id, makePermanent],
      );
      if (updated.both) {
        await m.query(
          `UPDATE sponsorships SET temporary = NOT $2,
                  checkin_due_at = CASE WHEN $2 THEN NULL ELSE now() + interval '${TEMPORARY_CHECKIN_DAYS} days' END,
                  sponsor_checked_in_at = NULL, sponsee_checked_in_at = NULL,
                  sponsor_wants_permanent = false, sponsee_wants_permanent = false
            WHERE id = $1`,
          [id, updated.permanent],
        );
      }
      return id;
    });
  }

  /** Runs `work` in a transaction, then pushes its notifications and closes its conversations. */
  async transact<T>(work: (m: EntityManager, after: AfterCommit) => Promise<T>): Promise<T> {
    const after: AfterCommit = { notify: [], close: [] };
    const { result, stored } = await this.dataSource.transaction(async (m) => {
      const result = await work(m, after);
      return { result, stored: await this.notifications.store(m, after.notify) };
    });
    this.notifications.publish(stored);
    for (const c of after.close) this.realtime.closeConversation(c.id, c.members);
    return result;
  }

  private async run(
    userId: string,
    work: (m: EntityManager, after: AfterCommit) => Promise<string>,
  ): Promise<Sponsorship> {
    return this.get(userId, await this.transact(work));
  }

  private async preferredProgram(m: EntityManager, seekerId: string): Promise<SponsorshipProgram> {
    const [row]: { program: SponsorshipProgram }[] = await m.query(
      'SELECT program FROM seeker_preferences WHERE user_id = $1',
      [seekerId],
    );
    if (!row) throw badInput('Say which program you are asking for, or save your preferences first.');
    return row.program;
  }

  private async lockOwn(
    m: EntityManager,
    id: string,
    column: 'sponsor_id' | 'sponsee_id',
    userId: string,
    status: string,
    wrongStatus: string,
  ): Promise<SponsorshipLock> {
    const [row]: SponsorshipLock[] = await m.query(
      `SELECT id, sponsor_id, sponsee_id, program, status, temporary, checkin_due_at
         FROM sponsorships WHERE id = $1 AND ${column} = $2 FOR UPDATE`,
      [id, userId],
    );
    if (!row) throw notFound('There is no such request of yours.');
    if (row.status !== status) throw conflict(wrongStatus);
    return row;
  }

  private async lockMember(m: EntityManager, id: string, userId: string): Promise<SponsorshipLock> {
    const [row]: SponsorshipLock[] = await m.query(
      `SELECT id, sponsor_id, sponsee_id, program, status, temporary, checkin_due_at
         FROM sponsorships WHERE id = $1 AND (sponsor_id = $2 OR sponsee_id = $2) FOR UPDATE`,
      [id, userId],
    );
    if (!row) throw notFound('There is no such sponsorship of yours.');
    return row;
  }
}

interface SponsorshipLock {
  id: string;
  sponsor_id: string;
  sponsee_id: string;
  program: SponsorshipProgram;
  status: string;
  temporary: boolean;
  checkin_due_at: Date | null;
}
