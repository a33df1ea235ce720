import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { dataSourceOptions, type MigrationClass } from './data-source-options';

/** Any fixed number: the advisory lock that serialises migrations between nodes starting together. */
const MIGRATION_LOCK = 4_242_001;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so when several nodes start at once
 * exactly one applies each migration and the others wait, then find nothing left to do.
 */
export async function runMigrations(
  databaseUrl: string,
  migrations: MigrationClass[],
  logger?: Logger,
): Promise<string[]> {
  const dataSource = new DataSource({
    ...dataSourceOptions({ databaseUrl }, migrations),
    migrationsRun: false,
  });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger?.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
