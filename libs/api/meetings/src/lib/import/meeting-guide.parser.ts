import type { DraftField, MeetingDraft, Problem } from '../domain/meeting-draft';
import { EXTRA_FIELDS } from '../domain/meeting-draft';
import {
  asNumber,
  asText,
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
    const textField = (key: string): string | null => {
      const v = m[key];
      if (v === undefined || v === null) return null;
      const t = asText(v);
      if (t === null && v !== '') error(key, `${key} must be text`);
      return t;
    };

    const slug = textField('slug');
    if (!slug) error('slug', 'slug is required: a unique, URL-safe identifier for the meeting');
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

    const types: string[] = [];
    for (const key of ['types', 'languages', 'features', 'formats', 'communities', 'type']) {
      const list = stringList(m[key]);
      if (list === null) error(key, `${key} must be an array of type codes`);
      else types.push(...list);
    }

    const latitude = asNumber(m['latitude']);
    const longitude = asNumber(m['longitude']);
    if (Number.isNaN(latitude)) error('latitude', 'latitude must be a number');
    if (Number.isNaN(longitude)) error('longitude', 'longitude must be a number');

    const regions = stringList(m['regions']);
    if (regions === null) error('regions', 'regions must be an array of names, general to specific');

    const duration = m['duration'];
    if (
      duration !== undefined &&
      duration !== null &&
      (typeof duration !== 'number' || !Number.isInteger(duration))
    ) {
      error('duration', 'duration must be a whole number of minutes');
    }
    const approximate = m['approximate'] === undefined ? null : yesNo(m['approximate']);
    if (m['approximate'] !== undefined && approximate === null)
      error('approximate', 'approximate must be "yes" or "no"');

    const extras: Record<string, string> = {};
    for (const key of EXTRA_FIELDS) {
      const v = textField(key);
      if (v) extras[key] = v;
    }
    const entityUrl = textField('entity_url');
    if (entityUrl && !extras['entity_website_url']) extras['entity_website_url'] = entityUrl;

    if (problems.length > 0 || !slug || !days) {
      feed.problems.push(...problems);
      return;
    }
    const draft: MeetingDraft = {
      sourceKey: slug,
      slug,
      name,
      programCode: options.programCode,
      groupName: textField('group'),
      groupNotes: textField('group_notes'),
      days,
      startTime: asText(m['time']) ?? '',
      endTime: textField('end_time'),
      durationMinutes: typeof duration === 'number' ? duration : null,
      timeZone: textField('timezone'),
      types,
      notes: textField('notes'),
      venue: textField('location'),
      address: textField('address'),
      city: textField('city'),
      state: textField('state'),
      postalCode: textField('postal_code'),
      country: textField('country'),
      formattedAddress: textField('formatted_address'),
      locationNotes: textField('location_notes'),
      regions:
        regions && regions.length
          ? regions
          : [textField('region'), textField('sub_region')].filter((r): r is string => Boolean(r)),
      latitude: latitude as number | null,
      longitude: longitude as number | null,
      approximate,
      conferenceUrl: textField('conference_url'),
      conferenceUrlNotes: textField('conference_url_notes') ?? textField('conference_notes'),
      conferencePhone: textField('conference_phone'),
      conferencePhoneNotes: textField('conference_phone_notes'),
      url: textField('url'),
      feedbackUrl: textField('feedback_url'),
      extras,
      published: true,
      sourceUpdatedAt: parseUpdated(m['updated']),
    };
    feed.rows.push({ row, draft, fieldNames: MEETING_GUIDE_FIELDS });
  });
  return feed;
}
