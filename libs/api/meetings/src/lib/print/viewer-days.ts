import { upcomingOccurrences, wallClock, type WeeklySchedule } from '../domain/schedule';

/**
 * The meeting's own weekdays (in its zone) whose next occurrence falls on one of `viewerDays` in the
 * viewer's zone. A list asked for "Monday" then prints a daily meeting once, under the day (in the
 * meeting's zone) that is Monday for the member, not under all seven.
 */
export function daysSeenOn(
  schedule: WeeklySchedule,
  viewerZone: string,
  viewerDays: readonly number[],
  at: Date,
): number[] {
  const wanted = new Set(viewerDays);
  const days = new Set<number>();
  for (const { start } of upcomingOccurrences(schedule, at, new Set(schedule.days).size)) {
    if (wanted.has(wallClock(start, viewerZone).day)) days.add(wallClock(start, schedule.timeZone).day);
  }
  return [...days].sort();
}

/** The meeting's own weekday (in its zone) of the occurrence in progress at `at`, or else the next one. */
export function dayOfNextOccurrence(schedule: WeeklySchedule, at: Date): number[] {
  const [next] = upcomingOccurrences(schedule, at, 1);
  return next ? [wallClock(next.start, schedule.timeZone).day] : [];
}
