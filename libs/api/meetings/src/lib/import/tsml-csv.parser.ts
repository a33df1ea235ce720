import type { DraftField, MeetingDraft, Problem } from '../domain/meeting-draft';
import { slugify } from '../domain/slug';
import { parseWeekday } from '../domain/time';
import { codeForTypeLabel } from '../vocabulary/vocabulary';
import { CsvSyntaxError, parseCsv } from './csv';
import { asNumber, ImportFormat, parseUpdated, type ParsedFeed, type ParseOptions } from './parsed-feed';

/** TSML template columns (lower-cased) for each draft field. */
const COLUMNS = {
  time: 'time',
  endTime: 'end time',
  day: 'day',
  name: 'name',
  location: 'location',
  address: 'address',
  city: 'city',
  state: 'state',
  postalCode: 'postal code',
  country: 'country',
  region: 'region',
  subRegion: 'sub region',
  types: 'types',
  notes: 'notes',
  locationNotes: 'location notes',
  timezone: 'timezone',
  group: 'group',
  groupNotes: 'group notes',
  website: 'website',
  venmo: 'venmo',
  square: 'square',
  paypal: 'paypal',
  conferenceUrl: 'conference url',
  conferenceUrlNotes: 'conference url notes',
  conferencePhone: 'conference phone',
  conferencePhoneNotes: 'conference phone notes',
  slug: 'slug',
  updated: 'updated',
  latitude: 'latitude',
  longitude: 'longitude',
  feedbackUrl: 'feedback url',
} as const;

export const TSML_FIELDS: Partial<Record<DraftField, string>> = {
  sourceKey: 'Slug',
  slug: 'Slug',
  name: 'Name',
  days: 'Day',
  startTime: 'Time',
  endTime: 'End Time',
  timeZone: 'Timezone',
  types: 'Types',
  venue: 'Location',
  formattedAddress: 'Address',
  latitude: 'Latitude',
  longitude: 'Longitude',
  conferenceUrl: 'Conference URL',
  conferencePhone: 'Conference Phone',
  url: 'Website',
  feedbackUrl: 'Feedback URL',
  groupName: 'Group',
};

/** Columns of the template we deliberately never import: people's contact details stay where they are. */
const PRIVATE_COLUMN = /^(contact \d (name|email|phone)|email|phone|mailing address|last contact|author)$/;

/**
 * The TSML (12 Step Meeting List) CSV template: a header row, then one meeting per line with times like
 * "6:00 PM", days by name and types by name ("Open, Wheelchair Access"). Contact columns are not read.
 */
