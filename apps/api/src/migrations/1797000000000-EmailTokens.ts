import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email that is real: a verified address per account (accounts that exist already count as verified, so
 * nothing changes for them), and single-use tokens for password resets, address verification and email
 * changes. Only a SHA-256 hash of each token is stored.
 */
export class EmailTokens1797000000000 implements MigrationInterface {
  name = 'EmailTokens1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users ADD COLUMN email_verified_at timestamptz');
    await q.query('UPDATE users SET email_verified_at = created_at');
    await q.query(
      `CREATE TABLE email_tokens (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         account_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
         purpose text NOT NULL CHECK (purpose IN ('password_reset', 'verify_email', 'change_email')),
         token_hash char(64) NOT NULL UNIQUE,
         new_email citext,
         expires_at timestamptz NOT NULL,
         used_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await q.query('CREATE INDEX email_tokens_account_idx ON email_tokens (account_id, purpose)');
    await q.query('CREATE INDEX email_tokens_expires_idx ON email_tokens (expires_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE email_tokens');
    await q.query('ALTER TABLE users DROP COLUMN email_verified_at');
  }
}
