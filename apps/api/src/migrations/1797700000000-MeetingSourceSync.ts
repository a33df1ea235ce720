import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sources kept in sync: a source's kind (Meeting Guide feed, BMLT root server with service bodies, CSV),
 * its grace period, a history of runs, and on meetings when they went missing from their source and the
 * fields an admin edited here (`overrides` maps each edited field to the value the source gives for it).
 */
export class MeetingSourceSync1797700000000 implements MigrationInterface {
  name = 'MeetingSourceSync1797700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_sources
                     ADD COLUMN kind text CHECK (kind IN ('MEETING_GUIDE', 'BMLT', 'CSV')),
                     ADD COLUMN service_body_ids integer[] NOT NULL DEFAULT '{}',
                     ADD COLUMN grace_days integer NOT NULL DEFAULT 14 CHECK (grace_days BETWEEN 0 AND 365)`);
    await q.query(`UPDATE meeting_sources SET kind = CASE format WHEN 'BMLT' THEN 'BMLT'
                     WHEN 'TSML_CSV' THEN 'CSV' WHEN 'MEETING_GUIDE' THEN 'MEETING_GUIDE' END`);
    await q.query(`
      CREATE TABLE meeting_source_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_id uuid NOT NULL REFERENCES meeting_sources(id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'OK', 'FAILED')),
        forced boolean NOT NULL DEFAULT false,
        added integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        unchanged integer NOT NULL DEFAULT 0,
        missing integer NOT NULL DEFAULT 0,
        unpublished integer NOT NULL DEFAULT 0,
        republished integer NOT NULL DEFAULT 0,
        row_errors jsonb NOT NULL DEFAULT '[]',
        error text
      )`);
    await q.query(
      'CREATE INDEX meeting_source_runs_source_idx ON meeting_source_runs (source_id, started_at DESC)',
    );
    await q.query(`ALTER TABLE meetings
                     ADD COLUMN missing_since timestamptz,
                     ADD COLUMN overrides jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE meetings DROP COLUMN overrides, DROP COLUMN missing_since');
    await q.query('DROP TABLE meeting_source_runs');
    await q.query(`ALTER TABLE meeting_sources
                     DROP COLUMN grace_days, DROP COLUMN service_body_ids, DROP COLUMN kind`);
  }
}
