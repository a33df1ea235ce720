import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * A feature's demo data for the embedded default (DEMO_DATA=true). Seeders run once, on the first start
 * with an empty database, in ascending `order`, in one transaction.
 */
export interface DemoDataSeeder {
  readonly order: number;
  seed(manager: EntityManager): Promise<DemoSeedResult | void>;
}

export interface DemoAccount {
  role: string;
  email: string;
  displayName: string;
}

export interface DemoSeedResult {
  accounts?: DemoAccount[];
}

/** Every demo account's password; printed by `npm start`. Demo data is refused in production. */
export const DEMO_PASSWORD = 'recovery-demo-2026';

export const DEMO_DATA_SEEDER = 'kinship:demo-data-seeder';
export const DemoData = () => SetMetadata(DEMO_DATA_SEEDER, true);
