import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderators live: who is handling a queue item (claim) and who acknowledged an urgent one; members' requests
 * for a moderator to check in on them; and the private check-in conversations between the moderator team and
 * one member (numbered per conversation, idempotent by client id).
 */
export class AddModeratorsLive1796405956562 implements MigrationInterface {
  name = 'AddModeratorsLive1796405956562';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE moderator_checkin_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text CHECK (kind IN ('suicide', 'overdose', 'relapse', 'using_alone')),
        urgent boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by uuid REFERENCES users(id) ON DELETE SET NULL
      )`);
    // One open request per member: asking again while one is open changes nothing.
    await q.query(
      'CREATE UNIQUE INDEX moderator_checkin_requests_open_idx ON moderator_checkin_requests (member_id) WHERE resolved_at IS NULL',
    );
    await q.query(`
      CREATE TABLE moderation_item_states (
        item_type text NOT NULL CHECK (item_type IN ('message', 'checkin_request')),
        item_id uuid NOT NULL,
        claimed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        claimed_at timestamptz,
        acknowledged_by uuid REFERENCES users(id) ON DELETE SET NULL,
        acknowledged_at timestamptz,
        PRIMARY KEY (item_type, item_id)
      )`);
    await q.query(`
      CREATE TABLE moderator_checkins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
        last_seq bigint NOT NULL DEFAULT 0,
        opened_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE moderator_checkin_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        checkin_id uuid NOT NULL REFERENCES moderator_checkins(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        from_moderator boolean NOT NULL,
        client_id varchar(64) NOT NULL,
        body text NOT NULL CHECK (length(body) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (checkin_id, seq),
        UNIQUE (checkin_id, author_id, client_id)
      )`);
    await q.query(
      'CREATE INDEX moderator_checkin_messages_author_idx ON moderator_checkin_messages (author_id)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE moderator_checkin_messages');
    await q.query('DROP TABLE moderator_checkins');
    await q.query('DROP TABLE moderation_item_states');
    await q.query('DROP TABLE moderator_checkin_requests');
  }
}
