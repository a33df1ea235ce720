import { createHash } from 'node:crypto';
import { DERIVED_TYPE_CODES } from '../vocabulary/vocabulary';
import { Attendance, deriveAttendance, isApproximate } from './attendance';
import { EXTRA_FIELDS, type DraftField, type MeetingDraft, type Problem } from './meeting-draft';
import { isWebUrl, normalizeConferencePhone } from './providers';
import { slugify } from './slug';
import { DEFAULT_DURATION_MINUTES, durationBetween, MINUTES_PER_DAY, parseClock } from './time';
import { resolveTimeZone } from './time-zones';
import { normalizeDraftText } from './draft-text';

/** A validated meeting, ready to be stored. */
export interface MeetingRecord {
  sourceKey: string;
  slug: string;
  name: string;
  programCode: string;
  groupKey: string | null;
  /** A group chosen by id (admin forms); imports name groups by key instead. */
  groupId?: string | null;
  groupName: string | null;
  groupNotes: string;
  days: number[];
  startMinute: number;
  durationMinutes: number;
  /** Whether the source or an admin gave the end time (or duration); else it is the one-hour default. */
  durationGiven: boolean;
  timeZone: string;
  types: string[];
  notes: string;
  venue: string | null;
  address: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string | null;
  formattedAddress: string | null;
  locationNotes: string | null;
  regions: string[];
  latitude: number | null;
  longitude: number | null;
  approximate: boolean;
  conferenceUrl: string | null;
  conferenceUrlNotes: string | null;
  conferencePhone: string | null;
  conferencePhoneNotes: string | null;
  attendance: Attendance;
  url: string | null;
  feedbackUrl: string | null;
  extras: Record<string, string>;
  published: boolean;
  sourceUpdatedAt: string | null;
  searchText: string;
  contentHash: string;
  /** Fields an admin edited here, each with the value the source gives (see sources/overrides.ts). */
  overrides?: Record<string, unknown>;
}

export interface NormalizeOptions {
  /** Used when the draft has no time zone (BMLT's is often empty; TSML's CSV may have none). */
  defaultTimeZone: string;
  /** The row's number for problems, and how the source names each field. */
  row?: number;
  fieldNames?: Partial<Record<DraftField, string>>;
  /** Type codes known beyond the built-in vocabulary; unknown codes are kept with a warning. */
  isKnownType?: (code: string) => boolean;
}

const text = (value: string | null | undefined, max = 2000): string | null => {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v.slice(0, max) : null;
};
const longText = (value: string | null | undefined, max = 4000): string | null => {
  const v = value?.replace(/\r\n?/g, '\n').trim();
  return v ? v.slice(0, max) : null;
};

