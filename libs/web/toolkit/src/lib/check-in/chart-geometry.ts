/** One day of the chart: its date and, when the member checked in, the values. */
export interface ChartDay {
  date: string;
  mood: number | null;
  craving: number | null;
}

const DAY_MS = 86_400_000;

/** Every date from `today - days + 1` to `today` (YYYY-MM-DD), with that day's check-in if any. */
export function chartDays(
  entries: readonly { date: string; mood: number; craving: number }[],
  today: string,
  days: number,
): ChartDay[] {
  const byDate = new Map(entries.map((e) => [e.date, e]));
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const date = new Date(end - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10);
    const entry = byDate.get(date);
    return { date, mood: entry?.mood ?? null, craving: entry?.craving ?? null };
  });
}

/**
 * SVG path data for a series: consecutive days are joined, a missing day breaks the line. `scale` maps a
 * value to 0..1 (bottom to top).
 */
export function seriesPath(
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number,
): string {
  let d = '';
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null) {
      drawing = false;
      return;
    }
    d += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)} ${y(value).toFixed(1)} `;
    drawing = true;
  });
  return d.trim();
}
