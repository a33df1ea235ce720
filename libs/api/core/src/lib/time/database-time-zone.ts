/** Anything that runs SQL: a TypeORM DataSource or EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

function runtimeKnows(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The canonical spelling of a time zone both PostgreSQL (which places local times on real dates in SQL)
 * and this runtime (luxon, Intl) know, matched case-insensitively ("asia/tokyo" → "Asia/Tokyo"), or null.
 * The same rule the meetings catalogue applies (zones from `pg_timezone_names`), for a member's own zone.
 */
export async function databaseTimeZone(db: SqlRunner, value: string): Promise<string | null> {
  if (value.length > 64 || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return null;
  const rows = (await db.query(
    'SELECT name FROM pg_timezone_names WHERE lower(name) = lower($1) ORDER BY name = $1 DESC LIMIT 1',
    [value],
  )) as { name: string }[];
  const name = rows[0]?.name;
  return name && runtimeKnows(name) ? name : null;
}