/** Joins the parts of an address the way Meeting Guide's `formatted_address` reads. */
export function composeAddress(
  d: Pick<MeetingDraft, 'address' | 'city' | 'state' | 'postalCode' | 'country'>,
) {
  const stateZip = [text(d.state), text(d.postalCode)].filter(Boolean).join(' ');
  const parts = [text(d.address), text(d.city), stateZip || null, text(d.country)].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

/** Stable identity of the group a meeting belongs to within its source. */
export function groupKeyOf(d: MeetingDraft, formattedAddress: string | null): string | null {
  const explicit = text(d.groupName, 255);
  if (explicit) return `group:${slugify(explicit)}`;
  const name = text(d.name, 255);
  if (!name) return null;
  const place = formattedAddress && !isApproximate({ ...d, formattedAddress }) ? formattedAddress : 'online';
  return `meeting:${slugify(name)}@${slugify(place, 120)}`;
}

/**
 * Checks a draft and turns it into a record. Every problem names its field (as the source calls it) and
 * says what would be right; errors make the record unusable, warnings do not.
 */
export function normalizeDraft(
  given: MeetingDraft,
  options: NormalizeOptions,
): { record: MeetingRecord | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const fieldName = (f: DraftField) => options.fieldNames?.[f] ?? f;
  const error = (f: DraftField, message: string) =>
    problems.push({ row: options.row, field: fieldName(f), message, severity: 'error' });
  const warn = (f: DraftField, message: string) =>
    problems.push({ row: options.row, field: fieldName(f), message, severity: 'warning' });
  const { draft, problems: textProblems } = normalizeDraftText(given);
  for (const p of textProblems) error(p.field, p.message);

  const name = text(draft.name, 300);
  if (!name) error('name', 'a meeting needs a name');
  else if (name.length > 255) error('name', `the name is ${name.length} characters long; the limit is 255`);

  const sourceKey = text(draft.sourceKey, 300);
  if (!sourceKey) error('sourceKey', 'a meeting needs an identifier (slug or id) in its source');

  const days = [...new Set(draft.days)].sort((a, b) => a - b);
  if (days.length === 0) error('days', 'a meeting needs at least one weekday (0 = Sunday … 6 = Saturday)');
  for (const d of days) {
    if (!Number.isInteger(d) || d < 0 || d > 6)
      error('days', `"${d}" is not a weekday: use 0 = Sunday … 6 = Saturday`);
  }

  const startMinute = parseClock(draft.startTime ?? '');
  if (startMinute === null) {
    error(
      'startTime',
      draft.startTime?.trim()
        ? `"${draft.startTime}" is not a time of day: use 24-hour HH:MM from 00:00 to 23:59, like 19:30`
        : 'a meeting needs a start time (HH:MM, 24-hour)',
    );
  }
  let durationMinutes = DEFAULT_DURATION_MINUTES;
  let durationGiven = false;
  if (draft.durationMinutes !== undefined && draft.durationMinutes !== null) {
    if (
      !Number.isInteger(draft.durationMinutes) ||
      draft.durationMinutes < 1 ||
      draft.durationMinutes > MINUTES_PER_DAY
    ) {
      error(
        'durationMinutes',
        `a meeting lasts from 1 minute to 24 hours (got ${draft.durationMinutes} minutes)`,
      );
    } else {
      durationMinutes = draft.durationMinutes;
      durationGiven = true;
    }
  } else if (draft.endTime?.trim()) {
    const endMinute = parseClock(draft.endTime);
    if (endMinute === null) {
      error('endTime', `"${draft.endTime}" is not a time of day: use 24-hour HH:MM from 00:00 to 23:59`);
    } else if (startMinute !== null) {
      durationMinutes = durationBetween(startMinute, endMinute);
      durationGiven = true;
    }
  }

  let timeZone: string | null = null;
  const givenZone = text(draft.timeZone, 100);
  if (givenZone) {
    const zone = resolveTimeZone(givenZone);
    if (zone.ok) timeZone = zone.zone;
    else error('timeZone', zone.message);
  }
  timeZone ??= options.defaultTimeZone;

  const types: string[] = [];
  for (const raw of draft.types) {
    const code = raw.trim();
    if (!code || DERIVED_TYPE_CODES.has(code.toUpperCase())) continue;
    if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/.test(code)) {
      error('types', `"${code.slice(0, 40)}" is not a type code (letters, digits and hyphens, up to 20)`);
      continue;
    }
    if (options.isKnownType && !options.isKnownType(code))
      warn('types', `unknown type code "${code}" (kept as it is)`);
    if (!types.includes(code)) types.push(code);
  }
  types.sort();

  let latitude = draft.latitude ?? null;
  let longitude = draft.longitude ?? null;
  if ((latitude === null) !== (longitude === null)) {
    error(latitude === null ? 'latitude' : 'longitude', 'give both latitude and longitude, or neither');
  }
  if (latitude !== null && (!Number.isFinite(latitude) || latitude < -90 || latitude > 90)) {
    error('latitude', `latitude must be a number from -90 to 90 (got ${latitude})`);
    latitude = null;
  }
  if (longitude !== null && (!Number.isFinite(longitude) || longitude < -180 || longitude > 180)) {
    error('longitude', `longitude must be a number from -180 to 180 (got ${longitude})`);
    longitude = null;
  }
  if (latitude === 0 && longitude === 0) {
    warn('latitude', 'latitude and longitude are both 0, which is at sea; treated as unknown');
    latitude = longitude = null;
  }

  const formattedAddress = text(draft.formattedAddress, 500) ?? composeAddress(draft);
  const approximate = isApproximate({ ...draft, formattedAddress });

  let conferenceUrl = text(draft.conferenceUrl, 2000);
  if (conferenceUrl && !isWebUrl(conferenceUrl)) {
    error(
      'conferenceUrl',
      `"${conferenceUrl.slice(0, 80)}" is not a web address: it must start with https://`,
    );
    conferenceUrl = null;
  }
  let conferencePhone = text(draft.conferencePhone, 100);
  if (conferencePhone) {
    const normalized = normalizeConferencePhone(conferencePhone);
    if (!normalized) {
      error(
        'conferencePhone',
        `"${conferencePhone}" is not a phone number: use digits, +, commas, * and # only`,
      );
      conferencePhone = null;
    } else conferencePhone = normalized;
  }
  const url = checkedUrl(draft.url, 'url', error);
  const feedbackUrl = checkedUrl(draft.feedbackUrl, 'feedbackUrl', error);

  const extras: Record<string, string> = {};
  for (const key of EXTRA_FIELDS) {
    const value = text(draft.extras?.[key], 500);
    if (value) extras[key] = value;
  }

  const hasPlace = Boolean(formattedAddress) && !approximate;
  const attendance = deriveAttendance({ hasPlace, types, conferenceUrl, conferencePhone });
  const regions = draft.regions.map((r) => text(r, 120)).filter((r): r is string => Boolean(r));
  const groupName = text(draft.groupName, 255);
  const sourceUpdatedAt =
    draft.sourceUpdatedAt && !Number.isNaN(draft.sourceUpdatedAt.getTime())
      ? draft.sourceUpdatedAt.toISOString()
      : null;

  if (problems.some((p) => p.severity === 'error') || !name || !sourceKey || startMinute === null) {
    return { record: null, problems };
  }

  const record: Omit<MeetingRecord, 'contentHash' | 'searchText'> = {
    sourceKey,
    slug: text(draft.slug, 255) ?? slugify(name),
    name,
    programCode: draft.programCode,
    groupKey: groupKeyOf(draft, formattedAddress),
    groupName: groupName ?? name,
    groupNotes: longText(draft.groupNotes) ?? '',
    days,
    startMinute,
    durationMinutes,
    durationGiven,
    timeZone,
    types,
    notes: longText(draft.notes) ?? '',
    venue: text(draft.venue, 255),
    address: text(draft.address, 500),
    city: text(draft.city, 200),
    state: text(draft.state, 200),
    postalCode: text(draft.postalCode, 40),
    country: text(draft.country, 100),
    formattedAddress,
    locationNotes: longText(draft.locationNotes),
    regions,
    latitude,
    longitude,
    approximate,
    conferenceUrl,
    conferenceUrlNotes: longText(draft.conferenceUrlNotes),
    conferencePhone,
    conferencePhoneNotes: longText(draft.conferencePhoneNotes),
    attendance,
    url,
    feedbackUrl,
    extras,
    published: draft.published,
    sourceUpdatedAt,
  };
  return {
    record: { ...record, searchText: searchTextOf(record), contentHash: contentHashOf(record) },
    problems,
  };
}

