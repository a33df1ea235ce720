import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the background jobs need: an opt-in reminder per saved meeting (and the reminders sent, which are
 * the in-app notices and make each one go out once), the weekly digest opt-in (and the week it last went
 * out), and meeting sources re-imported from a URL on an interval. pg-boss keeps its own tables in the
 * `pgboss` schema, created by pg-boss itself when the job runner starts.
 */
export class BackgroundJobs1797100000000 implements MigrationInterface {
  name = 'BackgroundJobs1797100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE saved_meetings
                     ADD COLUMN reminder_minutes smallint CHECK (reminder_minutes IN (15, 30, 60, 120))`);
    await q.query(`
      CREATE TABLE meeting_reminders (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        starts_at timestamptz NOT NULL,
        minutes_before smallint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        PRIMARY KEY (user_id, meeting_id, starts_at)
      )`);
    await q.query('CREATE INDEX meeting_reminders_meeting_idx ON meeting_reminders (meeting_id)');
    await q.query(`ALTER TABLE users
                     ADD COLUMN weekly_digest boolean NOT NULL DEFAULT false,
                     ADD COLUMN weekly_digest_sent_on date`);
    await q.query(`
      CREATE TABLE meeting_sources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL UNIQUE CHECK (url ~ '^https?://'),
        source text NOT NULL,
        format text,
        program_code text,
        every_hours integer NOT NULL CHECK (every_hours BETWEEN 1 AND 720),
        next_run_at timestamptz NOT NULL DEFAULT now(),
        last_run_at timestamptz,
        last_result text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE meeting_sources');
    await q.query('ALTER TABLE users DROP COLUMN weekly_digest_sent_on, DROP COLUMN weekly_digest');
    await q.query('DROP TABLE meeting_reminders');
    await q.query('ALTER TABLE saved_meetings DROP COLUMN reminder_minutes');
  }
}
