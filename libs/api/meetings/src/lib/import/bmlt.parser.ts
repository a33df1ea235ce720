import type { DraftField, MeetingDraft, Problem } from '../domain/meeting-draft';
import { slugify } from '../domain/slug';
import { BMLT_ATTENDANCE_KEYS, BMLT_KEY_CODES, BMLT_WORLD_ID_CODES } from '../vocabulary/na-formats';
import { BUILT_IN_TYPES, type TypeDefinition, type TypeNames } from '../vocabulary/vocabulary';
import { asNumber, asText, describe, ImportFormat, type ParsedFeed, type ParseOptions } from './parsed-feed';

export const BMLT_FIELDS: Partial<Record<DraftField, string>> = {
  sourceKey: 'id_bigint',
  name: 'meeting_name',
  days: 'weekday_tinyint',
  startTime: 'start_time',
  durationMinutes: 'duration_time',
  timeZone: 'time_zone',
  types: 'formats',
  latitude: 'latitude',
  longitude: 'longitude',
  conferenceUrl: 'virtual_meeting_link',
  conferencePhone: 'phone_meeting_number',
  venue: 'location_text',
  address: 'location_street',
};

type Json = Record<string, unknown>;

/** The fields read as text: anything but text (or a number) there is an error, not a silent blank. */
const TEXT_KEYS = [
  ...['id_bigint', 'weekday_tinyint', 'start_time', 'duration_time', 'time_zone', 'formats', 'meeting_name'],
  ...['comments', 'location_text', 'location_street', 'location_municipality', 'location_province'],
  ...['location_postal_code_1', 'location_nation', 'location_info', 'location_sub_province'],
  ...['location_city_subsection', 'location_neighborhood', 'virtual_meeting_link', 'venue_type'],
  ...['virtual_meeting_additional_info', 'phone_meeting_number', 'published'],
];

interface FormatInfo {
  worldId: string | null;
  names: Record<string, string>;
}

/** Reads GetFormats entries (key_string, name_string, world_id / worldid_mixed, lang_enum) by key. */
function readFormats(value: unknown): Map<string, FormatInfo> | null {
  if (!Array.isArray(value)) return null;
  const out = new Map<string, FormatInfo>();
  for (const f of value) {
    if (!f || typeof f !== 'object') continue;
    const entry = f as Json;
    const key = asText(entry['key_string']);
    if (!key) continue;
    const info = out.get(key) ?? { worldId: null, names: {} };
    info.worldId ??= asText(entry['world_id']) ?? asText(entry['worldid_mixed']);
    const name = asText(entry['name_string']);
    const lang = asText(entry['lang_enum']) ?? 'en';
    if (name && !info.names[lang]) info.names[lang] = name;
    out.set(key, info);
  }
  return out;
}

/** The code for a BMLT format: by its world id, then by common keys, else a custom `NA-<KEY>` code. */
function codeForFormat(
  key: string,
  info: FormatInfo | undefined,
): { code: string | null; custom?: TypeDefinition } {
  if (BMLT_ATTENDANCE_KEYS.has(key)) return { code: null };
  if (key === 'TC') return { code: 'TC' };
  const world = info?.worldId?.trim().toUpperCase();
  if (world && world !== 'LANG') {
    const mapped = BMLT_WORLD_ID_CODES[world] ?? (BUILT_IN_TYPES.has(world) ? world : null);
    if (mapped) return { code: mapped };
  }
  const byKey = BMLT_KEY_CODES[key];
  if (byKey) return { code: byKey };
  // a key that is already one of our codes (a Kinship BMLT feed read back) stays as it is
  if (BUILT_IN_TYPES.has(key)) return { code: key };
  const code = (
    /^NA-[A-Z0-9]+$/.test(key) ? key : `NA-${key.toUpperCase().replace(/[^A-Z0-9]+/g, '')}`
  ).slice(0, 20);
  if (code === 'NA-') return { code: null };
  const names: TypeNames = {
    ...(info?.names ?? {}),
    en: info?.names['en'] ?? Object.values(info?.names ?? {})[0] ?? key,
  };
  return { code, custom: { code, names, source: 'import' } };
}

/** "01:30:00" → 90; null when not a duration. */
function minutesOf(text: string | null): number | null {
  if (!text) return null;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * A BMLT `GetSearchResults` JSON response. Format keys are specific to each server, so they are resolved
 * through the server's formats: either the response itself (`get_formats_explicitly`, an object with
 * `meetings` and `formats`) or a separate `GetFormats` response.
 */
