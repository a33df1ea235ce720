import { dayOfNextOccurrence, daysSeenOn } from './viewer-days';

// Saturday 5 December 2026, noon in New York
const at = new Date('2026-12-05T17:00:00Z');
const daily = [0, 1, 2, 3, 4, 5, 6];

describe('the days a printed list shows for a day filter in the viewer’s zone', () => {
  it('a daily meeting in the viewer’s own zone: only the day asked for', () => {
    const schedule = { days: daily, startMinute: 19 * 60, durationMinutes: 60, timeZone: 'America/New_York' };
    expect(daysSeenOn(schedule, 'America/New_York', [1], at)).toEqual([1]);
    expect(daysSeenOn(schedule, 'America/New_York', [1, 3], at)).toEqual([1, 3]);
  });

  it('a daily Tokyo meeting at 8:00 is Monday evening in New York on Tuesday in Tokyo', () => {
    const schedule = { days: daily, startMinute: 8 * 60, durationMinutes: 60, timeZone: 'Asia/Tokyo' };
    expect(daysSeenOn(schedule, 'America/New_York', [1], at)).toEqual([2]);
  });

  it('a meeting on other days is not shown at all', () => {
    const schedule = { days: [3], startMinute: 12 * 60, durationMinutes: 60, timeZone: 'America/Chicago' };
    expect(daysSeenOn(schedule, 'America/New_York', [1], at)).toEqual([]);
  });
});

describe('the day a printed "online now" list shows', () => {
  it('the day of the occurrence on now or next, in the meeting’s zone', () => {
    // Saturday noon in New York is Sunday 2:00 in Tokyo: the daily 1:30 Tokyo meeting is on now (Sunday)
    const tokyo = { days: daily, startMinute: 90, durationMinutes: 60, timeZone: 'Asia/Tokyo' };
    expect(dayOfNextOccurrence(tokyo, at)).toEqual([0]);
    const nyEvening = {
      days: [1, 3],
      startMinute: 19 * 60,
      durationMinutes: 60,
      timeZone: 'America/New_York',
    };
    expect(dayOfNextOccurrence(nyEvening, at)).toEqual([1]);
  });
});
