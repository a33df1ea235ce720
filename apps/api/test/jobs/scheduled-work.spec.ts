import { DataSource } from 'typeorm';
import { JobRunner, type MemberMail, type MemberMailMessage } from '@kinship/api/core';
import { ExpiryJob } from '@kinship/api/identity';
import { MeetingRemindersService, WeeklyDigestService } from '@kinship/api/meetings';
import { CheckInJob } from '@kinship/api/sponsorship';
import { registerMember, setRole } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { importFeed, mg } from '../meetings/support';

type Member = Awaited<ReturnType<typeof registerMember>>;

describe('scheduled jobs', () => {
  let app: TestApp;
  let db: DataSource;
  const sql = (text: string, params: unknown[] = []) => db.query(text, params);

  beforeAll(async () => {
    app = await startTestApp();
    db = app.running.app.get(DataSource);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function temporarySponsorship(a: Member, b: Member, dueAt: string): Promise<string> {
    const [row] = await sql(
      `INSERT INTO sponsorships (sponsor_id, sponsee_id, program, status, temporary, started_at, checkin_due_at)
       VALUES ($1, $2, 'NA', 'active', true, $3::timestamptz - interval '90 days', $3) RETURNING id`,
      [a.id, b.id, dueAt],
    );
    return row.id;
  }

  it('stores the 90-day check-in for both members at its due time, once', async () => {
    const [a, b] = [await registerMember(app), await registerMember(app)];
    const id = await temporarySponsorship(a, b, '2031-05-01T12:00:00Z');
    const job = app.running.app.get(CheckInJob);
    expect(await job.storeDue(new Date('2031-05-01T11:59:59Z'))).toEqual([]);
    const stored = await job.storeDue(new Date('2031-05-01T12:00:00Z'));
    expect(stored.map((n) => n.userId).sort()).toEqual([a.id, b.id].sort());
    expect(stored.every((n) => n.sponsorshipId === id && n.kind === 'checkin_due')).toBe(true);
    expect(await job.storeDue(new Date('2031-05-01T12:01:00Z'))).toEqual([]);
    const rows = await sql(`SELECT user_id FROM sponsorship_notifications WHERE sponsorship_id = $1`, [id]);
    expect(rows).toHaveLength(2);
  });

  describe('meeting reminders', () => {
    const SET = `mutation ($m: ID!, $n: Int) { setMeetingReminder(meetingId: $m, minutesBefore: $n) }`;
    let member: Member;
    let meetingId: string;

    beforeAll(async () => {
      member = await registerMember(app);
      // Sundays at 10:00 in New York
      await importFeed(app, [mg('sunday-ny', { day: 0, time: '10:00', end_time: '11:00' })], {
        source: 'reminders',
      });
      [{ id: meetingId }] = await sql(`SELECT id FROM meetings WHERE slug = 'sunday-ny'`);
    });

    it('are only for saved meetings and take 15, 30, 60 or 120 minutes', async () => {
      const notSaved = await app.gql(SET, { m: meetingId, n: 60 }, { token: member.token });
      expect(notSaved.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
      await app.gql(
        `mutation ($m: ID!) { saveMeeting(meetingId: $m) { id } }`,
        { m: meetingId },
        {
          token: member.token,
        },
      );
      const odd = await app.gql(SET, { m: meetingId, n: 45 }, { token: member.token });
      expect(odd.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(odd.errors?.[0].extensions)).toContain('minutesBefore');
      const ok = await app.gql(SET, { m: meetingId, n: 60 }, { token: member.token });
      expect(ok.data).toEqual({ setMeetingReminder: 60 });
      const settings = await app.gql(
        `{ myMeetingReminderSettings { meetingId minutesBefore } }`,
        {},
        {
          token: member.token,
        },
      );
      expect(settings.data).toEqual({ myMeetingReminderSettings: [{ meetingId, minutesBefore: 60 }] });
    });

    it('fire at the right instant on the Sunday daylight saving starts, once', async () => {
      const reminders = app.running.app.get(MeetingRemindersService);
      // 2030-03-10: clocks go from 02:00 EST to 03:00 EDT, so 10:00 that day is 14:00 UTC (15:00 a week before)
      expect(await reminders.sendDue(new Date('2030-03-10T12:59:00Z'))).toEqual([]);
      const due = await reminders.sendDue(new Date('2030-03-10T13:00:00Z'));
      expect(due).toEqual([{ userId: member.id, meetingId, startsAt: new Date('2030-03-10T14:00:00Z') }]);
      expect(await reminders.sendDue(new Date('2030-03-10T13:30:00Z'))).toEqual([]);
      // a week before, still on standard time: 10:00 EST is 15:00 UTC
      expect(await reminders.sendDue(new Date('2030-03-03T13:00:00Z'))).toEqual([]);
      expect(await reminders.sendDue(new Date('2030-03-03T14:00:00Z'))).toEqual([
        { userId: member.id, meetingId, startsAt: new Date('2030-03-03T15:00:00Z') },
      ]);
    });
  });

  it('sends the weekly digest only to members who opted in, once on their Sunday evening', async () => {
    const sent: { memberId: string; message: MemberMailMessage }[] = [];
    const mail: MemberMail = {
      sendToMember: async (memberId, message) => {
        sent.push({ memberId, message });
        return true;
      },
    };
    const digest = new WeeklyDigestService(db, app.running.app.get(JobRunner), mail);
    const [inTokyo, optedOut] = [await registerMember(app), await registerMember(app)];
    await sql(`UPDATE users SET weekly_digest = false`);
    const on = await app.gql(`mutation { setWeeklyDigest(enabled: true) }`, {}, { token: inTokyo.token });
    expect(on.data).toEqual({ setWeeklyDigest: true });
    await sql(`UPDATE users SET time_zone = 'Asia/Tokyo' WHERE id = $1`, [inTokyo.id]);
    await importFeed(app, [mg('tuesday-ny', { day: 2, time: '19:00', end_time: '20:00' })], {
      source: 'digest',
    });
    await sql(
      `INSERT INTO saved_meetings (user_id, meeting_id) SELECT $1, id FROM meetings WHERE slug = 'tuesday-ny'`,
      [inTokyo.id],
    );
    const account = await app.gql<{ me: { weeklyDigest: boolean } }>(
      `{ me { weeklyDigest } }`,
      {},
      {
        token: inTokyo.token,
      },
    );
    expect(account.data?.me.weeklyDigest).toBe(true);

    // Sunday 2030-06-02 16:59 in Tokyo is 07:59 UTC: not yet
    expect(await digest.sendDue(new Date('2030-06-02T07:59:00Z'))).toEqual([]);
    expect(await digest.sendDue(new Date('2030-06-02T08:00:00Z'))).toEqual([inTokyo.id]);
    expect(await digest.sendDue(new Date('2030-06-02T09:00:00Z'))).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      memberId: inTokyo.id,
      message: {
        template: 'weekly-digest',
        data: {
          // Tuesday 19:00 EDT
          meetings: [
            {
              name: 'Meeting tuesday-ny',
              startsAt: '2030-06-04T23:00:00.000Z',
              timeZone: 'America/New_York',
            },
          ],
          unreadMessages: 0,
        },
      },
    });
    expect(sent.some((s) => s.memberId === optedOut.id)).toBe(false);
    // the next Sunday it goes again
    expect(await digest.sendDue(new Date('2030-06-09T08:00:00Z'))).toEqual([inTokyo.id]);
  });

  it('expires ended sessions, old read notifications and expired email tokens', async () => {
    const m = await registerMember(app);
    const [{ id: live }] = await sql(`SELECT id FROM sessions WHERE user_id = $1`, [m.id]);
    const [{ id: old }] = await sql(
      `INSERT INTO sessions (user_id, created_at, revoked_at) VALUES ($1, now() - interval '60 days', now() - interval '31 days') RETURNING id`,
      [m.id],
    );
    const [{ id: recent }] = await sql(
      `INSERT INTO sessions (user_id, revoked_at) VALUES ($1, now() - interval '1 day') RETURNING id`,
      [m.id],
    );
    const expiry = app.running.app.get(ExpiryJob);
    expect((await expiry.run(new Date())).emailTokens).toBe(0); // only fresh links so far: nothing to do
    const left = (await sql(`SELECT id FROM sessions WHERE user_id = $1`, [m.id])).map(
      (r: { id: string }) => r.id,
    );
    expect(left.sort()).toEqual([live, recent].sort());
    expect(left).not.toContain(old);

    await sql(
      `INSERT INTO email_tokens (account_id, purpose, token_hash, expires_at)
       VALUES ($1, 'password_reset', repeat('a', 64), now() - interval '1 minute'),
              ($1, 'password_reset', repeat('b', 64), now() + interval '1 hour')`,
      [m.id],
    );
    expect((await expiry.run(new Date())).emailTokens).toBe(1);
    expect(await sql(`SELECT id FROM email_tokens WHERE expires_at < now()`)).toHaveLength(0);

    const [a, b] = [await registerMember(app), await registerMember(app)];
    await sql(
      `INSERT INTO sponsorship_notifications (user_id, kind, actor_id, read_at)
       VALUES ($1, 'request_declined', $2, now() - interval '91 days'),
              ($1, 'request_declined', $2, now() - interval '89 days'),
              ($1, 'request_declined', $2, NULL)`,
      [a.id, b.id],
    );
    expect(await app.running.app.get(CheckInJob).deleteOldRead(new Date())).toBe(1);
    expect(await sql(`SELECT id FROM sponsorship_notifications WHERE user_id = $1`, [a.id])).toHaveLength(2);
  });

  it('shows admins the job queues, and no one else', async () => {
    const QUERY = `{ adminJobsStatus { working queues { name schedule waiting failed lastError } failures { queue } } }`;
    const member = await registerMember(app);
    const refused = await app.gql(QUERY, {}, { token: member.token });
    expect(refused.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    await setRole(app, member.id, 'admin');
    const res = await app.gql<{ adminJobsStatus: { working: boolean; queues: { name: string }[] } }>(
      QUERY,
      {},
      { token: member.token },
    );
    expect(res.data?.adminJobsStatus.working).toBe(false);
    expect(res.data?.adminJobsStatus.queues.map((q) => q.name)).toEqual(
      expect.arrayContaining([
        'sponsorship.check-ins',
        'meetings.reminders',
        'meetings.weekly-digest',
        'identity.expiry',
        'sponsorship.expire-notifications',
      ]),
    );
  });
});
