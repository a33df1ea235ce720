import { normalizeDraft } from '../domain/normalize';
import { Attendance } from '../domain/attendance';
import { fixture } from './fixtures';
import { parseFeed } from './parse-feed';
import { ImportFormat } from './parsed-feed';

const normalize = (feed: ReturnType<typeof parseFeed>) =>
  feed.rows.map((r) =>
    normalizeDraft(r.draft, { defaultTimeZone: 'UTC', row: r.row, fieldNames: r.fieldNames }),
  );

describe('Meeting Guide feeds', () => {
  it('reads the Greater New York feed: 1,513 meetings, days, times, zone, coordinates', () => {
    const feed = parseFeed(fixture('greater-new-york-na.meeting-guide.json'), { programCode: 'NA' });
    expect(feed.format).toBe(ImportFormat.MEETING_GUIDE);
    expect(feed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(feed.rows).toHaveLength(1513);
    const first = normalizeDraft(feed.rows[0].draft, { defaultTimeZone: 'UTC' }).record!;
    expect(first).toMatchObject({
      sourceKey: 'nothing-macho-2',
      days: [6],
      startMinute: 14 * 60,
      durationMinutes: 90,
      timeZone: 'America/New_York',
      types: ['M', 'O', 'STEP'],
      attendance: Attendance.IN_PERSON,
      latitude: 40.8806192784682,
      regions: ['Bronx Area Service', 'New York'],
    });
  });

  it('derives in person, online and inactive from the tsml-ui fixtures', () => {
    const records = normalize(parseFeed(fixture('unit-fixture-meetings.json'))).map((r) => r.record!);
    expect(records.map((r) => [r.sourceKey, r.attendance, r.timeZone])).toEqual([
      ['in-person', Attendance.IN_PERSON, 'America/Chicago'],
      ['online', Attendance.ONLINE, 'America/New_York'],
      ['inactive', Attendance.INACTIVE, 'America/New_York'],
    ]);
  });

  it('reads the online-intergroup variant (duration, conference_notes, split type lists)', () => {
    const text = JSON.stringify([
      {
        slug: 'oiaa-1',
        name: 'Test Meeting',
        timezone: 'America/Denver',
        day: 2,
        time: '19:00',
        duration: 45,
        conference_url: 'https://us02web.zoom.us/j/1',
        conference_notes: 'Password: serenity',
        languages: ['EN'],
        features: ['DB'],
        formats: ['BE'],
        communities: ['M'],
        type: 'C',
      },
    ]);
    const record = normalize(parseFeed(text))[0].record!;
    expect(record.durationMinutes).toBe(45);
    expect(record.conferenceUrlNotes).toBe('Password: serenity');
    expect(record.types).toEqual(['BE', 'C', 'DB', 'EN', 'M']);
  });

  it('reports each wrong field with its row, and skips "by appointment" meetings with a warning', () => {
    const text = JSON.stringify([
      { slug: 'ok', name: 'Fine', day: 1, time: '19:00' },
      { slug: 'late', name: 'Too Late', day: 1, time: '25:00' },
      { name: 'No Slug', day: 9, time: '10:00', latitude: 'north' },
      { slug: 'appt', name: 'By Appointment' },
    ]);
    const feed = parseFeed(text);
    const problems = [...feed.problems, ...normalize(feed).flatMap((n) => n.problems)];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, field: 'time', severity: 'error' }),
        expect.objectContaining({ row: 3, field: 'slug', severity: 'error' }),
        expect.objectContaining({ row: 3, field: 'day', severity: 'error' }),
        expect.objectContaining({ row: 3, field: 'latitude', severity: 'error' }),
        expect.objectContaining({ row: 4, field: 'day', severity: 'warning' }),
      ]),
    );
    expect(feed.skipped).toBe(1);
  });

  it('refuses a feed that is not an array', () => {
    const feed = parseFeed('{"meetings": "none"}');
    expect(feed.problems[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('JSON array'),
    });
  });
});