export function parseTsmlCsv(text: string, options: ParseOptions): ParsedFeed {
  const feed: ParsedFeed = {
    format: ImportFormat.TSML_CSV,
    rows: [],
    problems: [],
    skipped: 0,
    customTypes: [],
  };
  let rows: ReturnType<typeof parseCsv>;
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    feed.problems.push({
      row: error.line,
      field: '(file)',
      message: `The CSV file is not well formed: ${error.message}.`,
      severity: 'error',
    });
    return feed;
  }
  const header = rows.shift();
  if (!header) {
    feed.problems.push({ field: '(file)', message: 'The CSV file is empty.', severity: 'error' });
    return feed;
  }
  const index = new Map(header.cells.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = (['time', 'day', 'name'] as const).filter((c) => !index.has(c));
  if (missing.length) {
    feed.problems.push({
      row: header.line,
      field: '(header)',
      message: `The header row lacks the column(s) ${missing.map((m) => `"${m[0].toUpperCase()}${m.slice(1)}"`).join(', ')} of the TSML template.`,
      severity: 'error',
    });
    return feed;
  }
  const readColumns = new Set<string>(Object.values(COLUMNS));
  const unread = header.cells
    .map((h) => h.trim())
    .filter((h) => h && !readColumns.has(h.toLowerCase()) && !PRIVATE_COLUMN.test(h.toLowerCase()));
  if (unread.length) {
    feed.problems.push({
      row: header.line,
      field: '(header)',
      message: `These columns are not imported: ${unread.map((h) => `"${h.slice(0, 40)}"`).join(', ')}.`,
      severity: 'warning',
    });
  }
  if (header.cells.some((h) => PRIVATE_COLUMN.test(h.trim().toLowerCase()))) {
    feed.problems.push({
      field: '(header)',
      message: 'Contact, email and phone columns are not imported: contact a group through Kinship instead.',
      severity: 'warning',
    });
  }

  for (const { line, cells } of rows) {
    if (cells.every((c) => !c.trim())) continue;
    const get = (column: keyof typeof COLUMNS): string | null => {
      const i = index.get(COLUMNS[column]);
      const v = i === undefined ? undefined : cells[i];
      return v?.trim() ? v.trim() : null;
    };
    const problems: Problem[] = [];
    const error = (field: string, message: string) =>
      problems.push({ row: line, field, message, severity: 'error' });
    const name = get('name') ?? '';
    const dayText = get('day');
    const time = get('time');
    if (!dayText || !time) {
      feed.skipped++;
      feed.problems.push({
        row: line,
        field: dayText ? 'Time' : 'Day',
        message: 'no day or time: a meeting "by appointment" is not imported',
        severity: 'warning',
      });
      continue;
    }
    const days: number[] = [];
    for (const part of dayText.split(/[,;/]/)) {
      const d = parseWeekday(part);
      if (d === null) error('Day', `"${part.trim()}" is not a weekday: use Sunday … Saturday`);
      else days.push(d);
    }
    const types: string[] = [];
    for (const label of (get('types') ?? '').split(',')) {
      if (!label.trim()) continue;
      const code = codeForTypeLabel(label);
      if (code === 'derived') continue;
      if (code) types.push(code);
      else
        problems.push({
          row: line,
          field: 'Types',
          message: `unknown type "${label.trim()}" (left out)`,
          severity: 'warning',
        });
    }
    const latitude = asNumber(get('latitude'));
    const longitude = asNumber(get('longitude'));
    if (Number.isNaN(latitude)) error('Latitude', 'Latitude must be a number');
    if (Number.isNaN(longitude)) error('Longitude', 'Longitude must be a number');
    feed.problems.push(...problems);
    if (problems.some((p) => p.severity === 'error')) continue;

    const slug = get('slug');
    const extras: Record<string, string> = {};
    for (const key of ['venmo', 'square', 'paypal'] as const) {
      const v = get(key);
      if (v) extras[key] = v;
    }
    const draft: MeetingDraft = {
      sourceKey: slug ?? `${slugify(name, 150)}-${days.join('')}-${time.replace(/\W/g, '').toLowerCase()}`,
      slug: slug ?? null,
      name,
      programCode: options.programCode,
      groupName: get('group'),
      groupNotes: get('groupNotes'),
      days,
      startTime: time,
      endTime: get('endTime'),
      timeZone: get('timezone'),
      types,
      notes: get('notes'),
      venue: get('location'),
      city: get('city'),
      state: get('state'),
      postalCode: get('postalCode'),
      country: get('country'),
      formattedAddress: get('address'),
      locationNotes: get('locationNotes'),
      regions: [get('region'), get('subRegion')].filter((r): r is string => Boolean(r)),
      latitude: latitude as number | null,
      longitude: longitude as number | null,
      conferenceUrl: get('conferenceUrl'),
      conferenceUrlNotes: get('conferenceUrlNotes'),
      conferencePhone: get('conferencePhone'),
      conferencePhoneNotes: get('conferencePhoneNotes'),
      url: get('website'),
      feedbackUrl: get('feedbackUrl'),
      extras,
      published: true,
      sourceUpdatedAt: parseUpdated(get('updated')),
    };
    feed.rows.push({ row: line, draft, fieldNames: TSML_FIELDS });
  }
  return feed;
}
