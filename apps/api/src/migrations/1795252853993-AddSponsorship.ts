import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sponsorship: eligibility rules per program, sponsor/mentor profiles, seekers' preferences, requests and
 * relationships, private messages, notifications and blocks.
 *
 * Privacy in the schema itself: clean dates are kept as entered (only their owner reads them) next to a
 * month-rounded `clean_time_from` that every member-facing figure is computed from; areas are stored only
 * as grid-cell centres (the service snaps them before they get here). Weekly availability is kept as
 * minutes of the week (0 = Sunday 00:00) in the member's own zone and, for matching, shifted to UTC.
 */
export class AddSponsorship1795252853993 implements MigrationInterface {
  name = 'AddSponsorship1795252853993';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sponsorship_rules (
        program text PRIMARY KEY CHECK (program ~ '^[A-Z_]{2,24}$'),
        kind text NOT NULL CHECK (kind IN ('sponsor', 'mentor')),
        min_clean_days integer NOT NULL CHECK (min_clean_days BETWEEN 0 AND 3650),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The defaults: a year of clean time everywhere (see README, "Sponsorship"); admins can change them.
    await q.query(`
      INSERT INTO sponsorship_rules (program, kind, min_clean_days) VALUES
        ('NA', 'sponsor', 365), ('AA', 'sponsor', 365), ('CA', 'sponsor', 365), ('CMA', 'sponsor', 365),
        ('HA', 'sponsor', 365), ('SMART', 'mentor', 365), ('RECOVERY_DHARMA', 'mentor', 365)`);

    // Minutes of the week shifted by `delta`, wrapped into [0, 10080).
    await q.query(`
      CREATE FUNCTION kinship_week_shift(m int4multirange, delta integer) RETURNS int4multirange
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(range_agg(p), '{}'::int4multirange) FROM (
          SELECT int4range(lower(r) + delta + k, upper(r) + delta + k) * int4range(0, 10080) AS p
            FROM unnest(m) AS r, (VALUES (-10080), (0), (10080)) AS w(k)
        ) s WHERE NOT isempty(p)
      $$`);
    await q.query(`
      CREATE FUNCTION kinship_week_minutes(m int4multirange) RETURNS integer
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(sum(upper(r) - lower(r)), 0)::integer FROM unnest(m) AS r
      $$`);
    // The zone's offset from UTC right now, in minutes (America/New_York in winter: -300).
    await q.query(`
      CREATE FUNCTION kinship_tz_offset_minutes(tz text) RETURNS integer
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT (extract(epoch FROM (now() AT TIME ZONE tz) - (now() AT TIME ZONE 'UTC')) / 60)::integer
      $$`);

    await q.query(`
      CREATE TABLE sponsor_profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        programs text[] NOT NULL CHECK (cardinality(programs) BETWEEN 1 AND 7),
        clean_date date NOT NULL,
        clean_time_from date GENERATED ALWAYS AS
          ((clean_date - extract(day FROM clean_date)::integer + 1 + interval '1 month')::date) STORED,
        clean_month_index integer GENERATED ALWAYS AS
          ((extract(year FROM clean_date) * 12 + extract(month FROM clean_date))::integer) STORED,
        languages text[] NOT NULL DEFAULT '{}',
        gender text CHECK (gender IN ('woman', 'man', 'nonbinary')),
        sponsors_genders text[] NOT NULL DEFAULT '{}',
        time_zone varchar(64) NOT NULL,
        availability_local int4multirange NOT NULL DEFAULT '{}',
        availability_utc int4multirange NOT NULL DEFAULT '{}',
        utc_offset_minutes integer NOT NULL DEFAULT 0,
        area_lat double precision,
        area_lng double precision,
        area_earth cube GENERATED ALWAYS AS (ll_to_earth(area_lat, area_lng)) STORED,
        home_group_id varchar(64),
        meeting_ids text[] NOT NULL DEFAULT '{}',
        mat_comfortable boolean NOT NULL DEFAULT false,
        bio varchar(500) NOT NULL DEFAULT '',
        capacity smallint NOT NULL CHECK (capacity BETWEEN 1 AND 10),
        active_sponsees smallint NOT NULL DEFAULT 0 CHECK (active_sponsees >= 0),
        accepting boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((area_lat IS NULL) = (area_lng IS NULL))
      )`);
    await q.query(
      'CREATE INDEX sponsor_profiles_programs_idx ON sponsor_profiles USING gin (programs) WHERE accepting',
    );

    await q.query(`
      CREATE TABLE seeker_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        program text NOT NULL REFERENCES sponsorship_rules(program),
        languages text[] NOT NULL DEFAULT '{}',
        gender text CHECK (gender IN ('woman', 'man', 'nonbinary')),
        preferred_genders text[] NOT NULL DEFAULT '{}',
        on_mat boolean NOT NULL DEFAULT false,
        remote_only boolean NOT NULL DEFAULT false,
        area_lat double precision,
        area_lng double precision,
        area_earth cube GENERATED ALWAYS AS (ll_to_earth(area_lat, area_lng)) STORED,
        time_zone varchar(64) NOT NULL,
        availability_local int4multirange NOT NULL DEFAULT '{}',
        home_group_id varchar(64),
        meeting_ids text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((area_lat IS NULL) = (area_lng IS NULL))
      )`);

    await q.query(`
      CREATE TABLE sponsorships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sponsor_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        sponsee_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        program text NOT NULL REFERENCES sponsorship_rules(program),
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'active', 'declined', 'withdrawn', 'ended')),
        temporary boolean NOT NULL DEFAULT false,
        request_message varchar(1000) NOT NULL DEFAULT '',
        decline_reason varchar(500),
        end_reason varchar(500),
        ended_by uuid REFERENCES users(id) ON DELETE SET NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        responded_at timestamptz,
        started_at timestamptz,
        ended_at timestamptz,
        checkin_due_at timestamptz,
        sponsor_checked_in_at timestamptz,
        sponsee_checked_in_at timestamptz,
        sponsor_wants_permanent boolean NOT NULL DEFAULT false,
        sponsee_wants_permanent boolean NOT NULL DEFAULT false,
        last_seq bigint NOT NULL DEFAULT 0,
        sponsor_read_seq bigint NOT NULL DEFAULT 0,
        sponsee_read_seq bigint NOT NULL DEFAULT 0,
        CHECK (sponsor_id <> sponsee_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX sponsorships_open_pair_idx ON sponsorships (sponsor_id, sponsee_id)
                    WHERE status IN ('pending', 'active')`);
    await q.query(`CREATE UNIQUE INDEX sponsorships_one_per_program_idx ON sponsorships (sponsee_id, program)
                    WHERE status = 'active'`);
    await q.query('CREATE INDEX sponsorships_sponsor_idx ON sponsorships (sponsor_id, status)');
    await q.query('CREATE INDEX sponsorships_sponsee_idx ON sponsorships (sponsee_id, status)');

    // A sponsor's count of active sponsees follows the relationships (capacity is a hard constraint).
    await q.query(`
      CREATE FUNCTION kinship_sponsorship_recount() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE sponsor_profiles SET active_sponsees =
            (SELECT count(*) FROM sponsorships WHERE sponsor_id = OLD.sponsor_id AND status = 'active')
           WHERE user_id = OLD.sponsor_id;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
          UPDATE sponsor_profiles SET active_sponsees =
            (SELECT count(*) FROM sponsorships WHERE sponsor_id = NEW.sponsor_id AND status = 'active')
           WHERE user_id = NEW.sponsor_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER sponsorships_recount AFTER INSERT OR DELETE OR UPDATE OF status
                    ON sponsorships FOR EACH ROW EXECUTE FUNCTION kinship_sponsorship_recount()`);

    await q.query(`
      CREATE TABLE sponsorship_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sponsorship_id uuid NOT NULL REFERENCES sponsorships(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        sender_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        client_id uuid NOT NULL,
        body varchar(2000) NOT NULL CHECK (length(body) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (sponsorship_id, seq),
        UNIQUE (sponsorship_id, sender_id, client_id)
      )`);

    await q.query(`
      CREATE TABLE sponsorship_notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('request_received', 'request_accepted', 'request_declined',
          'request_withdrawn', 'sponsorship_ended', 'checkin_due', 'member_left')),
        sponsorship_id uuid REFERENCES sponsorships(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        due_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(
      'CREATE INDEX sponsorship_notifications_user_idx ON sponsorship_notifications (user_id, seq DESC)',
    );
    await q.query(`CREATE UNIQUE INDEX sponsorship_notifications_checkin_idx
                    ON sponsorship_notifications (user_id, sponsorship_id, due_at) WHERE kind = 'checkin_due'`);

    await q.query(`
      CREATE TABLE sponsorship_blocks (
        blocker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        blocked_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (blocker_id, blocked_id),
        CHECK (blocker_id <> blocked_id)
      )`);
    await q.query('CREATE INDEX sponsorship_blocks_blocked_idx ON sponsorship_blocks (blocked_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE sponsorship_blocks');
    await q.query('DROP TABLE sponsorship_notifications');
    await q.query('DROP TABLE sponsorship_messages');
    await q.query('DROP TRIGGER sponsorships_recount ON sponsorships');
    await q.query('DROP FUNCTION kinship_sponsorship_recount()');
    await q.query('DROP TABLE sponsorships');
    await q.query('DROP TABLE seeker_preferences');
    await q.query('DROP TABLE sponsor_profiles');
    await q.query('DROP FUNCTION kinship_tz_offset_minutes(text)');
    await q.query('DROP FUNCTION kinship_week_minutes(int4multirange)');
    await q.query('DROP FUNCTION kinship_week_shift(int4multirange, integer)');
    await q.query('DROP TABLE sponsorship_rules');
  }
}
