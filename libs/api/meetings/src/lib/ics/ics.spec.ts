import type { Meeting } from '../dto/meeting.model';
import { Attendance } from '../domain/attendance';
import { calendar, escapeText, foldLine } from './ics';
import { transitionsInYear, vtimezone } from './vtimezone';

const meeting = (over: Partial<Meeting> = {}): Meeting => ({
  id: '11111111-2222-3333-4444-555555555555',
  slug: 'x',
  name: 'Tuesday Night, Step; Study',
  days: [2, 4],
  startTime: '19:30',
  endTime: '21:00',
  startMinute: 1170,
  durationMinutes: 90,
  timeZone: 'America/New_York',
  notes: '',
  attendance: Attendance.HYBRID,
  location: {
    venue: 'St. Mark’s',
    address: '1 Main St',
    city: 'New York',
    state: 'NY',
    postalCode: '10001',
    country: 'USA',
    formattedAddress: '1 Main St, New York, NY 10001, USA',
    notes: 'Basement',
    latitude: 40.75,
    longitude: -73.99,
    approximate: false,
    active: true,
    directionsUrl: null,
  },
  online: {
    url: 'https://zoom.us/j/123',
    provider: 'Zoom',
    urlNotes: null,
    phone: '+16465588656,,123#',
    phoneNotes: null,
  },
  regions: [],
  url: null,
  feedbackUrl: null,
  published: true,
  updatedAt: new Date('2026-11-20T12:00:00Z'),
  chatRoomKey: 'meeting:x',
  icsPath: '/meetings/x.ics',
  programId: 'p',
  groupId: null,
  typeCodes: [],
  overrides: [],
  missingSince: null,
  ...over,
});

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('meeting calendar files', () => {
  const ics = calendar([{ meeting: meeting(), pageUrl: 'https://kinship.example/meetings/x' }], {
    name: 'x',
    now: new Date('2026-11-21T00:00:00Z'),
  });

  it('is a weekly event in the meeting’s own zone, starting at its first occurrence after the last change', () => {
    const text = unfold(ics);
    expect(text).toContain('DTSTART;TZID=America/New_York:20261124T193000\r\n');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU,TH\r\n');
    expect(text).toContain('DURATION:PT1H30M\r\n');
    expect(text).toContain('SUMMARY:Tuesday Night\\, Step\\; Study\r\n');
    expect(text).toContain('Join on Zoom: https://zoom.us/j/123\\nDial in: +16465588656\\,\\,123#');
    expect(text).toContain('GEO:40.750000;-73.990000\r\n');
    expect(text).toContain('UID:meeting-11111111-2222-3333-4444-555555555555@kinship\r\n');
  });

  it('carries a VTIMEZONE with the zone’s yearly rules', () => {
    const text = unfold(ics);
    expect(text).toMatch(
      /BEGIN:VTIMEZONE\r\nTZID:America\/New_York\r\nBEGIN:DAYLIGHT\r\nDTSTART:2025\d{4}T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400/,
    );
    expect(text).toMatch(
      /BEGIN:STANDARD\r\nDTSTART:2025\d{4}T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500/,
    );
  });

  it('uses CRLF and folds every line to 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
  });
});

describe('VTIMEZONE', () => {
  it('London changes on the last Sunday of March and October at 01:00 UTC', () => {
    const text = vtimezone('Europe/London', 2026).join('\n');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(text).toContain('DTSTART:20260329T010000');
  });

  it('Tokyo has one fixed offset', () => {
    expect(vtimezone('Asia/Tokyo', 2026)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      expect.stringMatching(/^TZNAME:/),
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('finds each transition to the minute', () => {
    expect(transitionsInYear('America/New_York', 2026)).toEqual([
      { at: Date.parse('2026-03-08T07:00:00Z'), from: -300, to: -240 },
      { at: Date.parse('2026-11-01T06:00:00Z'), from: -240, to: -300 },
    ]);
  });
});

describe('text escaping and folding', () => {
  it('escapes backslashes, separators and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('never splits a multi-byte character', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
  });
});
