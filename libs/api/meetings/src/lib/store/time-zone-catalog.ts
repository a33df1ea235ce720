import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { databaseTimeZonesLoaded, useDatabaseTimeZones } from '../domain/time-zones';

/**
 * Loads the time zone names PostgreSQL accepts, once at start, so imports, forms and filters accept only
 * zones the database can convert (Node knows a few that PostgreSQL does not, such as US/Pacific-New).
 */
@Injectable()
export class TimeZoneCatalog implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await loadDatabaseTimeZones(this.dataSource);
  }
}

/** Reads PostgreSQL's zone names into the shared check (once; later calls do nothing). */
export async function loadDatabaseTimeZones(dataSource: DataSource): Promise<void> {
  if (databaseTimeZonesLoaded()) return;
  const rows: { name: string }[] = await dataSource.query('SELECT name FROM pg_timezone_names');
  useDatabaseTimeZones(rows.map((r) => r.name));
}