describe('BMLT GetSearchResults', () => {
  const results = fixture('greater-new-york-na.get-search-results.json');
  const formats = fixture('greater-new-york-na.formats.json');

  it('maps weekday 1 = Sunday … 7 = Saturday, HH:MM:SS, and formats through their world ids', () => {
    const feed = parseFeed(results, { bmltFormatsText: formats });
    expect(feed.format).toBe(ImportFormat.BMLT);
    expect(feed.rows).toHaveLength(1555);
    const first = normalizeDraft(feed.rows[0].draft, { defaultTimeZone: 'America/New_York' }).record!;
    // id 2: weekday_tinyint 7 (Saturday), 14:00:00 for 01:30:00, formats M,O,St
    expect(first).toMatchObject({
      sourceKey: '2',
      days: [6],
      startMinute: 840,
      durationMinutes: 90,
      types: ['M', 'O', 'STEP'],
    });
    const unpublished = feed.rows.filter((r) => !r.draft.published).length;
    expect(unpublished).toBe(1555 - 1513);
  });

  it('keeps formats without an equivalent as NA-<KEY> codes named from the server’s formats', () => {
    const feed = parseFeed(
      JSON.stringify({ meetings: JSON.parse(results).slice(0, 50), formats: JSON.parse(formats) }),
    );
    const codes = feed.customTypes.map((t) => t.code);
    for (const c of codes) expect(c).toMatch(/^NA-[A-Z0-9]+$/);
    const closedHolidays = feed.customTypes.find((t) => t.code === 'NA-CH');
    if (closedHolidays)
      expect(closedHolidays.names).toMatchObject({ en: 'Closed Holidays', es: 'Cerrado en Días de fiesta' });
  });

  it('refuses results with format keys but no formats to resolve them', () => {
    const feed = parseFeed(results);
    expect(feed.rows).toHaveLength(0);
    expect(feed.problems[0]).toMatchObject({
      field: 'formats',
      severity: 'error',
      message: expect.stringContaining('GetFormats'),
    });
  });
});

describe('TSML CSV', () => {
  const feed = parseFeed(fixture('tsml-template-sample.csv'));
  const records = normalize(feed);

  it('reads times like 7:00 PM, days by name, types by name, and leaves contact columns out', () => {
    expect(feed.format).toBe(ImportFormat.TSML_CSV);
    const harbor = records[0].record!;
    expect(harbor).toMatchObject({
      sourceKey: 'harbor-lights',
      days: [1],
      startMinute: 19 * 60,
      durationMinutes: 90,
      types: ['O', 'X'],
      notes: 'Use the side door, "the blue one".',
      groupName: 'Harbor Lights Group',
      latitude: 43.6566,
      attendance: Attendance.IN_PERSON,
      extras: { venmo: '@harbor-lights' },
    });
    expect(JSON.stringify(records)).not.toContain('pat@example.org');
    expect(JSON.stringify(records)).not.toContain('contact@example.org');
    expect(feed.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: '(header)', severity: 'warning' })]),
    );
  });

  it('derives online and temporarily closed meetings, and skips the one by appointment (line 6)', () => {
    expect(records[2].record).toMatchObject({
      attendance: Attendance.ONLINE,
      conferencePhone: '+12075550199,,123456#',
    });
    expect(records[3].record).toMatchObject({ attendance: Attendance.INACTIVE, types: ['O', 'TC'] });
    expect(feed.skipped).toBe(1);
    expect(feed.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 6, severity: 'warning' })]),
    );
  });

  it('names the line and column of a bad value', () => {
    const bad = parseFeed('Time,Day,Name,Types\n25:00,Monday,Late,Open\n7 PM,Funday,Odd,Open\n');
    const problems = [...bad.problems, ...normalize(bad).flatMap((n) => n.problems)];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, field: 'Time', severity: 'error' }),
        expect.objectContaining({ row: 3, field: 'Day', severity: 'error' }),
      ]),
    );
  });
});

describe('format recognition', () => {
  it('refuses text that is none of the formats', () => {
    const feed = parseFeed('hello, this is not a feed');
    expect(feed.problems[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('TSML') });
  });
});
