import type { DraftField, MeetingDraft, Problem } from '../domain/meeting-draft';
import { EXTRA_FIELDS } from '../domain/meeting-draft';
import { MEETING_GUIDE_TO_NA } from '../vocabulary/na-formats';
import {
  asNumber,
  asText,
  describe,
  ImportFormat,
  parseUpdated,
  type ParsedFeed,
  type ParseOptions,
} from './parsed-feed';

/** How the Meeting Guide spec names each field, for problems. */
export const MEETING_GUIDE_FIELDS: Partial<Record<DraftField, string>> = {
  sourceKey: 'slug',
  name: 'name',
  days: 'day',
  startTime: 'time',
  endTime: 'end_time',
  durationMinutes: 'duration',
  timeZone: 'timezone',
  types: 'types',
  notes: 'notes',
  venue: 'location',
  address: 'address',
  formattedAddress: 'formatted_address',
  locationNotes: 'location_notes',
  latitude: 'latitude',
  longitude: 'longitude',
  conferenceUrl: 'conference_url',
  conferencePhone: 'conference_phone',
  url: 'url',
  feedbackUrl: 'feedback_url',
  groupName: 'group',
  slug: 'slug',
};

type Json = Record<string, unknown>;

/** Every field this parser reads; any other field is reported as not imported. */
const READ_FIELDS = new Set([
  ...EXTRA_FIELDS,
  ...['slug', 'name', 'day', 'time', 'end_time', 'duration', 'timezone', 'types', 'languages', 'features'],
  ...['formats', 'communities', 'type', 'notes', 'location', 'address', 'city', 'state', 'postal_code'],
  ...['country', 'formatted_address', 'location_notes', 'region', 'sub_region', 'regions', 'latitude'],
  ...['longitude', 'approximate', 'conference_url', 'conference_url_notes', 'conference_notes'],
  ...['conference_phone', 'conference_phone_notes', 'url', 'feedback_url', 'group', 'group_notes'],
  ...['entity_url', 'updated', 'program'],
]);

/** Text fields where a number is a natural way to write the value. */
const NUMBER_AS_TEXT = new Set(['slug', 'postal_code', 'conference_phone', 'entity_phone']);

function stringList(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.map((v) => String(v).trim()).filter(Boolean);
  }
  return null;
}

function parseDays(value: unknown): number[] | null {
  const list = Array.isArray(value) ? value : [value];
  const out: number[] = [];
  for (const v of list) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < 0 || n > 6) return null;
    out.push(n);
  }
  return out;
}

function yesNo(value: unknown): boolean | null {
  if (value === true || value === false) return value;
  if (typeof value === 'string') {
    if (/^(yes|true|1)$/i.test(value.trim())) return true;
    if (/^(no|false|0)$/i.test(value.trim())) return false;
  }
  return null;
}

/**
 * A Meeting Guide feed (code4recovery spec): a JSON array of meetings. Also reads the online-intergroup
 * variant (`duration`, `conference_notes`, and `type`/`languages`/`features`/`formats`/`communities`).
 * Meetings without a day or time are "by appointment": reported and left out.
 */
