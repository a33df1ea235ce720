import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings: programs, groups, weekly meetings with a stored, GiST-indexed earth position, members' saved
 * meetings, home groups and calendar feeds, group contacts and messages, the import log, and the SQL
 * functions that evaluate a meeting's weekly schedule in its own time zone.
 */
export class AddMeetings1795252861821 implements MigrationInterface {
  name = 'AddMeetings1795252861821';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE programs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(20) NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
        name varchar(120) NOT NULL CHECK (length(btrim(name)) > 0),
        url text,
        description varchar(1000) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO programs (code, name, url, description) VALUES
        ('NA', 'Narcotics Anonymous', 'https://na.org', 'A fellowship of people for whom drugs had become a major problem.'),
        ('AA', 'Alcoholics Anonymous', 'https://www.aa.org', 'A fellowship of people who share their experience to recover from alcoholism.'),
        ('SMART', 'SMART Recovery', 'https://smartrecovery.org', 'Science-based mutual help with trained facilitators and a 4-Point Program; welcoming to people on medication-assisted treatment.')`);

    await q.query(`
      CREATE TABLE meeting_types (
        code varchar(20) PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9-]*$'),
        names jsonb NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE meeting_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL,
        source_key text NOT NULL,
        name varchar(255) NOT NULL CHECK (length(btrim(name)) > 0),
        program_id uuid NOT NULL REFERENCES programs(id),
        notes text NOT NULL DEFAULT '',
        regions text[] NOT NULL DEFAULT '{}',
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        earth cube GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (source, source_key)
      )`);
    await q.query('CREATE INDEX meeting_groups_earth_idx ON meeting_groups USING gist (earth)');
    await q.query(
      'CREATE INDEX meeting_groups_name_trgm_idx ON meeting_groups USING gin (name gin_trgm_ops)',
    );

    await q.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL,
        source_key text NOT NULL,
        slug varchar(255) NOT NULL UNIQUE,
        name varchar(255) NOT NULL CHECK (length(btrim(name)) > 0),
        program_id uuid NOT NULL REFERENCES programs(id),
        group_id uuid REFERENCES meeting_groups(id) ON DELETE SET NULL,
        days smallint[] NOT NULL
          CHECK (cardinality(days) BETWEEN 1 AND 7 AND days <@ '{0,1,2,3,4,5,6}'::smallint[]),
        start_minute smallint NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
        duration_minutes smallint NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
        time_zone varchar(64) NOT NULL,
        types text[] NOT NULL DEFAULT '{}',
        notes text NOT NULL DEFAULT '',
        venue varchar(255),
        address text,
        city text,
        state text,
        postal_code text,
        country text,
        formatted_address text,
        location_notes text,
        regions text[] NOT NULL DEFAULT '{}',
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        approximate boolean NOT NULL DEFAULT false,
        earth cube GENERATED ALWAYS AS (CASE WHEN approximate THEN NULL ELSE ll_to_earth(latitude, longitude) END) STORED,
        conference_url text,
        conference_url_notes text,
        conference_phone text,
        conference_phone_notes text,
        attendance text NOT NULL CHECK (attendance IN ('IN_PERSON', 'ONLINE', 'HYBRID', 'INACTIVE')),
        url text,
        feedback_url text,
        extras jsonb NOT NULL DEFAULT '{}',
        published boolean NOT NULL DEFAULT true,
        search_text text NOT NULL DEFAULT '',
        content_hash text NOT NULL,
        source_updated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (source, source_key)
      )`);
    // The radius search: a GiST index on the stored earth position (earth_box prefilter, KNN for widening).
    await q.query('CREATE INDEX meetings_earth_idx ON meetings USING gist (earth)');
    await q.query('CREATE INDEX meetings_search_trgm_idx ON meetings USING gin (search_text gin_trgm_ops)');
    await q.query('CREATE INDEX meetings_types_idx ON meetings USING gin (types)');
    await q.query('CREATE INDEX meetings_group_id_idx ON meetings (group_id)');
    await q.query('CREATE INDEX meetings_program_id_idx ON meetings (program_id)');

    await q.query(`
      CREATE TABLE saved_meetings (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, meeting_id)
      )`);
    await q.query('CREATE INDEX saved_meetings_meeting_id_idx ON saved_meetings (meeting_id)');
    await q.query(`
      CREATE TABLE member_home_groups (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES meeting_groups(id) ON DELETE CASCADE,
        set_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE group_contacts (
        group_id uuid NOT NULL REFERENCES meeting_groups(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, user_id)
      )`);
    await q.query('CREATE INDEX group_contacts_user_id_idx ON group_contacts (user_id)');
    await q.query(`
      CREATE TABLE group_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES meeting_groups(id) ON DELETE CASCADE,
        sender_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        body varchar(2000) NOT NULL CHECK (length(btrim(body)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX group_messages_group_idx ON group_messages (group_id, created_at DESC)');
    await q.query('CREATE INDEX group_messages_sender_idx ON group_messages (sender_id, created_at DESC)');
    await q.query(`
      CREATE TABLE meeting_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL,
        format text NOT NULL,
        created integer NOT NULL,
        updated integer NOT NULL,
        unchanged integer NOT NULL,
        unpublished integer NOT NULL,
        imported_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // The start of the occurrence that is in progress at p_at, or else the next one: the weekly local
    // time is placed on real local dates in the meeting's zone, so daylight-saving changes and weekday
    // wrap (a Saturday 23:30 meeting running past midnight) come out right.
    await q.query(`
      CREATE FUNCTION meeting_next_start(
        p_days smallint[], p_start_minute smallint, p_duration_minutes smallint, p_tz text, p_at timestamptz
      ) RETURNS timestamptz LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT min(s.start_at)
          FROM generate_series(-1, 7) AS o(d)
          CROSS JOIN LATERAL (SELECT (p_at AT TIME ZONE p_tz)::date + o.d AS local_date) l
          CROSS JOIN LATERAL (
            SELECT (l.local_date + make_interval(mins => p_start_minute)) AT TIME ZONE p_tz AS start_at
          ) s
         WHERE extract(dow FROM l.local_date)::smallint = ANY (p_days)
           AND s.start_at + make_interval(mins => p_duration_minutes) > p_at
      $$`);
    // True when one of the meeting's occurrences in the week around p_at starts, seen in p_viewer_tz, on
    // one of p_want_days (NULL: any day) at a minute of the day in [p_from, p_to) (NULL: any time; the
    // window wraps midnight when p_from > p_to).
    await q.query(`
      CREATE FUNCTION meeting_occurs_in(
        p_days smallint[], p_start_minute smallint, p_tz text, p_viewer_tz text, p_at timestamptz,
        p_want_days smallint[], p_from integer, p_to integer
      ) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
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
        )
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION meeting_occurs_in');
    await q.query('DROP FUNCTION meeting_next_start');
    await q.query('DROP TABLE meeting_imports');
    await q.query('DROP TABLE group_messages');
    await q.query('DROP TABLE group_contacts');
    await q.query('DROP TABLE calendar_feeds');
    await q.query('DROP TABLE member_home_groups');
    await q.query('DROP TABLE saved_meetings');
    await q.query('DROP TABLE meetings');
    await q.query('DROP TABLE meeting_groups');
    await q.query('DROP TABLE meeting_types');
    await q.query('DROP TABLE programs');
  }
}
