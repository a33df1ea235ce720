import { DateTime, type Zone } from 'luxon';
import { rememberedZone } from './remembered-zone';

/** A meeting's weekly pattern, in its own time zone. */
export interface WeeklySchedule {
  /** 0 = Sunday … 6 = Saturday, in the meeting's zone. */
  days: readonly number[];
  /** Local start, minutes after midnight. */
  startMinute: number;
  durationMinutes: number;
  timeZone: string;
}

export interface Occurrence {
  start: Date;
  end: Date;
  /** Started at or before the reference instant and not yet over. */
  inProgress: boolean;
}

/** 0 = Sunday … 6 = Saturday for a Luxon date (whose weekdays run 1 = Monday … 7 = Sunday). */
const dow = (d: DateTime) => d.weekday % 7;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * The instant a local wall-clock time (given as if it were UTC) falls on in a zone, exactly as luxon's
 * `DateTime.fromObject` places it: guess with the zone's offset now, then correct once; a time in the
 * skipped spring hour moves forward by the gap.
 */
function placeLocal(wallClockAsUtc: number, zone: Zone): number {
  const guess = zone.offset(Date.now());
  let utc = wallClockAsUtc - guess * MINUTE_MS;
  const o2 = zone.offset(utc);
  if (o2 === guess) return utc;
  utc -= (o2 - guess) * MINUTE_MS;
  const o3 = zone.offset(utc);
  if (o2 === o3) return utc;
  return wallClockAsUtc - Math.min(o2, o3) * MINUTE_MS;
}

/**
 * The occurrences of a weekly meeting that have not ended at `at`: the one in progress first (if any),
 * then the following ones, up to `count`. Each local start is placed on a real date in the meeting's own
 * zone, so daylight-saving changes and meetings that run past midnight are right. A local time that does
 * not exist (the hour skipped in spring) moves forward by the gap, as PostgreSQL does. Plain arithmetic on
 * the zone's (remembered) offsets: building luxon dates for every card was most of a search's CPU.
 */
export function upcomingOccurrences(schedule: WeeklySchedule, at: Date, count = 1): Occurrence[] {
  const days = new Set(schedule.days);
  if (days.size === 0 || count < 1) return [];
  const zone = rememberedZone(schedule.timeZone);
  const now = at.getTime();
  // the local calendar day of `at`, counted from 1970-01-01 (a Thursday)
  const today = Math.floor((now + zone.offset(now) * MINUTE_MS) / DAY_MS);
  const out: Occurrence[] = [];
  const weeks = Math.ceil(count / days.size) + 1;
  for (let offset = -1; offset <= weeks * 7 && out.length < count; offset++) {
    const day = today + offset;
    if (!days.has((((day + 4) % 7) + 7) % 7)) continue;
    const start = placeLocal(day * DAY_MS + schedule.startMinute * MINUTE_MS, zone);
    const end = start + schedule.durationMinutes * MINUTE_MS;
    if (end <= now) continue;
    out.push({ start: new Date(start), end: new Date(end), inProgress: start <= now });
  }
  return out;
}

/** The occurrence in progress at `at`, or else the next one. */
export function nextOccurrence(schedule: WeeklySchedule, at: Date): Occurrence | null {
  return upcomingOccurrences(schedule, at, 1)[0] ?? null;
}

/**
 * True when the meeting is in progress at `at` or starts within `minutes` after it, the rule behind
 * "online now" and "starting soon".
 */
export function inProgressOrStartingWithin(schedule: WeeklySchedule, at: Date, minutes: number): boolean {
  const next = nextOccurrence(schedule, at);
  return Boolean(next && next.start.getTime() <= at.getTime() + minutes * 60_000);
}

/** The weekday (0 = Sunday) and minute of the day at which an instant falls in a zone. */
export function wallClock(instant: Date, timeZone: string): { day: number; minute: number } {
  const t = DateTime.fromJSDate(instant, { zone: rememberedZone(timeZone) });
  return { day: dow(t), minute: t.hour * 60 + t.minute };
}
