import { describe, expect, it } from 'vitest';
import {
  clock,
  dayAndTime,
  everyDay,
  meetingStatus,
  wallTime,
  sameWallClock,
  telHref,
  weekdayIn,
  weekdayNames,
} from './meeting-time';

/** ICU separates "AM" with a narrow no-break space in some versions, a plain space in others. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('meeting times in any zone', () => {
  // Monday 23 November 2026, 10:00 UTC: 19:00 in Tokyo, 05:00 in New York
  const tokyoStart = '2026-11-23T10:00:00.000Z';

  it('shows the same instant in the viewer’s zone and the meeting’s zone', () => {
    expect(plain(dayAndTime(tokyoStart, 'America/New_York', 'en-US'))).toBe('Mon 5:00 AM');
    expect(plain(dayAndTime(tokyoStart, 'Asia/Tokyo', 'en-US'))).toBe('Mon 7:00 PM');
    expect(weekdayIn(tokyoStart, 'Pacific/Pago_Pago')).toBe(0);
    expect(sameWallClock(tokyoStart, 'Asia/Tokyo', 'America/New_York')).toBe(false);
    expect(sameWallClock(tokyoStart, 'Asia/Tokyo', 'Asia/Seoul')).toBe(true);
  });

  it('follows daylight saving: in July the same meeting is at 06:00 in New York', () => {
    expect(plain(dayAndTime('2026-07-06T10:00:00.000Z', 'America/New_York', 'en-US'))).toBe('Mon 6:00 AM');
  });

  it('writes times as the language does: 12-hour in English, 24-hour in Spanish', () => {
    expect(plain(clock(tokyoStart, 'Asia/Tokyo', 'en'))).toBe('7:00 PM');
    expect(plain(clock(tokyoStart, 'Asia/Tokyo', 'es'))).toBe('19:00');
    expect(plain(wallTime('19:30', 'en-US'))).toBe('7:30 PM');
    expect(plain(wallTime('00:15', 'en'))).toBe('12:15 AM');
    expect(plain(wallTime('07:05', 'es'))).toBe('7:05');
    expect(everyDay([0, 1, 2, 3, 4, 5, 6])).toBe(true);
    expect(everyDay([1, 2, 3, 4, 5])).toBe(false);
  });

  it('names weekdays in the viewer’s language, Sunday first', () => {
    expect(weekdayNames('es')[1]).toBe('lunes');
    expect(weekdayNames('en', 'short')[0]).toBe('Sun');
  });
});

describe('meetingStatus', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  const occurrence = (startMin: number, len = 60) => ({
    start: new Date(now + startMin * 60_000).toISOString(),
    end: new Date(now + (startMin + len) * 60_000).toISOString(),
    inProgress: startMin <= 0,
    startsInMinutes: startMin,
  });

  it('is in progress between start and end, soon within 15 minutes, later otherwise', () => {
    expect(meetingStatus(occurrence(-20), now)).toEqual({ kind: 'inProgress', minutesLeft: 40 });
    expect(meetingStatus(occurrence(12), now)).toEqual({ kind: 'soon', minutes: 12 });
    expect(meetingStatus(occurrence(16), now)).toEqual({ kind: 'later' });
    expect(meetingStatus(undefined, now)).toEqual({ kind: 'later' });
  });
});

describe('telHref', () => {
  it('keeps pauses and escapes #', () => {
    expect(telHref('+16465588656,,123456#')).toBe('tel:+16465588656,,123456%23');
  });
});
