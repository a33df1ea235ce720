import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Web Push: the browsers a member subscribed (one row per push endpoint, removed when the push service says
 * it is gone) and the kinds of notification the member opted in to (none by default).
 */
export class PushSubscriptions1797200000000 implements MigrationInterface {
  name = 'PushSubscriptions1797200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE push_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        endpoint text NOT NULL UNIQUE CHECK (length(endpoint) <= 2048),
        p256dh text NOT NULL CHECK (length(p256dh) <= 200),
        auth text NOT NULL CHECK (length(auth) <= 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_success_at timestamptz,
        last_failure_at timestamptz,
        failures int NOT NULL DEFAULT 0
      )`);
    await q.query('CREATE INDEX push_subscriptions_user ON push_subscriptions (user_id)');
    await q.query(`
      CREATE TABLE push_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        kinds text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE push_preferences');
    await q.query('DROP TABLE push_subscriptions');
  }
}
