/**
 * Clean time as other members see it: whole years from two years on, otherwise years and months, counted
 * from the first of the month after the clean date (the `clean_time_from` column). Watching it change
 * therefore reveals at most the month of a clean date, never the day; the date itself is never shown.
 */
export interface CleanTimeValue {
  years: number;
  months: number;
}

export function cleanTimeOf(totalMonths: number): CleanTimeValue {
  const months = Math.max(0, Math.floor(totalMonths));
  const years = Math.floor(months / 12);
  return { years, months: years >= 2 ? 0 : months % 12 };
}

export function cleanTimeLabel({ years, months }: CleanTimeValue, kind: 'sponsor' | 'mentor'): string {
  const noun = kind === 'sponsor' ? 'clean' : 'in recovery';
  const y = years === 1 ? '1 year' : `${years} years`;
  const m = months === 1 ? '1 month' : `${months} months`;
  if (years === 0 && months === 0) return `less than a month ${noun}`;
  if (years === 0) return `${m} ${noun}`;
  if (months === 0) return `${y} ${noun}`;
  return `${y} ${m} ${noun}`;
}