/** The lower-case text a meeting is found by. */
export function searchTextOf(
  record: Pick<
    MeetingRecord,
    'name' | 'groupName' | 'venue' | 'formattedAddress' | 'locationNotes' | 'notes' | 'regions'
  >,
): string {
  return [
    record.name,
    record.groupName,
    record.venue,
    record.formattedAddress,
    record.locationNotes,
    record.notes,
    ...record.regions,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .slice(0, 8000);
}

function checkedUrl(
  value: string | null | undefined,
  field: DraftField,
  error: (f: DraftField, message: string) => void,
): string | null {
  const v = text(value, 2000);
  if (v && !isWebUrl(v)) {
    error(field, `"${v.slice(0, 80)}" is not a web address: it must start with https://`);
    return null;
  }
  return v;
}

/**
 * A digest of everything that describes the meeting (not whether it is published, nor when the source
 * last touched it): a re-import that finds the same digest changes nothing.
 */
export function contentHashOf(record: Omit<MeetingRecord, 'contentHash' | 'searchText'>): string {
  const { published: _p, sourceUpdatedAt: _u, durationGiven, ...content } = record;
  // durationGiven counts only when set, so digests made before it existed stay valid
  return createHash('sha256')
    .update(JSON.stringify(durationGiven ? { ...content, durationGiven } : content))
    .digest('hex');
}