export function parseBmlt(value: unknown, options: ParseOptions): ParsedFeed {
  const feed: ParsedFeed = { format: ImportFormat.BMLT, rows: [], problems: [], skipped: 0, customTypes: [] };
  const body = value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
  const meetings = Array.isArray(value) ? value : body?.['meetings'];
  if (!Array.isArray(meetings)) {
    feed.problems.push({
      field: '(file)',
      message:
        'A BMLT response is the JSON array GetSearchResults returns, or { "meetings": […], "formats": […] }.',
      severity: 'error',
    });
    return feed;
  }
  if (meetings.length === 0) {
    feed.problems.push({
      field: '(file)',
      message:
        'The BMLT response lists no meetings, so nothing was imported: check the query (its services, ' +
        'weekdays or other filters) on the BMLT server.',
      severity: 'error',
    });
    return feed;
  }
  const formats = readFormats(body?.['formats'] ?? options.bmltFormats);
  const anyFormats = meetings.some((m) => m && typeof m === 'object' && asText((m as Json)['formats']));
  if (!formats && anyFormats) {
    feed.problems.push({
      field: 'formats',
      message:
        "BMLT format keys differ between servers, so the server's formats are needed: ask GetSearchResults with " +
        'get_formats_explicitly=1, or give the GetFormats response too (--formats <file>).',
      severity: 'error',
    });
    return feed;
  }
  const customTypes = new Map<string, TypeDefinition>();

  meetings.forEach((item: unknown, index) => {
    const row = index + 1;
    const problems: Problem[] = [];
    const error = (field: string, message: string) =>
      problems.push({ row, field, message, severity: 'error' });
    if (!item || typeof item !== 'object') {
      error('(row)', 'each meeting must be an object');
      feed.problems.push(...problems);
      return;
    }
    const m = item as Json;
    for (const key of TEXT_KEYS) {
      const v = m[key];
      if (v !== undefined && v !== null && typeof v !== 'string' && typeof v !== 'number')
        error(key, `${key} must be text (got ${describe(v)})`);
    }
    const t = (key: string) => asText(m[key]);
    const id = t('id_bigint');
    if (!id) error('id_bigint', 'id_bigint is required: the meeting id on the BMLT server');
    const weekday = Number(t('weekday_tinyint'));
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      error(
        'weekday_tinyint',
        `weekday_tinyint must be 1 (Sunday) to 7 (Saturday) (got "${t('weekday_tinyint') ?? ''}")`,
      );
    }
    const duration = minutesOf(t('duration_time'));
    if (t('duration_time') && duration === null) error('duration_time', 'duration_time must be HH:MM:SS');
    const latitude = asNumber(m['latitude']);
    const longitude = asNumber(m['longitude']);
    if (Number.isNaN(latitude)) error('latitude', 'latitude must be a number');
    if (Number.isNaN(longitude)) error('longitude', 'longitude must be a number');

    const types: string[] = [];
    for (const key of (t('formats') ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean)) {
      const { code, custom } = codeForFormat(key, formats?.get(key));
      if (!formats?.has(key) && !BMLT_KEY_CODES[key] && !BMLT_ATTENDANCE_KEYS.has(key) && key !== 'TC') {
        problems.push({
          row,
          field: 'formats',
          message: `format "${key}" is not among the server's formats`,
          severity: 'warning',
        });
      }
      if (custom && !customTypes.has(custom.code)) customTypes.set(custom.code, custom);
      if (code && !types.includes(code)) types.push(code);
    }

    if (problems.some((p) => p.severity === 'error') || !id) {
      feed.problems.push(...problems);
      return;
    }
    feed.problems.push(...problems);
    const venueType = t('venue_type');
    const name = t('meeting_name') ?? '';
    const regions = [t('location_sub_province'), t('location_city_subsection') ?? t('location_neighborhood')]
      .filter((r): r is string => Boolean(r))
      .filter((r, i, all) => all.indexOf(r) === i);
    const draft: MeetingDraft = {
      sourceKey: id,
      slug: `${slugify(name, 180)}-${id}`,
      name,
      programCode: options.programCode,
      days: [weekday - 1],
      startTime: t('start_time') ?? '',
      durationMinutes: duration && duration > 0 ? duration : null,
      timeZone: t('time_zone'),
      types,
      notes: t('comments'),
      venue: t('location_text'),
      address: t('location_street'),
      city: t('location_municipality'),
      state: t('location_province'),
      postalCode: t('location_postal_code_1'),
      country: t('location_nation'),
      locationNotes: t('location_info'),
      regions,
      latitude: latitude as number | null,
      longitude: longitude as number | null,
      // venue_type 2 is a virtual meeting: its address only anchors the zone.
      // (an in-person meeting without a street is placed only roughly: that is decided from its address)
      approximate:
        venueType === '2'
          ? true
          : (venueType === '1' || venueType === '3') && t('location_street')
            ? false
            : null,
      conferenceUrl: t('virtual_meeting_link'),
      conferenceUrlNotes: t('virtual_meeting_additional_info'),
      conferencePhone: t('phone_meeting_number'),
      published: t('published') !== '0',
    };
    feed.rows.push({ row, draft, fieldNames: BMLT_FIELDS });
  });
  feed.customTypes = [...customTypes.values()];
  return feed;
}
