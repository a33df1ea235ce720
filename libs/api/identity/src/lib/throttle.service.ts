import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rateLimited } from '@kinship/api/core';

export interface ThrottleRule {
  /** What is being limited, e.g. "sign-in:account". Part of the stored key. */
  kind: string;
  limit: number;
  windowSeconds: number;
}

/** Failed sign-ins per account: 5 in 15 minutes. */
export const SIGN_IN_PER_ACCOUNT: ThrottleRule = {
  kind: 'sign-in:account',
  limit: 5,
  windowSeconds: 15 * 60,
};
/** Failed sign-ins per network address: 20 in 15 minutes. */
export const SIGN_IN_PER_ADDRESS: ThrottleRule = {
  kind: 'sign-in:address',
  limit: 20,
  windowSeconds: 15 * 60,
};
/** Registrations per network address: 10 an hour. */
export const REGISTER_PER_ADDRESS: ThrottleRule = {
  kind: 'register:address',
  limit: 10,
  windowSeconds: 60 * 60,
};

/**
 * Fixed-window counters in PostgreSQL, so limits hold across every API node. Subjects (emails, addresses)
 * are stored only as SHA-256 hashes.
 */
@Injectable()
export class ThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  static key(rule: ThrottleRule, subject: string): string {
    return `${rule.kind}:${createHash('sha256').update(subject.trim().toLowerCase()).digest('hex')}`;
  }

  /** Throws RATE_LIMITED when any of the (rule, subject) pairs has used up its window. Hashes nothing. */
  async assertAllowed(checks: [ThrottleRule, string][], message: string): Promise<void> {
    for (const [rule, subject] of checks) {
      const rows: { failures: number; retry_after: number }[] = await this.dataSource.query(
        `SELECT failures,
                CEIL(EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => $2) - now())))::int AS retry_after
           FROM sign_in_throttle
          WHERE key = $1 AND window_started_at > now() - make_interval(secs => $2)`,
        [ThrottleService.key(rule, subject), rule.windowSeconds],
      );
      const row = rows[0];
      if (row && row.failures >= rule.limit) {
        const minutes = Math.max(1, Math.ceil(row.retry_after / 60));
        throw rateLimited(
          `${message} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          row.retry_after,
        );
      }
    }
  }

  async record(checks: [ThrottleRule, string][]): Promise<void> {
    for (const [rule, subject] of checks) {
      await this.dataSource.query(
        `INSERT INTO sign_in_throttle (key, failures, window_started_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN sign_in_throttle.window_started_at > now() - make_interval(secs => $2)
                           THEN sign_in_throttle.failures + 1 ELSE 1 END,
           window_started_at = CASE WHEN sign_in_throttle.window_started_at > now() - make_interval(secs => $2)
                                    THEN sign_in_throttle.window_started_at ELSE now() END`,
        [ThrottleService.key(rule, subject), rule.windowSeconds],
      );
    }
  }

  async reset(rule: ThrottleRule, subject: string): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_throttle WHERE key = $1', [
      ThrottleService.key(rule, subject),
    ]);
  }
}

/** Password-reset requests per email (known or not, so the limit reveals nothing): 3 an hour. */
export const RESET_PER_ACCOUNT: ThrottleRule = { kind: 'reset:account', limit: 3, windowSeconds: 60 * 60 };
/** Password-reset requests per network address: 10 an hour. */
export const RESET_PER_ADDRESS: ThrottleRule = { kind: 'reset:address', limit: 10, windowSeconds: 60 * 60 };
/** Verification and email-change messages per account: 5 an hour. */
export const MAIL_PER_ACCOUNT: ThrottleRule = { kind: 'mail:account', limit: 5, windowSeconds: 60 * 60 };
