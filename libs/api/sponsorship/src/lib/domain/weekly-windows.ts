/** A weekly availability window in the member's own time zone: day 0 = Sunday, minutes from midnight. */
export interface WeeklyWindowValue {
  day: number;
  startMinute: number;
  endMinute: number;
}

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** Minutes-of-the-week ranges, sorted and merged where they touch or overlap. */
export function toWeekRanges(windows: readonly WeeklyWindowValue[]): [number, number][] {
  const ranges = windows
    .map((w) => [w.day * MINUTES_PER_DAY + w.startMinute, w.day * MINUTES_PER_DAY + w.endMinute])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]) as [number, number][];
  const merged: [number, number][] = [];
  for (const [a, b] of ranges) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** A PostgreSQL int4multirange literal of the windows, e.g. `{[540,720),[1980,2100)}`. */
export function toMultirangeLiteral(windows: readonly WeeklyWindowValue[]): string {
  return `{${toWeekRanges(windows)
    .map(([a, b]) => `[${a},${b})`)
    .join(',')}}`;
}

/** Windows back from an int4multirange as PostgreSQL prints it, split at midnights. */
export function fromMultirangeText(text: string): WeeklyWindowValue[] {
  const out: WeeklyWindowValue[] = [];
  for (const match of text.matchAll(/\[(\d+),(\d+)\)/g)) {
    let start = Number(match[1]);
    const end = Number(match[2]);
    while (start < end) {
      const day = Math.floor(start / MINUTES_PER_DAY);
      const dayEnd = Math.min(end, (day + 1) * MINUTES_PER_DAY);
      out.push({
        day,
        startMinute: start - day * MINUTES_PER_DAY,
        endMinute: dayEnd - day * MINUTES_PER_DAY,
      });
      start = dayEnd;
    }
  }
  return out;
}
