import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group chat: rooms (topic rooms seeded; meeting and group rooms made on demand by key), memberships,
 * messages with a per-room gap-free sequence, reports, sanctions (timeouts and bans), word filters, and
 * the moderators' audit log, which the database itself keeps append-only.
 */
export class AddChat1795252903325 implements MigrationInterface {
  name = 'AddChat1795252903325';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE chat_rooms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text UNIQUE CHECK (key ~ '^(topic|meeting|group):[a-z0-9-]{1,64}$'),
        kind text NOT NULL CHECK (kind IN ('topic', 'meeting', 'group')),
        name varchar(80) NOT NULL CHECK (length(btrim(name)) >= 2),
        description varchar(300) NOT NULL DEFAULT '',
        visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'invite')),
        slow_mode_seconds integer NOT NULL DEFAULT 0 CHECK (slow_mode_seconds BETWEEN 0 AND 3600),
        last_seq bigint NOT NULL DEFAULT 0,
        last_mod_seq bigint NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE chat_room_members (
        room_id uuid NOT NULL REFERENCES chat_rooms(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'joined' CHECK (status IN ('invited', 'joined')),
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'moderator')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        last_posted_at timestamptz,
        PRIMARY KEY (room_id, user_id)
      )`);
    await q.query('CREATE INDEX chat_room_members_user_idx ON chat_room_members (user_id)');
    await q.query(`
      CREATE TABLE chat_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL REFERENCES chat_rooms(id) ON DELETE CASCADE,
        seq bigint,
        mod_seq bigint NOT NULL DEFAULT 0,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        client_id varchar(64),
        body text NOT NULL CHECK (length(body) <= 2000),
        status text NOT NULL CHECK (status IN ('visible', 'held', 'hidden', 'deleted')),
        status_reason text
          CHECK (status_reason IN ('filter', 'new_member_link', 'reports', 'moderator', 'account_deleted')),
        crisis text CHECK (crisis IN ('suicide', 'overdose')),
        needs_review boolean NOT NULL DEFAULT false,
        report_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (room_id, seq),
        UNIQUE (room_id, author_id, client_id),
        CHECK (seq IS NOT NULL OR status IN ('held', 'deleted'))
      )`);
    await q.query('CREATE INDEX chat_messages_author_idx ON chat_messages (author_id)');
    await q.query(
      'CREATE INDEX chat_messages_mod_seq_idx ON chat_messages (room_id, mod_seq) WHERE mod_seq > 0',
    );
    await q.query('CREATE INDEX chat_messages_review_idx ON chat_messages (created_at) WHERE needs_review');
    await q.query(`
      CREATE TABLE chat_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL REFERENCES chat_messages(id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reason text NOT NULL
          CHECK (reason IN ('harassment', 'hate', 'spam', 'private_info', 'someone_at_risk', 'other')),
        note varchar(500) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        UNIQUE (message_id, reporter_id)
      )`);
    await q.query('CREATE INDEX chat_reports_reporter_idx ON chat_reports (reporter_id)');
    await q.query(`
      CREATE TABLE chat_sanctions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        room_id uuid NOT NULL REFERENCES chat_rooms(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('timeout', 'ban')),
        reason varchar(500) NOT NULL,
        until timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        lifted_at timestamptz,
        lifted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        CHECK ((kind = 'timeout') = (until IS NOT NULL))
      )`);
    await q.query(
      'CREATE INDEX chat_sanctions_active_idx ON chat_sanctions (room_id, user_id) WHERE lifted_at IS NULL',
    );
    await q.query('CREATE INDEX chat_sanctions_user_idx ON chat_sanctions (user_id)');
    await q.query(`
      CREATE TABLE chat_filters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        room_id uuid REFERENCES chat_rooms(id) ON DELETE CASCADE,
        pattern varchar(100) NOT NULL CHECK (length(btrim(pattern)) >= 2),
        kind text NOT NULL CHECK (kind IN ('word', 'pattern')),
        action text NOT NULL CHECK (action IN ('block', 'hold')),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE UNIQUE INDEX chat_filters_unique_idx
        ON chat_filters (coalesce(room_id, '00000000-0000-0000-0000-000000000000'), lower(pattern), kind)`);

    await q.query(`
      CREATE TABLE chat_audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        action text NOT NULL,
        room_id uuid,
        target_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        target_message_id uuid,
        reason varchar(500) NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query('CREATE INDEX chat_audit_log_room_idx ON chat_audit_log (room_id, id)');
    await q.query('CREATE INDEX chat_audit_log_actor_idx ON chat_audit_log (actor_id)');
    await q.query('CREATE INDEX chat_audit_log_target_idx ON chat_audit_log (target_user_id)');
    // Append-only: no UPDATE, DELETE or TRUNCATE. The one exception is the foreign keys unlinking a member
    // whose account was deleted (actor or target set to NULL once their row is gone), nothing else.
    await q.query(`
      CREATE FUNCTION chat_audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF (to_jsonb(NEW) - 'actor_id' - 'target_user_id') = (to_jsonb(OLD) - 'actor_id' - 'target_user_id')
             AND (NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
                  OR (NEW.actor_id IS NULL AND NOT EXISTS (SELECT 1 FROM users WHERE id = OLD.actor_id)))
             AND (NEW.target_user_id IS NOT DISTINCT FROM OLD.target_user_id
                  OR (NEW.target_user_id IS NULL AND NOT EXISTS (SELECT 1 FROM users WHERE id = OLD.target_user_id)))
          THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'chat_audit_log is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER chat_audit_log_append_only BEFORE UPDATE OR DELETE ON chat_audit_log
        FOR EACH ROW EXECUTE FUNCTION chat_audit_log_guard()`);
    await q.query(`
      CREATE TRIGGER chat_audit_log_no_truncate BEFORE TRUNCATE ON chat_audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION chat_audit_log_guard()`);

    await q.query(`
      INSERT INTO chat_rooms (key, kind, name, description) VALUES
        ('topic:first-30-days', 'topic', 'First 30 days',
         'For the early days: cravings, sleep, meetings, and getting through today.'),
        ('topic:family-and-friends', 'topic', 'Family and friends',
         'For the people who love someone in recovery, and for members talking about family.'),
        ('topic:smart-tools', 'topic', 'SMART tools',
         'Cost-benefit analysis, DISARM, ABCs, urge logs: practising the SMART Recovery tools together.')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE chat_audit_log');
    await q.query('DROP FUNCTION chat_audit_log_guard()');
    await q.query('DROP TABLE chat_filters');
    await q.query('DROP TABLE chat_sanctions');
    await q.query('DROP TABLE chat_reports');
    await q.query('DROP TABLE chat_messages');
    await q.query('DROP TABLE chat_room_members');
    await q.query('DROP TABLE chat_rooms');
  }
}