export function parseMeetingGuide(value: unknown, options: ParseOptions): ParsedFeed {
  const feed: ParsedFeed = {
    format: ImportFormat.MEETING_GUIDE,
    rows: [],
    problems: [],
    skipped: 0,
    customTypes: [],
  };
  if (!Array.isArray(value)) {
    feed.problems.push({
      field: '(file)',
      message:
        'A Meeting Guide feed is a JSON array of meetings ([{ "name": …, "slug": …, "day": …, "time": … }, …]).',
      severity: 'error',
    });
    return feed;
  }
  const dropped = new Map<string, { first: number; count: number }>();
  value.forEach((item: unknown, index) => {
    const row = index + 1;
    const problems: Problem[] = [];
    const error = (field: string, message: string) =>
      problems.push({ row, field, message, severity: 'error' });
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      error('(row)', 'each entry of the feed must be an object describing one meeting');
      feed.problems.push(...problems);
      return;
    }
    const m = item as Json;
    for (const key of Object.keys(m)) {
      if (READ_FIELDS.has(key) || m[key] === null || m[key] === '') continue;
      const seen = dropped.get(key);
      if (seen) seen.count++;
      else dropped.set(key, { first: row, count: 1 });
    }
    /** A text field: a string (or, for identifiers and codes, a number); anything else is an error. */
    const textField = (key: string): string | null => {
      const v = m[key];
      if (v === undefined || v === null) return null;
      if (typeof v === 'string') return v.trim() || null;
      if (typeof v === 'number' && Number.isFinite(v) && NUMBER_AS_TEXT.has(key)) return String(v);
      error(key, `${key} must be text (got ${describe(v)})`);
      return null;
    };

    const slug = textField('slug');
    const slugMistyped = m['slug'] !== undefined && m['slug'] !== null && typeof m['slug'] !== 'string';
    if (!slug && !slugMistyped)
      error('slug', 'slug is required: a unique, URL-safe identifier for the meeting');
    const name = textField('name') ?? '';

    if (m['day'] === undefined || m['day'] === null || m['day'] === '' || !asText(m['time'])) {
      feed.skipped++;
      feed.problems.push({
        row,
        field: m['day'] === undefined || m['day'] === null || m['day'] === '' ? 'day' : 'time',
        message: 'no day or time: a meeting "by appointment" is not imported',
        severity: 'warning',
      });
      return;
    }
    const days = parseDays(m['day']);
    if (!days) error('day', 'day must be 0 (Sunday) to 6 (Saturday), or an array of them');
    const time = textField('time');

    const types: string[] = [];
    for (const key of ['types', 'languages', 'features', 'formats', 'communities', 'type']) {
      const list = stringList(m[key]);
      if (list === null) error(key, `${key} must be an array of type codes (got ${describe(m[key])})`);
      else types.push(...list);
    }

    const latitude = asNumber(m['latitude']);
    const longitude = asNumber(m['longitude']);
    if (Number.isNaN(latitude))
      error('latitude', `latitude must be a number (got ${describe(m['latitude'])})`);
    if (Number.isNaN(longitude))
      error('longitude', `longitude must be a number (got ${describe(m['longitude'])})`);

    const regions = stringList(m['regions']);
    if (regions === null)
      error(
        'regions',
        `regions must be an array of names, general to specific (got ${describe(m['regions'])})`,
      );

    const duration = m['duration'];
    if (
      duration !== undefined &&
      duration !== null &&
      (typeof duration !== 'number' || !Number.isInteger(duration))
    ) {
      error('duration', `duration must be a whole number of minutes (got ${describe(duration)})`);
    }
    const approximate = m['approximate'] === undefined ? null : yesNo(m['approximate']);
    if (m['approximate'] !== undefined && approximate === null)
      error('approximate', `approximate must be "yes" or "no" (got ${describe(m['approximate'])})`);

    const extras: Record<string, string> = {};
    for (const key of EXTRA_FIELDS) {
      const v = textField(key);
      if (v) extras[key] = v;
    }
    const entityUrl = textField('entity_url');
    if (entityUrl && !extras['entity_website_url']) extras['entity_website_url'] = entityUrl;

    const updatedText = textField('updated');
    const sourceUpdatedAt = parseUpdated(updatedText);
    if (updatedText && !sourceUpdatedAt) {
      problems.push({
        row,
        field: 'updated',
        message: `"${updatedText.slice(0, 40)}" is not a date and time like 2024-05-31 14:32:23 (left out)`,
        severity: 'warning',
      });
    }
    const program = textField('program')?.toUpperCase() ?? null;
    if (program && !/^[A-Z0-9][A-Z0-9-]{0,19}$/.test(program))
      error('program', `"${program.slice(0, 40)}" is not a program code (letters, digits and hyphens)`);

    const fields = {
      groupName: textField('group'),
      groupNotes: textField('group_notes'),
      endTime: textField('end_time'),
      timeZone: textField('timezone'),
      notes: textField('notes'),
      venue: textField('location'),
      address: textField('address'),
      city: textField('city'),
      state: textField('state'),
      postalCode: textField('postal_code'),
      country: textField('country'),
      formattedAddress: textField('formatted_address'),
      locationNotes: textField('location_notes'),
      region: textField('region'),
      subRegion: textField('sub_region'),
      conferenceUrl: textField('conference_url'),
      conferenceUrlNotes: textField('conference_url_notes') ?? textField('conference_notes'),
      conferencePhone: textField('conference_phone'),
      conferencePhoneNotes: textField('conference_phone_notes'),
      url: textField('url'),
      feedbackUrl: textField('feedback_url'),
    };

    const hasErrors = problems.some((p) => p.severity === 'error');
    feed.problems.push(...problems);
    if (hasErrors || !slug || !days) return;
    const { region, subRegion, ...rest } = fields;
    const rowProgram = program ?? options.programCode;
    const draft: MeetingDraft = {
      ...rest,
      sourceKey: slug,
      slug,
      name,
      programCode: rowProgram,
      days,
      startTime: time ?? '',
      durationMinutes: typeof duration === 'number' ? duration : null,
      // an NA meeting from a feed (ours publishes Meeting Guide codes) gets its NA codes back
      types: rowProgram === 'NA' ? types.map((t) => MEETING_GUIDE_TO_NA[t] ?? t) : types,
      regions:
        regions && regions.length ? regions : [region, subRegion].filter((r): r is string => Boolean(r)),
      latitude: latitude as number | null,
      longitude: longitude as number | null,
      approximate,
      extras,
      published: true,
      sourceUpdatedAt,
    };
    feed.rows.push({ row, draft, fieldNames: MEETING_GUIDE_FIELDS });
  });
  for (const [key, { first, count }] of dropped) {
    feed.problems.push({
      row: first,
      field: key,
      message: `${key} is not imported (${count} meeting${count === 1 ? '' : 's'})${
        /email|contact/i.test(key) ? ': Kinship never publishes email addresses or contact details' : ''
      }`,
      severity: 'warning',
    });
  }
  return feed;
}
