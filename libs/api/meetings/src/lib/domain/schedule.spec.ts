import { DateTime } from 'luxon';
import {
  inProgressOrStartingWithin,
  nextOccurrence,
  upcomingOccurrences,
  wallClock,
  type WeeklySchedule,
} from './schedule';

const ny = (days: number[], start: string, duration = 60) => ({
  days,
  startMinute: Number(start.slice(0, 2)) * 60 + Number(start.slice(3)),
  durationMinutes: duration,
  timeZone: 'America/New_York',
});

describe('weekly schedule in the meeting’s own zone', () => {
  it('a Saturday 23:30 meeting is in progress at Sunday 00:15 (weekday wrap)', () => {
    const sundayQuarterPast = new Date('2026-11-22T05:15:00Z'); // Sunday 00:15 EST
    const next = nextOccurrence(ny([6], '23:30'), sundayQuarterPast)!;
    expect(next.inProgress).toBe(true);
    expect(next.start.toISOString()).toBe('2026-11-22T04:30:00.000Z');
    expect(inProgressOrStartingWithin(ny([6], '23:30'), sundayQuarterPast, 0)).toBe(true);
    // and it is over at 00:31
    expect(nextOccurrence(ny([6], '23:30'), new Date('2026-11-22T05:31:00Z'))!.inProgress).toBe(false);
  });

  it('is right on the day clocks spring forward (America/New_York, 8 March 2026)', () => {
    const schedule = ny([0], '09:00');
    // 13:05 UTC is 09:05 EDT that day; with last week's offset (EST) it would look like 08:05
    expect(nextOccurrence(schedule, new Date('2026-03-08T13:05:00Z'))!.inProgress).toBe(true);
    expect(nextOccurrence(schedule, new Date('2026-03-08T13:05:00Z'))!.start.toISOString()).toBe(
      '2026-03-08T13:00:00.000Z',
    );
    expect(inProgressOrStartingWithin(schedule, new Date('2026-03-08T12:30:00Z'), 15)).toBe(false);
    expect(inProgressOrStartingWithin(schedule, new Date('2026-03-08T12:50:00Z'), 15)).toBe(true);
  });

  it('is right on the day clocks fall back (America/New_York, 1 November 2026)', () => {
    const schedule = ny([0], '09:00');
    // 13:05 UTC is 08:05 EST that day (it was 09:05 EDT the week before)
    expect(nextOccurrence(schedule, new Date('2026-11-01T13:05:00Z'))!.inProgress).toBe(false);
    expect(nextOccurrence(schedule, new Date('2026-11-01T13:05:00Z'))!.start.toISOString()).toBe(
      '2026-11-01T14:00:00.000Z',
    );
    expect(nextOccurrence(schedule, new Date('2026-11-01T14:05:00Z'))!.inProgress).toBe(true);
  });

  it('a meeting in the skipped hour starts when the clock resumes, like PostgreSQL places it', () => {
    const start = nextOccurrence(ny([0], '02:30'), new Date('2026-03-08T05:00:00Z'))!.start;
    expect(start.toISOString()).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
  });

  it('a Tokyo meeting at 19:00 on Monday is starting soon for a New York viewer on Monday morning', () => {
    const tokyo = { days: [1], startMinute: 19 * 60, durationMinutes: 60, timeZone: 'Asia/Tokyo' };
    const nyMonday0450 = new Date('2026-11-23T09:50:00Z'); // Monday 04:50 EST = Monday 18:50 JST
    expect(inProgressOrStartingWithin(tokyo, nyMonday0450, 15)).toBe(true);
    const next = nextOccurrence(tokyo, nyMonday0450)!;
    expect(wallClock(next.start, 'America/New_York')).toEqual({ day: 1, minute: 5 * 60 });
    // in July New York keeps daylight time: the same meeting is at 06:00 there
    const july = nextOccurrence(tokyo, new Date('2026-07-01T00:00:00Z'))!;
    expect(wallClock(july.start, 'America/New_York')).toEqual({ day: 1, minute: 6 * 60 });
    // and a viewer in American Samoa (UTC-11) sees it late on Sunday, not on Monday
    expect(wallClock(next.start, 'Pacific/Pago_Pago')).toEqual({ day: 0, minute: 23 * 60 });
  });

  it('lists the next occurrences of a meeting held on several days, in order', () => {
    const list = upcomingOccurrences(ny([1, 3], '19:00'), new Date('2026-11-21T12:00:00Z'), 3);
    expect(list.map((o) => o.start.toISOString())).toEqual([
      '2026-11-24T00:00:00.000Z',
      '2026-11-26T00:00:00.000Z',
      '2026-12-01T00:00:00.000Z',
    ]);
  });
});

/** The same rule written with luxon dates (how it was computed before), to compare with. */
function withLuxon(schedule: WeeklySchedule, at: Date, count: number) {
  const days = new Set(schedule.days);
  const today = DateTime.fromJSDate(at, { zone: schedule.timeZone }).startOf('day');
  const out: { start: string; end: string; inProgress: boolean }[] = [];
  const weeks = Math.ceil(count / days.size) + 1;
  for (let offset = -1; offset <= weeks * 7 && out.length < count; offset++) {
    const date = today.plus({ days: offset });
    if (!days.has(date.weekday % 7)) continue;
    const start = DateTime.fromObject(
      {
        year: date.year,
        month: date.month,
        day: date.day,
        hour: Math.floor(schedule.startMinute / 60),
        minute: schedule.startMinute % 60,
      },
      { zone: schedule.timeZone },
    );
    const end = start.plus({ minutes: schedule.durationMinutes });
    if (end.toMillis() <= at.getTime()) continue;
    out.push({ start: start.toISO()!, end: end.toISO()!, inProgress: start.toMillis() <= at.getTime() });
  }
  return out.map((o) => ({
    ...o,
    start: new Date(o.start).toISOString(),
    end: new Date(o.end).toISOString(),
  }));
}

describe('upcoming occurrences computed without luxon dates', () => {
  it('match luxon’s for many schedules, zones and instants around daylight-saving changes', () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    const zones = [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/Phoenix',
      'Pacific/Chatham',
      'America/Sao_Paulo',
    ];
    const around = [
      '2026-03-08T07:00:00Z',
      '2026-03-29T01:00:00Z',
      '2026-10-04T15:30:00Z',
      '2026-11-01T06:00:00Z',
      '2026-07-15T12:00:00Z',
    ];
    for (let i = 0; i < 1500; i++) {
      const schedule: WeeklySchedule = {
        days: [...new Set([next(7), next(7), next(7)].slice(0, 1 + next(3)))],
        // often in the small hours, where the clocks change
        startMinute: next(2) ? next(1440) : 60 + next(180),
        durationMinutes: 1 + next(300),
        timeZone: zones[next(zones.length)],
      };
      const at = new Date(
        Date.parse(around[next(around.length)]) + (next(4 * 24 * 60) - 2 * 24 * 60) * 60_000,
      );
      const count = 1 + next(7);
      const ours = upcomingOccurrences(schedule, at, count).map((o) => ({
        start: o.start.toISOString(),
        end: o.end.toISOString(),
        inProgress: o.inProgress,
      }));
      expect({ schedule, at, ours }).toEqual({ schedule, at, ours: withLuxon(schedule, at, count) });
    }
  });

  it('gives nothing for an unknown zone, as before', () => {
    expect(upcomingOccurrences({ ...ny([1], '19:00'), timeZone: 'Mars/Olympus' }, new Date(), 3)).toEqual([]);
  });
});
