import type { DataSourceOptions, MigrationInterface } from 'typeorm';
import type { AppConfig } from '../config/config';

export type MigrationClass = new () => MigrationInterface;

/**
 * The one place the PostgreSQL connection is described. Schema changes happen only through migrations,
 * which `runMigrations` applies at start under a lock (`synchronize` is off everywhere, tests included).
 */
export function dataSourceOptions(
  config: Pick<AppConfig, 'databaseUrl'> &
    Partial<Pick<AppConfig, 'databasePoolMax' | 'databasePoolTimeoutMs'>>,
  migrations: MigrationClass[],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    migrations,
    // A request that finds the pool exhausted for this long gets a retryable UNAVAILABLE, not a 500.
    extra: {
      max: config.databasePoolMax ?? 10,
      connectionTimeoutMillis: config.databasePoolTimeoutMs ?? 5000,
      application_name: 'kinship-api',
    },
  };
}
