import { Inject, Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobRunner, MEMBER_MAIL, type MemberMail } from '@kinship/api/core';

export const WEEKLY_DIGEST_JOB = 'meetings.weekly-digest';

/** Sunday, from this hour in the member's own zone (UTC when they saved none). */
export const DIGEST_LOCAL_HOUR = 17;

/** One meeting in the digest: its name, the start (ISO, UTC) and the meeting's own zone. */
export type DigestMeeting = Record<'name' | 'startsAt' | 'timeZone', string>;

/**
 * The weekly digest (opt-in, `weeklyDigest` on the account): on Sunday evening in the member's own zone,
 * their saved meetings for the coming seven days and how many private messages wait unread, by email
 * through MEMBER_MAIL (template `weekly-digest`). Nothing is sent when mail is not set up. An hourly job
 * claims each member's Sunday (`weekly_digest_sent_on`) before sending, so a digest goes out at most once a
 * week however many nodes run the job.
 */
@Injectable()
export class WeeklyDigestService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
    @Optional() @Inject(MEMBER_MAIL) private readonly mail: MemberMail | null,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: WEEKLY_DIGEST_JOB,
      cron: '5 * * * *',
      retryLimit: 3,
      handler: async () => {
        await this.sendDue(new Date());
      },
    });
  }

  /** Sends the digest to every opted-in member whose Sunday evening has come at `now`; returns who got one. */
  async sendDue(now: Date): Promise<string[]> {
    if (!this.mail) return [];
    // an UPDATE answers [rows, count]
    const [claimed]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE users u SET weekly_digest_sent_on = l.local_date
         FROM (SELECT id, ($1::timestamptz AT TIME ZONE coalesce(time_zone, 'UTC')) AS local_now
                 FROM users WHERE weekly_digest) z
         CROSS JOIN LATERAL (SELECT z.local_now::date AS local_date) l
        WHERE u.id = z.id AND extract(dow FROM z.local_now) = 0
          AND extract(hour FROM z.local_now) >= $2
          AND (u.weekly_digest_sent_on IS NULL OR u.weekly_digest_sent_on < l.local_date)
       RETURNING u.id`,
      [now.toISOString(), DIGEST_LOCAL_HOUR],
    );
    const sent: string[] = [];
    for (const { id } of claimed) {
      const ok = await this.mail.sendToMember(id, {
        template: 'weekly-digest',
        data: { meetings: await this.weekAhead(id, now), unreadMessages: await this.unreadMessages(id) },
      });
      if (ok) sent.push(id);
    }
    return sent;
  }

  /** The member's saved, published meetings starting in the seven days after `now`, soonest first. */
  async weekAhead(userId: string, now: Date): Promise<DigestMeeting[]> {
    const rows: { name: string; starts_at: Date; time_zone: string }[] = await this.dataSource.query(
      `SELECT m.name, o.starts_at, m.time_zone
         FROM saved_meetings s
         JOIN meetings m ON m.id = s.meeting_id AND m.published
         CROSS JOIN generate_series(-1, 8) AS d(n)
         CROSS JOIN LATERAL (SELECT ($1::timestamptz AT TIME ZONE m.time_zone)::date + d.n AS local_date) l
         CROSS JOIN LATERAL (
           SELECT (l.local_date + make_interval(mins => m.start_minute)) AT TIME ZONE m.time_zone AS starts_at
         ) o
        WHERE s.user_id = $2 AND extract(dow FROM l.local_date)::smallint = ANY (m.days)
          AND o.starts_at > $1::timestamptz AND o.starts_at <= $1::timestamptz + interval '7 days'
        ORDER BY o.starts_at, m.name
        LIMIT 100`,
      [now.toISOString(), userId],
    );
    return rows.map((r) => ({ name: r.name, startsAt: r.starts_at.toISOString(), timeZone: r.time_zone }));
  }

  /** Private messages from the other member in the member's sponsorships that they have not read. */
  async unreadMessages(userId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n
         FROM sponsorships s JOIN sponsorship_messages msg ON msg.sponsorship_id = s.id
        WHERE msg.sender_id <> $1
          AND ((s.sponsor_id = $1 AND msg.seq > s.sponsor_read_seq)
            OR (s.sponsee_id = $1 AND msg.seq > s.sponsee_read_seq))`,
      [userId],
    );
    return n;
  }
}
