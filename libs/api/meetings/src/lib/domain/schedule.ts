import { DateTime } from 'luxon';
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

/**
 * The occurrences of a weekly meeting that have not ended at `at`: the one in progress first (if any),
 * then the following ones, up to `count`. Each local start is placed on a real date in the meeting's own
 * zone, so daylight-saving changes and meetings that run past midnight are right. A local time that does
 * not exist (the hour skipped in spring) moves forward by the gap, as PostgreSQL does.
 */
export function upcomingOccurrences(schedule: WeeklySchedule, at: Date, count = 1): Occurrence[] {
  const days = new Set(schedule.days);
  if (days.size === 0 || count < 1) return [];
  const zone = rememberedZone(schedule.timeZone);
  const today = DateTime.fromJSDate(at, { zone }).startOf('day');
  const out: Occurrence[] = [];
  const weeks = Math.ceil(count / days.size) + 1;
  for (let offset = -1; offset <= weeks * 7 && out.length < count; offset++) {
    const date = today.plus({ days: offset });
    if (!days.has(dow(date))) continue;
    const start = DateTime.fromObject(
      {
        year: date.year,
        month: date.month,
        day: date.day,
        hour: Math.floor(schedule.startMinute / 60),
        minute: schedule.startMinute % 60,
      },
      { zone },
    );
    const end = start.plus({ minutes: schedule.durationMinutes });
    if (end.toMillis() <= at.getTime()) continue;
    out.push({ start: start.toJSDate(), end: end.toJSDate(), inProgress: start.toMillis() <= at.getTime() });
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
