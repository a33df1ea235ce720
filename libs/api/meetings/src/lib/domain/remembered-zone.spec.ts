import { DateTime, IANAZone } from 'luxon';
import { rememberedZone } from './remembered-zone';

/** Every minute of two days around each instant, as [ts, offset in the real zone]. */
const minutesAround = (zone: string, instants: string[]) =>
  instants
    .flatMap((iso) => {
      const from = Date.parse(iso) - 24 * 3600_000;
      return Array.from({ length: 2 * 24 * 60 }, (_, i) => from + i * 60_000 + (i % 7) * 1_000);
    })
    .map((ts) => [ts, IANAZone.create(zone).offset(ts)] as const);

describe('a zone that remembers its offsets', () => {
  it.each([
    ['America/New_York', ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z']],
    ['Europe/London', ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']],
    // DST of half an hour, and a zone a quarter hour off the hour
    ['Australia/Lord_Howe', ['2026-04-04T15:00:00Z', '2026-10-03T15:30:00Z']],
    ['Asia/Kathmandu', ['2026-06-01T00:00:00Z']],
    ['America/Phoenix', ['2026-03-08T09:00:00Z']],
    // changes in the middle of a quarter hour (local mean times of the past)
    ['Africa/Monrovia', ['1972-01-07T00:44:30Z']],
    ['Europe/Amsterdam', ['1937-06-30T23:40:28Z']],
  ])('gives %s’s offset for every minute around its changes', (zone, instants) => {
    const remembered = rememberedZone(zone);
    for (const [ts, offset] of minutesAround(zone, instants))
      expect([ts, remembered.offset(ts)]).toEqual([ts, offset]);
  });

  it('builds the same local dates as luxon’s own zone, the skipped spring hour included', () => {
    for (const hour of [1, 2, 3]) {
      const fields = { year: 2026, month: 3, day: 8, hour, minute: 30 };
      const ours = DateTime.fromObject(fields, { zone: rememberedZone('America/New_York') });
      const theirs = DateTime.fromObject(fields, { zone: 'America/New_York' });
      expect(ours.toISO()).toBe(theirs.toISO());
    }
  });

  it('leaves an unknown zone invalid, as luxon does', () => {
    expect(DateTime.fromJSDate(new Date(), { zone: rememberedZone('Mars/Olympus') }).isValid).toBe(false);
  });
});
