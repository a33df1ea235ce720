import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobRunner } from '@kinship/api/core';

export const EXPIRY_JOB = 'identity.expiry';
/** Revoked or expired sessions are kept this long (for "your sessions"), then deleted. */
export const ENDED_SESSION_DAYS = 30;

export interface ExpiryResult {
  sessions: number;
  emailTokens: number;
}

/**
 * Daily clean-up of what has expired: sessions revoked, or whose every refresh token expired, more than
 * ENDED_SESSION_DAYS ago (their refresh tokens go with them), and email tokens (password reset, address
 * confirmation) past their expiry. The email_tokens table belongs to the mail feature and may not exist.
 */
@Injectable()
export class ExpiryJob implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: EXPIRY_JOB,
      cron: '17 3 * * *',
      handler: async () => {
        await this.run(new Date());
      },
    });
  }

  async run(now: Date): Promise<ExpiryResult> {
    const at = now.toISOString();
    const [, sessions]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM sessions s
        WHERE s.revoked_at < $1::timestamptz - make_interval(days => $2)
           OR (s.created_at < $1::timestamptz - make_interval(days => $2)
               AND NOT EXISTS (SELECT 1 FROM refresh_tokens t
                                WHERE t.session_id = s.id
                                  AND t.expires_at >= $1::timestamptz - make_interval(days => $2)))`,
      [at, ENDED_SESSION_DAYS],
    );
    let emailTokens = 0;
    const [{ exists }]: { exists: boolean }[] = await this.dataSource.query(
      `SELECT to_regclass('email_tokens') IS NOT NULL AS exists`,
    );
    if (exists) {
      const [, count]: [unknown, number] = await this.dataSource.query(
        'DELETE FROM email_tokens WHERE expires_at < $1::timestamptz',
        [at],
      );
      emailTokens = count;
    }
    return { sessions, emailTokens };
  }
}
