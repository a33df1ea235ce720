import { cleanTime, localToday } from './milestones';

const at = (instant: string) => new Date(instant);
const dates = (clean: string, now: string, zone = 'UTC') =>
  Object.fromEntries(cleanTime(clean, zone, at(now)).reached.map((m) => [m.key, m.date]));

describe('clean time and milestones', () => {
  it('counts the clean date as day 0 with 24 hours next, tomorrow', () => {
    const count = cleanTime('2026-03-10', 'UTC', at('2026-03-10T15:00:00Z'));
    expect(count).toMatchObject({ today: '2026-03-10', days: 0, reached: [], latest: null });
    expect(count.next).toEqual({ key: 'h24', unit: 'hours', amount: 24, date: '2026-03-11', daysAway: 1 });
  });

  it('reaches milestones in order: 24 hours, 30/60/90 days, 6 and 9 months, 1 year, 18 months, then yearly', () => {
    const count = cleanTime('2020-01-15', 'UTC', at('2024-01-15T12:00:00Z'));
    expect(count.reached.map((m) => m.key)).toEqual([
      'h24',
      'd30',
      'd60',
      'd90',
      'm6',
      'm9',
      'y1',
      'm18',
      'y2',
      'y3',
      'y4',
    ]);
    expect(count.latest).toMatchObject({ key: 'y4', unit: 'years', amount: 4, daysAgo: 0 });
    expect(count.next).toMatchObject({ key: 'y5', date: '2025-01-15', daysAway: 366 });
    expect(count).toMatchObject({ years: 4, months: 0, remainderDays: 0, days: 1461 });
  });

  describe('in the member’s time zone', () => {
    // 2026-01-31T03:00Z is still Jan 30 in Los Angeles, and already Jan 31 afternoon in Auckland.
    const now = '2026-01-31T03:00:00Z';

    it('reaches 30 days at the member’s midnight, not the server’s', () => {
      expect(cleanTime('2026-01-01', 'UTC', at(now))).toMatchObject({ days: 30, latest: { key: 'd30' } });
      expect(cleanTime('2026-01-01', 'Pacific/Auckland', at(now))).toMatchObject({
        today: '2026-01-31',
        days: 30,
        latest: { key: 'd30', daysAgo: 0 },
      });
      const la = cleanTime('2026-01-01', 'America/Los_Angeles', at(now));
      expect(la).toMatchObject({ today: '2026-01-30', days: 29, latest: { key: 'h24' } });
      expect(la.next).toMatchObject({ key: 'd30', date: '2026-01-31', daysAway: 1 });
    });

    it('neither skips nor repeats a day across a daylight-saving change', () => {
      // New York springs forward on 2026-03-08; 00:30 local on Mar 31 is 04:30Z.
      expect(cleanTime('2026-03-01', 'America/New_York', at('2026-03-31T04:30:00Z')).days).toBe(30);
      expect(cleanTime('2026-03-01', 'America/New_York', at('2026-03-31T03:30:00Z')).days).toBe(29);
      // and falls back on 2026-11-01
      expect(cleanTime('2026-10-25', 'America/New_York', at('2026-11-02T05:00:00Z')).days).toBe(8);
    });

    it('uses UTC when the zone is unknown', () => {
      expect(localToday('Not/AZone', at('2026-01-31T03:00:00Z'))).toBe('2026-01-31');
      expect(localToday(null, at('2026-01-31T23:59:59Z'))).toBe('2026-01-31');
    });

    it('treats a clean date after the member’s today (after a zone change) as day 0', () => {
      const count = cleanTime('2026-01-31', 'America/Los_Angeles', at('2026-01-31T03:00:00Z'));
      expect(count).toMatchObject({ days: 0, latest: null, next: { key: 'h24', date: '2026-02-01' } });
    });
  });

  describe('calendar months', () => {
    it('land on the last day of a shorter month, computed from the clean date each time', () => {
      const m = dates('2025-08-31', '2028-01-01');
      expect(m['m6']).toBe('2026-02-28');
      expect(m['m9']).toBe('2026-05-31');
      expect(m['y1']).toBe('2026-08-31');
      expect(m['m18']).toBe('2027-02-28');
      // not chained: Jan 31 + 6 months is Jul 31, never a clamped Jul 28 or 30
      expect(dates('2025-01-31', '2026-01-01')['m6']).toBe('2025-07-31');
    });

    it('use Feb 29 in a leap year', () => {
      expect(dates('2023-08-31', '2025-01-01')['m6']).toBe('2024-02-29');
    });

    it('count 6 months and 0 days on the 6-month date', () => {
      expect(cleanTime('2025-08-31', 'UTC', at('2026-02-28T12:00:00Z'))).toMatchObject({
        years: 0,
        months: 6,
        remainderDays: 0,
        latest: { key: 'm6', daysAgo: 0 },
      });
    });
  });

  describe('a Feb 29 clean date', () => {
    it('has its anniversary on Feb 28 in common years and on Feb 29 in leap years', () => {
      const m = dates('2024-02-29', '2033-01-01');
      expect([m['y1'], m['y2'], m['y3'], m['y4'], m['y8']]).toEqual([
        '2025-02-28',
        '2026-02-28',
        '2027-02-28',
        '2028-02-29',
        '2032-02-29',
      ]);
      expect(m['m18']).toBe('2025-08-29');
    });

    it('is not a year on Feb 27 of a common year, and is on Feb 28', () => {
      expect(cleanTime('2024-02-29', 'UTC', at('2025-02-27T12:00:00Z')).next).toMatchObject({
        key: 'y1',
        date: '2025-02-28',
        daysAway: 1,
      });
      expect(cleanTime('2024-02-29', 'UTC', at('2025-02-28T12:00:00Z')).latest).toMatchObject({
        key: 'y1',
        daysAgo: 0,
      });
    });

    it('counts 90 days in calendar days across Feb 29', () => {
      expect(dates('2024-01-01', '2024-12-31')['d90']).toBe('2024-03-31');
      expect(dates('2025-01-01', '2025-12-31')['d90']).toBe('2025-04-01');
    });
  });

  it('says how long ago the latest milestone was, for a gentle celebration', () => {
    const count = cleanTime('2026-01-01', 'UTC', at('2026-02-05T08:00:00Z'));
    expect(count.latest).toMatchObject({ key: 'd30', date: '2026-01-31', daysAgo: 5 });
    expect(count.next).toMatchObject({ key: 'd60', date: '2026-03-02', daysAway: 25 });
  });

  it('refuses a value that is not a calendar date', () => {
    expect(() => cleanTime('2025-02-30', 'UTC', new Date())).toThrow(RangeError);
  });
});
