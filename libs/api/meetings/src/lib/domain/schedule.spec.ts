import { inProgressOrStartingWithin, nextOccurrence, upcomingOccurrences, wallClock } from './schedule';

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
