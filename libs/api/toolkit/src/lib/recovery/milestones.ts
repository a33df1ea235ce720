import { DateTime } from 'luxon';
import { MilestoneUnit } from '../shared/toolkit.enums';

/**
 * Clean time and milestones, as pure functions of the clean date, the member's time zone and "now".
 *
 * Rules (also in the README):
 * - The clean date is day 0. "Today" is the calendar date in the member's time zone, so the count moves
 *   at their midnight, not the server's, and daylight-saving changes never skip or repeat a day.
 * - 24 hours is reached the day after the clean date; 30, 60 and 90 days count calendar days.
 * - Month milestones (6, 9, 18 months) and anniversaries (1 year, then every year) add calendar months to
 *   the clean date itself, each computed from the clean date (never from the previous milestone), and land
 *   on the last day of the month when that month is shorter: Aug 31 + 6 months = Feb 28 (Feb 29 in a leap
 *   year).
 * - A Feb 29 clean date therefore has its anniversary on Feb 28 in common years and on Feb 29 in leap
 *   years (2024-02-29: 1 year on 2025-02-28, 4 years on 2028-02-29).
 */
export interface Milestone {
  /** Stable id: h24, d30, d60, d90, m6, m9, y1, m18, y2, y3, … */
  key: string;
  unit: MilestoneUnit;
  amount: number;
  /** The calendar date it is reached on, YYYY-MM-DD. */
  date: string;
}

export interface CleanTime {
  /** The member's today, YYYY-MM-DD. */
  today: string;
  /** Whole days since the clean date (0 on the clean date itself). */
  days: number;
  /** The same span as years, months and days, for "1 year, 2 months, 5 days". */
  years: number;
  months: number;
  remainderDays: number;
  /** Every milestone reached so far, oldest first. */
  reached: Milestone[];
  /** The most recent milestone reached, with how many days ago (0: today). */
  latest: (Milestone & { daysAgo: number }) | null;
  /** The next milestone, with how many days away (at least 1). */
  next: Milestone & { daysAway: number };
}

type Offset = { days: number } | { months: number };

interface MilestoneRule {
  key: string;
  unit: MilestoneUnit;
  amount: number;
  offset: Offset;
}

const FIXED: MilestoneRule[] = [
  { key: 'h24', unit: MilestoneUnit.HOURS, amount: 24, offset: { days: 1 } },
  { key: 'd30', unit: MilestoneUnit.DAYS, amount: 30, offset: { days: 30 } },
  { key: 'd60', unit: MilestoneUnit.DAYS, amount: 60, offset: { days: 60 } },
  { key: 'd90', unit: MilestoneUnit.DAYS, amount: 90, offset: { days: 90 } },
  { key: 'm6', unit: MilestoneUnit.MONTHS, amount: 6, offset: { months: 6 } },
  { key: 'm9', unit: MilestoneUnit.MONTHS, amount: 9, offset: { months: 9 } },
  { key: 'y1', unit: MilestoneUnit.YEARS, amount: 1, offset: { months: 12 } },
  { key: 'm18', unit: MilestoneUnit.MONTHS, amount: 18, offset: { months: 18 } },
];

/** The n-th rule of the endless sequence: the fixed ones, then 2 years, 3 years, … */
function rule(index: number): MilestoneRule {
  if (index < FIXED.length) return FIXED[index];
  const years = index - FIXED.length + 2;
  return { key: `y${years}`, unit: MilestoneUnit.YEARS, amount: years, offset: { months: 12 * years } };
}

/** A date-only value: UTC midnight, so adding days or months is pure calendar arithmetic. */
function calendarDate(iso: string): DateTime {
  const date = DateTime.fromISO(iso, { zone: 'UTC' });
  if (!date.isValid) throw new RangeError(`not a calendar date: ${iso}`);
  return date;
}

/** The member's calendar date at `now` in `timeZone` (UTC when the zone is unknown). */
export function localToday(timeZone: string | null | undefined, now: Date): string {
  const zoned = DateTime.fromJSDate(now, { zone: timeZone || 'UTC' });
  const date = zoned.isValid ? zoned : DateTime.fromJSDate(now, { zone: 'UTC' });
  return date.toISODate() as string;
}

/** The date a milestone rule is reached for a clean date (month-end clamped, from the clean date). */
function dateOf(clean: DateTime, offset: Offset): DateTime {
  return 'days' in offset ? clean.plus({ days: offset.days }) : clean.plus({ months: offset.months });
}

const iso = (date: DateTime) => date.toISODate() as string;
const daysBetween = (from: DateTime, to: DateTime) => Math.round(to.diff(from, 'days').days);

export function cleanTime(cleanDate: string, timeZone: string | null | undefined, now: Date): CleanTime {
  const clean = calendarDate(cleanDate);
  const todayIso = localToday(timeZone, now);
  // A clean date after today (e.g. after moving to a zone that is behind) counts as day 0.
  const today = DateTime.max(calendarDate(todayIso), clean);

  const reached: Milestone[] = [];
  let index = 0;
  for (; ; index += 1) {
    const r = rule(index);
    const date = dateOf(clean, r.offset);
    if (date > today) break;
    reached.push({ key: r.key, unit: r.unit, amount: r.amount, date: iso(date) });
  }
  const upcoming = rule(index);
  const nextDate = dateOf(clean, upcoming.offset);
  const span = today.diff(clean, ['years', 'months', 'days']);
  const last = reached.at(-1);

  return {
    today: todayIso,
    days: daysBetween(clean, today),
    years: Math.round(span.years),
    months: Math.round(span.months),
    remainderDays: Math.round(span.days),
    reached,
    latest: last ? { ...last, daysAgo: daysBetween(calendarDate(last.date), today) } : null,
    next: {
      key: upcoming.key,
      unit: upcoming.unit,
      amount: upcoming.amount,
      date: iso(nextDate),
      daysAway: daysBetween(today, nextDate),
    },
  };
}
