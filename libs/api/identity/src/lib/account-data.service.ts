import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  ACCOUNT_DATA_CONTRIBUTOR,
  providersMarked,
  type AccountDataSource,
  badInput,
} from '@kinship/api/core';
import { SessionService } from '@kinship/api/auth';
import { AccountService } from './account.service';
import { ThrottleService, SIGN_IN_PER_ACCOUNT } from './throttle.service';

export const EXPORT_FORMAT_VERSION = 1;

/**
 * A member's right to their data: the export gathers every feature's section; deletion erases the account
 * and asks every feature to erase or unlink what it holds, in one transaction, so nothing that remains can
 * be linked back to them.
 */
@Injectable()
export class AccountDataService implements OnModuleInit {
  private sources: AccountDataSource[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
  ) {}

  onModuleInit(): void {
    this.sources = providersMarked<AccountDataSource>(
      this.discovery,
      this.reflector,
      ACCOUNT_DATA_CONTRIBUTOR,
    );
  }

  async exportFor(userId: string): Promise<Record<string, unknown>> {
    const user = await this.accounts.findById(userId);
    const sessions: unknown[] = await this.dataSource.query(
      `SELECT id, created_at AS "createdAt", revoked_at AS "revokedAt", revoked_reason AS "revokedReason"
         FROM sessions WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    const out: Record<string, unknown> = {
      format: 'kinship-account-export',
      version: EXPORT_FORMAT_VERSION,
      exportedAt: new Date().toISOString(),
      account: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        handle: user.handle,
        role: user.role,
        bio: user.bio,
        locale: user.locale,
        timeZone: user.timeZone,
        createdAt: user.createdAt.toISOString(),
        updatedAt: user.updatedAt.toISOString(),
      },
      sessions,
    };
    await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      for (const source of this.sources) out[source.section] = await source.exportFor(userId, manager);
    });
    return out;
  }

  async deleteAccount(userId: string, password: string): Promise<void> {
    if (!(await this.accounts.verifyPassword(userId, password))) {
      const message = 'That password is not right, so your account was not deleted.';
      throw badInput(message, { fields: [{ field: 'password', message }] });
    }
    const user = await this.accounts.findById(userId);
    await this.dataSource.transaction(async (manager) => {
      for (const source of this.sources) await source.eraseFor(userId, manager);
      await manager.query('DELETE FROM sign_in_throttle WHERE key = $1', [
        ThrottleService.key(SIGN_IN_PER_ACCOUNT, user.email),
      ]);
      // sessions and refresh tokens go with the row (ON DELETE CASCADE)
      await manager.query('DELETE FROM users WHERE id = $1', [userId]);
    });
    await this.sessions.revokeAllFor(userId, 'Your account was deleted.');
  }
}
