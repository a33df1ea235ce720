import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions the features need, and accounts, sessions, refresh tokens and sign-in throttling. */
export class Foundation1795251600000 implements MigrationInterface {
  name = 'Foundation1795251600000';

  async up(q: QueryRunner): Promise<void> {
    for (const ext of ['citext', 'cube', 'earthdistance', 'pg_trgm']) {
      await q.query(`CREATE EXTENSION IF NOT EXISTS ${ext} CASCADE`);
    }
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext NOT NULL UNIQUE CHECK (length(email) <= 254),
        password_hash text NOT NULL,
        display_name varchar(40) NOT NULL CHECK (length(btrim(display_name)) >= 2),
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'moderator', 'admin')),
        bio varchar(500) NOT NULL DEFAULT '',
        locale varchar(5) NOT NULL DEFAULT 'en',
        time_zone varchar(64),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await q.query('CREATE INDEX sessions_user_id_idx ON sessions (user_id)');
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX refresh_tokens_session_id_idx ON refresh_tokens (session_id)');
    await q.query(`
      CREATE TABLE sign_in_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE sign_in_throttle');
    await q.query('DROP TABLE refresh_tokens');
    await q.query('DROP TABLE sessions');
    await q.query('DROP TABLE users');
  }
}
