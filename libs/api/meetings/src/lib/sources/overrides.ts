import type { EntityManager } from 'typeorm';
import { contentHashOf, searchTextOf, type MeetingRecord } from '../domain/normalize';

/**
 * Admin edits to imported meetings, kept per field. A meeting's columns hold what members see (the admin's
 * value for an edited field); `overrides` maps each edited field to the value its source gives, so a sync
 * keeps the edit, refreshes what the source says, and clearing an override puts the source's value back.
 */
export const OVERRIDE_FIELDS = {
  name: 'name',
  days: 'days',
  startMinute: 'start_minute',
  durationMinutes: 'duration_minutes',
  timeZone: 'time_zone',
  types: 'types',
  notes: 'notes',
  venue: 'venue',
  address: 'address',
  city: 'city',
  state: 'state',
  postalCode: 'postal_code',
  country: 'country',
  formattedAddress: 'formatted_address',
  locationNotes: 'location_notes',
  latitude: 'latitude',
  longitude: 'longitude',
  approximate: 'approximate',
  conferenceUrl: 'conference_url',
  conferenceUrlNotes: 'conference_url_notes',
  conferencePhone: 'conference_phone',
  conferencePhoneNotes: 'conference_phone_notes',
  attendance: 'attendance',
  published: 'published',
} as const;

export type OverrideField = keyof typeof OVERRIDE_FIELDS;
export const isOverrideField = (field: string): field is OverrideField => field in OVERRIDE_FIELDS;

type Values = Partial<Record<OverrideField, unknown>>;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What the source gives for each field of a stored meeting: its override's value, else the column. */
function sourceValues(current: Values, overrides: Record<string, unknown>): Values {
  const out: Values = {};
  for (const field of Object.keys(OVERRIDE_FIELDS) as OverrideField[])
    out[field] = field in overrides ? overrides[field] : current[field];
  return out;
}

/** The overrides after an admin saves `edited` over a meeting stored as `current`: every field that differs. */
export function overridesAfterEdit(
  edited: MeetingRecord,
  current: Values,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  const source = sourceValues(current, overrides);
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(OVERRIDE_FIELDS) as OverrideField[])
    if (!same(edited[field], source[field])) out[field] = source[field] ?? null;
  return out;
}

/** Recomputes the derived text and digest of a record after some of its fields changed. */
export function rederive(record: MeetingRecord): MeetingRecord {
  const { searchText: _s, contentHash: _c, overrides, ...content } = record;
  return { ...content, overrides, searchText: searchTextOf(content), contentHash: contentHashOf(content) };
}

/**
 * Before a feed's records are written: each record of a meeting with overrides keeps the edited fields'
 * current values and carries what the source now says for them. An override the source has caught up with
 * (it now gives the edited value) is dropped.
 */
export async function keepOverrides(
  manager: EntityManager,
  source: string,
  records: MeetingRecord[],
): Promise<MeetingRecord[]> {
  const columns = Object.entries(OVERRIDE_FIELDS).map(([field, column]) => `${column} AS "${field}"`);
  const rows: ({ source_key: string; overrides: Record<string, unknown> } & Values)[] = await manager.query(
    `SELECT source_key, overrides, ${columns.join(', ')} FROM meetings
      WHERE source = $1 AND overrides <> '{}'::jsonb AND source_key = ANY ($2::text[])`,
    [source, records.map((r) => r.sourceKey)],
  );
  if (rows.length === 0) return records;
  const edited = new Map(rows.map((r) => [r.source_key, r]));
  return records.map((record) => {
    const row = edited.get(record.sourceKey);
    if (!row) return record;
    const merged: Record<string, unknown> = { ...record };
    const overrides: Record<string, unknown> = {};
    for (const field of Object.keys(row.overrides).filter(isOverrideField)) {
      if (same(row[field], record[field])) continue;
      overrides[field] = record[field] ?? null;
      merged[field] = row[field];
    }
    return rederive({ ...(merged as unknown as MeetingRecord), overrides });
  });
}

/** A stored value as an admin reads it ("source says …"). */
export function describeValue(field: OverrideField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (field === 'startMinute' && typeof value === 'number')
    return `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
  if (Array.isArray(value)) return value.join(', ');
  if (field === 'published') return value ? 'published' : 'unpublished';
  return String(value);
}
