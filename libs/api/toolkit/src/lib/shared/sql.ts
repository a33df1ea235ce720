import type { DataSource } from 'typeorm';

/**
 * Runs an UPDATE or DELETE … RETURNING and gives the returned rows. (TypeORM answers those commands with
 * `[rows, affectedCount]`, unlike SELECT and INSERT.)
 */
export async function changedRows<T>(db: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = (await db.query(sql, params)) as [T[], number];
  return rows;
}
