import { durationBetween, formatClock, isTimeZone, parseClock, parseWeekday } from './time';

describe('parseClock', () => {
  it.each([
    ['19:30', 1170],
    ['00:00', 0],
    ['23:59', 1439],
    ['7:05', 425],
    ['19:30:00', 1170],
    ['6:00 PM', 1080],
    ['12:00 PM', 720],
    ['12:00 AM', 0],
    ['12:30 am', 30],
    ['9 a.m.', 540],
  ])('reads %s as minute %i', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
  });

  it.each(['25:00', '24:00', '12:60', '13:00 PM', '0:00 AM', 'noon', '', '19-30'])('refuses %p', (text) => {
    expect(parseClock(text)).toBeNull();
  });
});

describe('durationBetween', () => {
  it('wraps past midnight and treats equal times as a full day', () => {
    expect(durationBetween(1410, 30)).toBe(60);
    expect(durationBetween(1140, 1230)).toBe(90);
    expect(durationBetween(600, 600)).toBe(1440);
  });
});

describe('formatClock', () => {
  it('writes HH:MM and wraps past midnight', () => {
    expect(formatClock(1170)).toBe('19:30');
    expect(formatClock(1410 + 60)).toBe('00:30');
    expect(formatClock(5)).toBe('00:05');
  });
});

describe('isTimeZone and parseWeekday', () => {
  it('knows IANA zones and nothing else', () => {
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('EST; DROP TABLE')).toBe(false);
  });

  it('reads weekday names and numbers, Sunday = 0', () => {
    expect(parseWeekday('Sunday')).toBe(0);
    expect(parseWeekday('sat')).toBe(6);
    expect(parseWeekday('3')).toBe(3);
    expect(parseWeekday('Funday')).toBeNull();
    expect(parseWeekday('7')).toBeNull();
  });
});
