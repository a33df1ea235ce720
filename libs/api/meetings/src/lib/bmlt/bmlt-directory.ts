import type { DataSource } from 'typeorm';
import { Attendance } from '../domain/attendance';
import { BUILT_IN_TYPES, type TypeDefinition } from '../vocabulary/vocabulary';
import { stableId, toBmltFormat, VENUE_FORMATS, type BmltFormat } from './bmlt-formats';

/** A published meeting as the BMLT API reads it. */
export interface BmltRow {
  bmlt_id: string;
  name: string;
  days: number[];
  start_minute: number;
  duration_minutes: number;
  time_zone: string;
  types: string[];
  notes: string;
  venue: string | null;
  address: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null;
  country: string | null;
  location_notes: string | null;
  regions: string[];
  latitude: number | null;
  longitude: number | null;
  conference_url: string | null;
  conference_url_notes: string | null;
  conference_phone: string | null;
  conference_phone_notes: string | null;
  attendance: Attendance;
  program_code: string;
  program_name: string;
  program_url: string | null;
  group_bmlt_id: string | null;
  group_name: string | null;
  group_notes: string | null;
  group_regions: string[] | null;
}

export interface ServiceBody {
  id: number;
  parentId: number;
  name: string;
  description: string;
  type: string;
  url: string;
}

/**
 * The service body tree BMLT clients ask for, from what we hold: each program is a top-level body, each
 * region level (general → specific) a body under it, and each group a body under its region.
 */
export class ServiceBodyTree {
  readonly bodies = new Map<number, ServiceBody>();

  private add(body: ServiceBody): number {
    if (!this.bodies.has(body.id)) this.bodies.set(body.id, body);
    return body.id;
  }

  private program(row: BmltRow): number {
    return this.add({
      id: stableId(`program:${row.program_code}`),
      parentId: 0,
      name: row.program_name,
      description: '',
      type: 'ZF',
      url: row.program_url ?? '',
    });
  }

  private regionPath(row: BmltRow, regions: string[]): number {
    let parent = this.program(row);
    regions.forEach((name, level) => {
      parent = this.add({
        id: stableId(`region:${row.program_code}:${regions.slice(0, level + 1).join('\u0001')}`),
        parentId: parent,
        name,
        description: '',
        type: level === 0 ? 'AS' : 'LS',
        url: '',
      });
    });
    return parent;
  }

  /** The meeting's own service body (its group, else its most specific region, else its program). */
  bodyOf(row: BmltRow): number {
    if (row.group_bmlt_id && row.group_name) {
      const parent = this.regionPath(row, row.group_regions?.length ? row.group_regions : row.regions);
      return this.add({
        id: Number(row.group_bmlt_id),
        parentId: parent,
        name: row.group_name,
        description: row.group_notes ?? '',
        type: 'GR',
        url: '',
      });
    }
    return this.regionPath(row, row.regions);
  }

  /** A body and every body above it. */
  lineage(id: number): number[] {
    const out: number[] = [];
    for (let at = this.bodies.get(id); at && out.length < 50; at = this.bodies.get(at.parentId))
      out.push(at.id);
    return out;
  }

  /** A body and every body below it. */
  descendants(id: number): number[] {
    return [...this.bodies.values()].filter((b) => this.lineage(b.id).includes(id)).map((b) => b.id);
  }
}

/** A circle on the map: rows inside it are loaded (and possibly a few just outside; never fewer). */
export interface Around {
  latitude: number;
  longitude: number;
  km: number;
}

/**
 * Published rows, all or only `meetingIds` and/or those `around` a point. The circle is widened by 1% and
 * a kilometre (PostgreSQL's earth is a little larger than the mean radius we measure distances with), and
 * found through the GiST index on the stored position; approximate positions (no stored one) through
 * their own partial index. Group ids, as service body ids, are numbered by the database, so they never
 * collide with each other.
 */
export async function loadRows(
  dataSource: DataSource,
  meetingIds?: number[],
  around?: Around,
): Promise<BmltRow[]> {
  const params: unknown[] = [];
  let where = 'm.published';
  if (meetingIds?.length) {
    params.push(meetingIds);
    where += ` AND m.bmlt_id = ANY ($${params.length}::bigint[])`;
  }
  if (around) {
    params.push(around.latitude, around.longitude, around.km * 1010 + 1000);
    const n = params.length;
    const box = `earth_box(ll_to_earth($${n - 2}::float8, $${n - 1}::float8), $${n}::float8)`;
    where += ` AND (${box} @> m.earth OR (m.approximate AND ${box} @> ll_to_earth(m.latitude, m.longitude)))`;
  }
  return dataSource.query(
    `SELECT m.bmlt_id::text, m.name, m.days, m.start_minute, m.duration_minutes, m.time_zone, m.types, m.notes,
            m.venue, m.address, m.city, m.state, m.postal_code, m.country, m.location_notes, m.regions,
            m.latitude, m.longitude, m.conference_url, m.conference_url_notes, m.conference_phone,
            m.conference_phone_notes, m.attendance, p.code AS program_code, p.name AS program_name,
            p.url AS program_url, g.bmlt_id::text AS group_bmlt_id, g.name AS group_name,
            g.notes AS group_notes, g.regions AS group_regions
       FROM meetings m
       JOIN programs p ON p.id = m.program_id
       LEFT JOIN meeting_groups g ON g.id = m.group_id
      WHERE ${where}
      ORDER BY m.bmlt_id`,
    params,
  );
}

/** Every format we can serve: the built-in vocabularies, imported types, and VM/HY. */
export async function loadFormats(dataSource: DataSource): Promise<Map<string, BmltFormat>> {
  const defs: TypeDefinition[] = [...BUILT_IN_TYPES.values(), ...VENUE_FORMATS];
  const custom: TypeDefinition[] = await dataSource.query('SELECT code, names, source FROM meeting_types');
  for (const def of custom) if (!BUILT_IN_TYPES.has(def.code)) defs.push(def);
  return new Map(defs.map((d) => [d.code, toBmltFormat(d)]));
}

/** BMLT venue types: 1 in person, 2 virtual, 3 hybrid. */
export function venueTypeOf(row: BmltRow): number {
  if (row.attendance === Attendance.HYBRID) return 3;
  if (row.attendance === Attendance.ONLINE) return 2;
  if (row.attendance === Attendance.IN_PERSON) return 1;
  // inactive (BMLT has no such venue type): a meeting with a venue or street stays in person (a closed
  // venue keeps its TC format); one with neither is an online meeting that has lost its link
  return row.venue || row.address ? 1 : 2;
}

/** The format codes a meeting is served with: its types, and VM or HY for how it is attended. */
export function formatCodesOf(row: BmltRow): string[] {
  const venue = venueTypeOf(row);
  return [...row.types, ...(venue === 2 ? ['VM'] : venue === 3 ? ['HY'] : [])];
}
