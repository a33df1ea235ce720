import { Attendance } from '../domain/attendance';
import { MEETING_COLUMNS } from './meeting-row';
import { meaningOf, sameMeaning } from '../vocabulary/vocabulary';

/** A search, validated and in internal units. */
export interface SearchCriteria {
  near?: { latitude: number; longitude: number; radiusMeters: number; widenToAtLeast?: number };
  days?: number[];
  fromMinute?: number;
  toMinute?: number;
  viewerTimeZone?: string;
  startingWithinMinutes?: number;
  at: Date;
  programCodes?: string[];
  types?: string[];
  attendance: Attendance[];
  query?: string;
  region?: string;
  groupId?: string;
  includeUnpublished?: boolean;
  /** Limits unpublished meetings to these groups (group contacts); undefined: all (admins). */
  unpublishedGroupIds?: string[];
}

/** Where the previous page ended: (distance, id) near a point, else (next start, id). */
export type SearchCursor = { r: number; d: number; id: string } | { t: string; id: string };

export const isSearchCursor = (v: unknown): v is SearchCursor => {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  if (typeof c['id'] !== 'string' || !/^[0-9a-f-]{36}$/i.test(c['id'])) return false;
  if ('t' in c) return typeof c['t'] === 'string' && !Number.isNaN(Date.parse(c['t']));
  return typeof c['r'] === 'number' && typeof c['d'] === 'number' && c['r'] > 0;
};

export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/** Collects positional parameters. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every condition except position and paging, on the alias `m`. */
function filterConditions(c: SearchCriteria, p: Params): string[] {
  const where: string[] = [];
  if (c.includeUnpublished) {
    if (c.unpublishedGroupIds)
      where.push(`(m.published OR m.group_id = ANY (${p.add(c.unpublishedGroupIds, '::uuid[]')}))`);
  } else where.push('m.published');
  where.push(`m.attendance = ANY (${p.add(c.attendance, '::text[]')})`);
  if (c.programCodes?.length) {
    where.push(
      `m.program_id IN (SELECT id FROM programs WHERE code = ANY (${p.add(c.programCodes, '::text[]')}))`,
    );
  }
  // every type asked for, each as any code with its meaning (Discussion is D in one source, DISC in another)
  for (const type of new Set(c.types?.map(meaningOf))) {
    const codes = sameMeaning(type);
    where.push(
      codes.length === 1
        ? `m.types @> ${p.add(codes, '::text[]')}`
        : `m.types && ${p.add(codes, '::text[]')}`,
    );
  }
  if (c.groupId) where.push(`m.group_id = ${p.add(c.groupId, '::uuid')}`);
  if (c.region) {
    where.push(
      `EXISTS (SELECT 1 FROM unnest(m.regions) AS r(name) WHERE lower(r.name) = lower(${p.add(c.region)}))`,
    );
  }
  if (c.query) {
    const words = c.query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
    if (words.length) {
      const patterns = p.add(
        words.map((w) => `%${escapeLike(w)}%`),
        '::text[]',
      );
      // every word as typed, or the whole text close enough to a stretch of the meeting's text (typos)
      where.push(
        `(m.search_text ILIKE ALL (${patterns}) OR ${p.add(c.query.toLowerCase())} <% m.search_text)`,
      );
    }
  }
  const hasWindow = c.fromMinute !== undefined && c.toMinute !== undefined;
  if (c.viewerTimeZone && (c.days?.length || hasWindow)) {
    where.push(
      `meeting_occurs_in(m.days, m.start_minute, m.time_zone, ${p.add(c.viewerTimeZone)}, ${p.add(
        c.at.toISOString(),
        '::timestamptz',
      )}, ${p.add(c.days?.length ? c.days : null, '::smallint[]')}, ${p.add(hasWindow ? c.fromMinute : null, '::int')}, ${p.add(
        hasWindow ? c.toMinute : null,
        '::int',
      )})`,
    );
  } else {
    if (c.days?.length) where.push(`m.days && ${p.add(c.days, '::smallint[]')}`);
    if (hasWindow) {
      const [from, to] = [p.add(c.fromMinute, '::int'), p.add(c.toMinute, '::int')];
      where.push(
        c.fromMinute! <= c.toMinute!
          ? `(m.start_minute >= ${from} AND m.start_minute < ${to})`
          : `(m.start_minute >= ${from} OR m.start_minute < ${to})`,
      );
    }
  }
  if (c.startingWithinMinutes !== undefined) {
    const at = p.add(c.at.toISOString(), '::timestamptz');
    where.push(
      `meeting_next_start(m.days, m.start_minute, m.duration_minutes, m.time_zone, ${at}) <= ${at} + make_interval(mins => ${p.add(
        c.startingWithinMinutes,
        '::int',
      )})`,
    );
  }
  return where;
}

