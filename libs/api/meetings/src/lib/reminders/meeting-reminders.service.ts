import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, JobRunner, MemberNotifier, notFound } from '@kinship/api/core';

/** How long before a meeting a member may ask to be reminded, in minutes. */
export const REMINDER_MINUTES = [15, 30, 60, 120] as const;

export const MEETING_REMINDERS_JOB = 'meetings.reminders';

export interface DueReminder {
  userId: string;
  meetingId: string;
  startsAt: Date;
}

export interface ReminderNotice {
  meetingId: string;
  meetingName: string;
  startsAt: Date;
  timeZone: string;
  minutesBefore: number;
  read: boolean;
}

/**
 * Opt-in reminders for saved meetings. A job checks every minute which reminders are due: the next start
 * of each meeting is placed on real local dates in the meeting's own zone (`meeting_next_start`, the same
 * SQL the search uses), so a reminder is right across daylight-saving changes. Each reminder is stored
 * once per occurrence (the in-app notice, and the guard that makes it go out once across nodes), then
 * sent through the member's notification channels.
 */
@Injectable()
export class MeetingRemindersService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
    private readonly notifier: MemberNotifier,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: MEETING_REMINDERS_JOB,
      cron: '* * * * *',
      retryLimit: 2,
      retryDelaySeconds: 10,
      expireInSeconds: 5 * 60,
      handler: async () => {
        await this.sendDue(new Date());
      },
    });
  }

  async setReminder(userId: string, meetingId: string, minutesBefore: number | null): Promise<number | null> {
    if (minutesBefore !== null && !(REMINDER_MINUTES as readonly number[]).includes(minutesBefore)) {
      const message = `minutesBefore must be one of ${REMINDER_MINUTES.join(', ')}, or null for no reminder`;
      throw badInput(message, { fields: [{ field: 'minutesBefore', message }] });
    }
    const [, affected]: [unknown, number] = await this.dataSource.query(
      'UPDATE saved_meetings SET reminder_minutes = $3 WHERE user_id = $1 AND meeting_id = $2',
      [userId, meetingId, minutesBefore],
    );
    if (!affected) throw notFound('Save the meeting first: reminders are for your saved meetings.');
    return minutesBefore;
  }

  async settings(userId: string): Promise<{ meetingId: string; minutesBefore: number }[]> {
    const rows: { meeting_id: string; reminder_minutes: number }[] = await this.dataSource.query(
      `SELECT meeting_id, reminder_minutes FROM saved_meetings
        WHERE user_id = $1 AND reminder_minutes IS NOT NULL ORDER BY created_at`,
      [userId],
    );
    return rows.map((r) => ({ meetingId: r.meeting_id, minutesBefore: r.reminder_minutes }));
  }

  /** The member's reminders for meetings that have not started more than an hour ago, soonest first. */
  async notices(userId: string): Promise<ReminderNotice[]> {
    const rows: {
      meeting_id: string;
      name: string;
      starts_at: Date;
      time_zone: string;
      minutes_before: number;
      read_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT r.meeting_id, m.name, r.starts_at, m.time_zone, r.minutes_before, r.read_at
         FROM meeting_reminders r JOIN meetings m ON m.id = r.meeting_id
        WHERE r.user_id = $1 AND r.starts_at > now() - interval '1 hour'
        ORDER BY r.starts_at LIMIT 50`,
      [userId],
    );
    return rows.map((r) => ({
      meetingId: r.meeting_id,
      meetingName: r.name,
      startsAt: r.starts_at,
      timeZone: r.time_zone,
      minutesBefore: r.minutes_before,
      read: r.read_at !== null,
    }));
  }

  /**
   * Records and sends every reminder due at `now` (its meeting's next start is at most its minutes away).
   * Safe to run again or on several nodes at once: an occurrence's reminder is stored, and sent, once.
   */
  async sendDue(now: Date): Promise<DueReminder[]> {
    const rows: { user_id: string; meeting_id: string; starts_at: Date }[] = await this.dataSource.query(
      `INSERT INTO meeting_reminders (user_id, meeting_id, starts_at, minutes_before)
       SELECT s.user_id, s.meeting_id, n.starts_at, s.reminder_minutes
         FROM saved_meetings s
         JOIN meetings m ON m.id = s.meeting_id AND m.published
         CROSS JOIN LATERAL (
           SELECT meeting_next_start(m.days, m.start_minute, 0::smallint, m.time_zone, $1::timestamptz)
             AS starts_at
         ) n
        WHERE s.reminder_minutes IS NOT NULL
          AND n.starts_at - make_interval(mins => s.reminder_minutes) <= $1::timestamptz
       ON CONFLICT DO NOTHING
       RETURNING user_id, meeting_id, starts_at`,
      [now.toISOString()],
    );
    // reminders of meetings long past are of no use in the app
    await this.dataSource.query(
      `DELETE FROM meeting_reminders WHERE starts_at < $1::timestamptz - interval '7 days'`,
      [now.toISOString()],
    );
    const due = rows.map((r) => ({ userId: r.user_id, meetingId: r.meeting_id, startsAt: r.starts_at }));
    for (const r of due)
      await this.notifier.notify(r.userId, { kind: 'meeting_reminder', refId: r.meetingId });
    return due;
  }
}
