import type { MigrationInterface, QueryRunner } from 'typeorm';

const NEXT_START_ARGS =
  'p_days smallint[], p_start_minute smallint, p_duration_minutes smallint, p_tz text, p_at timestamptz';
const OCCURS_IN_ARGS =
  'p_days smallint[], p_start_minute smallint, p_tz text, p_viewer_tz text, p_at timestamptz, ' +
  'p_want_days smallint[], p_from integer, p_to integer';

const NEXT_START_QUERY = `
  SELECT min(s.start_at)
    FROM generate_series(-1, 7) AS o(d)
    CROSS JOIN LATERAL (SELECT (p_at AT TIME ZONE p_tz)::date + o.d AS local_date) l
    CROSS JOIN LATERAL (
      SELECT (l.local_date + make_interval(mins => p_start_minute)) AT TIME ZONE p_tz AS start_at
    ) s
   WHERE extract(dow FROM l.local_date)::smallint = ANY (p_days)
     AND s.start_at + make_interval(mins => p_duration_minutes) > p_at`;

const OCCURS_IN_QUERY = `
  SELECT EXISTS (
    SELECT 1
      FROM generate_series(-1, 7) AS o(d)
      CROSS JOIN LATERAL (SELECT (p_at AT TIME ZONE p_tz)::date + o.d AS local_date) l
      CROSS JOIN LATERAL (
        SELECT ((l.local_date + make_interval(mins => p_start_minute)) AT TIME ZONE p_tz)
                 AT TIME ZONE p_viewer_tz AS seen
      ) v
      CROSS JOIN LATERAL (
        SELECT extract(hour FROM v.seen)::int * 60 + extract(minute FROM v.seen)::int AS minute_of_day
      ) mm
     WHERE extract(dow FROM l.local_date)::smallint = ANY (p_days)
       AND (p_want_days IS NULL OR extract(dow FROM v.seen)::smallint = ANY (p_want_days))
       AND (
         p_from IS NULL OR p_to IS NULL
         OR (p_from <= p_to AND mm.minute_of_day >= p_from AND mm.minute_of_day < p_to)
         OR (p_from > p_to AND (mm.minute_of_day >= p_from OR mm.minute_of_day < p_to))
       )
  )`;

/**
 * One meeting with a zone PostgreSQL does not know (a legacy name, or one a tzdata upgrade removed) can no
 * longer make every search fail: the two schedule functions answer NULL / false for that meeting instead
 * of raising, so searches skip it. Rows with the two names tzdata removed get their current names.
 *
 * Meetings also remember whether their end time (or duration) was given by the source or an admin, so the
 * Meeting Guide feed publishes `end_time` only then. Existing meetings with a duration other than the
 * one-hour default certainly had one.
 */
export class MeetingsTimeZonesAndSourceFields1796406682034 implements MigrationInterface {
  name = 'MeetingsTimeZonesAndSourceFields1796406682034';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION meeting_next_start(${NEXT_START_ARGS})
      RETURNS timestamptz LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
      BEGIN
        RETURN (${NEXT_START_QUERY});
      EXCEPTION WHEN invalid_parameter_value THEN
        RETURN NULL; -- a time zone PostgreSQL does not know
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION meeting_occurs_in(${OCCURS_IN_ARGS})
      RETURNS boolean LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
      BEGIN
        RETURN (${OCCURS_IN_QUERY});
      EXCEPTION WHEN invalid_parameter_value THEN
        RETURN false; -- a time zone PostgreSQL does not know
      END $$`);
    await q.query(`
      UPDATE meetings
         SET time_zone = CASE time_zone WHEN 'US/Pacific-New' THEN 'America/Los_Angeles' ELSE 'America/Regina' END
       WHERE time_zone IN ('US/Pacific-New', 'Canada/East-Saskatchewan')`);
    await q.query('ALTER TABLE meetings ADD COLUMN duration_given boolean NOT NULL DEFAULT false');
    await q.query('UPDATE meetings SET duration_given = true WHERE duration_minutes <> 60');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE meetings DROP COLUMN duration_given');
    await q.query(`
      CREATE OR REPLACE FUNCTION meeting_occurs_in(${OCCURS_IN_ARGS})
      RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$ ${OCCURS_IN_QUERY} $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION meeting_next_start(${NEXT_START_ARGS})
      RETURNS timestamptz LANGUAGE sql STABLE PARALLEL SAFE AS $$ ${NEXT_START_QUERY} $$`);
  }
}
