import { Inject, Injectable } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import {
  APP_CONFIG,
  DEMO_DATA_SEEDER,
  LOGGER,
  providersMarked,
  type AppConfig,
  type DemoAccount,
  type DemoDataSeeder,
} from '@kinship/api/core';

/**
 * Seeds every feature's demo data on the first start with an empty database, when DEMO_DATA is true.
 * A transaction-level advisory lock keeps two nodes starting together from seeding twice.
 */
@Injectable()
export class DemoRunner {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async seedIfEmpty(): Promise<DemoAccount[]> {
    if (!this.config.demoData) return [];
    const seeders = providersMarked<DemoDataSeeder>(this.discovery, this.reflector, DEMO_DATA_SEEDER).sort(
      (a, b) => a.order - b.order,
    );
    const accounts = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(7226311)');
      const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM users');
      if (count > 0) return null;
      const out: DemoAccount[] = [];
      for (const seeder of seeders) out.push(...((await seeder.seed(manager))?.accounts ?? []));
      return out;
    });
    if (accounts) this.logger.info({ seeders: seeders.length }, 'seeded demo data');
    return accounts ?? [];
  }

  /** The demo accounts that exist, to remind whoever runs `npm start` how to sign in. */
  async existingDemoAccounts(): Promise<DemoAccount[]> {
    if (!this.config.demoData) return [];
    return this.dataSource.query(
      `SELECT role, email, display_name AS "displayName" FROM users
        WHERE email LIKE '%@example.org' ORDER BY CASE role WHEN 'member' THEN 0 WHEN 'moderator' THEN 1 ELSE 2 END`,
    );
  }
}
