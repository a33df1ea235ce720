import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type EmailTokenPurpose = 'password_reset' | 'verify_email' | 'change_email';

/** How long each kind of link works. */
export const EMAIL_TOKEN_TTL_SECONDS: Record<EmailTokenPurpose, number> = {
  password_reset: 60 * 60,
  verify_email: 7 * 24 * 60 * 60,
  change_email: 24 * 60 * 60,
};

export interface SpentToken {
  accountId: string;
  purpose: EmailTokenPurpose;
  newEmail: string | null;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Single-use tokens for links in emails. The token (32 random bytes) goes only into the email; the table
 * keeps its SHA-256 hash, so a copy of the database opens no account. A new token of a purpose replaces
 * the account's earlier unused ones.
 */
@Injectable()
export class EmailTokensService {
  constructor(private readonly dataSource: DataSource) {}

  async issue(
    accountId: string,
    purpose: EmailTokenPurpose,
    newEmail: string | null = null,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE email_tokens SET used_at = now()
          WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL`,
        [accountId, purpose],
      );
      await m.query(
        `INSERT INTO email_tokens (account_id, purpose, token_hash, new_email, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
        [accountId, purpose, hash(token), newEmail, EMAIL_TOKEN_TTL_SECONDS[purpose]],
      );
    });
    return token;
  }

  /** Marks the token used and returns what it was for, or null when it is unknown, used or expired. */
  async spend(token: string, purposes: EmailTokenPurpose[]): Promise<SpentToken | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount]
    const [rows]: [{ account_id: string; purpose: EmailTokenPurpose; new_email: string | null }[], number] =
      await this.dataSource.query(
        `UPDATE email_tokens SET used_at = now()
          WHERE token_hash = $1 AND purpose = ANY ($2) AND used_at IS NULL AND expires_at > now()
        RETURNING account_id, purpose, new_email`,
        [hash(token), purposes],
      );
    const row = rows[0];
    return row ? { accountId: row.account_id, purpose: row.purpose, newEmail: row.new_email } : null;
  }
}
