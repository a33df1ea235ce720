import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobRunner } from '@kinship/api/core';
import { NotificationsService, type StoredNotification } from './notifications.service';
import { SponsorshipNotificationKind as Kind } from './notification.models';

export const CHECK_INS_JOB = 'sponsorship.check-ins';
export const OLD_NOTIFICATIONS_JOB = 'sponsorship.expire-notifications';
/** Read notifications are deleted this many days after they were read. */
export const READ_NOTIFICATION_DAYS = 90;

/**
 * The 90-day check-in of a temporary sponsorship, on time: every minute a job stores the prompt for both
 * members of each sponsorship whose check-in has come due (at most once per due date: the unique index on
 * user, sponsorship and due date) and pushes it to their open pages. Reading notifications still stores
 * any prompt the job has not reached yet. A second daily job deletes notifications read long ago.
 */
@Injectable()
export class CheckInJob implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: CHECK_INS_JOB,
      cron: '* * * * *',
      retryLimit: 2,
      retryDelaySeconds: 10,
      expireInSeconds: 5 * 60,
      handler: async () => {
        await this.storeDue(new Date());
      },
    });
    this.jobs.define({
      name: OLD_NOTIFICATIONS_JOB,
      cron: '23 3 * * *',
      handler: async () => {
        await this.deleteOldRead(new Date());
      },
    });
  }

  /** Stores and publishes every check-in prompt due at `now` that is not stored yet. */
  async storeDue(now: Date): Promise<StoredNotification[]> {
    const rows: {
      id: string;
      user_id: string;
      sponsorship_id: string;
      actor_id: string;
      created_at: Date;
    }[] = await this.dataSource.query(
      `INSERT INTO sponsorship_notifications (user_id, kind, sponsorship_id, actor_id, due_at)
       SELECT p.user_id, 'checkin_due', s.id, p.other_id, s.checkin_due_at
         FROM sponsorships s
         CROSS JOIN LATERAL (VALUES (s.sponsor_id, s.sponsee_id, s.sponsor_checked_in_at),
                                    (s.sponsee_id, s.sponsor_id, s.sponsee_checked_in_at))
              AS p(user_id, other_id, checked_in_at)
        WHERE s.status = 'active' AND s.temporary AND s.checkin_due_at <= $1::timestamptz
          AND p.checked_in_at IS NULL
       ON CONFLICT DO NOTHING
       RETURNING id, user_id, sponsorship_id, actor_id, created_at`,
      [now.toISOString()],
    );
    const stored = rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      kind: Kind.CHECKIN_DUE,
      sponsorshipId: r.sponsorship_id,
      actorId: r.actor_id,
      createdAt: r.created_at,
    }));
    this.notifications.publish(stored);
    return stored;
  }

  /** Deletes notifications read more than READ_NOTIFICATION_DAYS before `now`; returns how many. */
  async deleteOldRead(now: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM sponsorship_notifications
        WHERE read_at < $1::timestamptz - make_interval(days => $2)`,
      [now.toISOString(), READ_NOTIFICATION_DAYS],
    );
    return count;
  }
}