/**
 * The radius search: a GiST index scan on the stored earth position (earth_box @> earth), rechecked with
 * the exact great-circle distance, every other filter applied, ordered by distance with keyset paging.
 * One statement returns the page's meetings whole.
 */
export function nearSearchSql(
  c: SearchCriteria,
  radiusMeters: number,
  limit: number,
  after?: { d: number; id: string },
): SqlStatement {
  const p = new Params();
  const center = `ll_to_earth(${p.add(c.near!.latitude, '::float8')}, ${p.add(c.near!.longitude, '::float8')})`;
  const radius = p.add(radiusMeters, '::float8');
  const where = [
    `earth_box(${center}, ${radius}) @> m.earth`,
    `earth_distance(${center}, m.earth) < ${radius}`,
    ...filterConditions(c, p),
  ];
  if (after) {
    where.push(
      `(earth_distance(${center}, m.earth), m.id) > (${p.add(after.d, '::float8')}, ${p.add(after.id, '::uuid')})`,
    );
  }
  return {
    sql: `SELECT ${MEETING_COLUMNS}, earth_distance(${center}, m.earth) AS distance_m
            FROM meetings m
           WHERE ${where.join('\n             AND ')}
           ORDER BY distance_m, m.id
           LIMIT ${p.add(limit, '::int')}`,
    params: p.values,
  };
}

/**
 * The distance of the n-th nearest meeting that matches every filter, found by walking the GiST index in
 * distance order (KNN), so widening never scans the table and never ignores a filter.
 */
export function nthNearestSql(c: SearchCriteria, n: number): SqlStatement {
  const p = new Params();
  const center = `ll_to_earth(${p.add(c.near!.latitude, '::float8')}, ${p.add(c.near!.longitude, '::float8')})`;
  const where = ['m.earth IS NOT NULL', ...filterConditions(c, p)];
  return {
    sql: `SELECT earth_distance(${center}, m.earth) AS distance_m
            FROM meetings m
           WHERE ${where.join('\n             AND ')}
           ORDER BY m.earth <-> ${center}
           LIMIT 1 OFFSET ${p.add(n - 1, '::int')}`,
    params: p.values,
  };
}

/** Without a point: ordered by the next (or current) occurrence, soonest first. */
export function scheduleSearchSql(
  c: SearchCriteria,
  limit: number,
  after?: { t: string; id: string },
): SqlStatement {
  const p = new Params();
  const at = p.add(c.at.toISOString(), '::timestamptz');
  const where = filterConditions(c, p);
  // next_start is NULL only for a zone PostgreSQL cannot convert (see the migration): such a row is skipped
  const page = after
    ? `WHERE (q.next_start, q.id) > (${p.add(after.t, '::timestamptz')}, ${p.add(after.id, '::uuid')})`
    : 'WHERE q.next_start IS NOT NULL';
  return {
    sql: `SELECT q.* FROM (
            SELECT ${MEETING_COLUMNS},
                   meeting_next_start(m.days, m.start_minute, m.duration_minutes, m.time_zone, ${at}) AS next_start
              FROM meetings m
             WHERE ${where.join('\n               AND ')}
          ) q
          ${page}
          ORDER BY q.next_start, q.id
          LIMIT ${p.add(limit, '::int')}`,
    params: p.values,
  };
}

export const ACTIVE_ATTENDANCE = [Attendance.IN_PERSON, Attendance.ONLINE, Attendance.HYBRID];
