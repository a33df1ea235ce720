/** Minutes in a day; meeting start times are minutes after local midnight. */
export const MINUTES_PER_DAY = 1440;
/** Consumers of the Meeting Guide spec assume one hour when a meeting has no end time. */
export const DEFAULT_DURATION_MINUTES = 60;

const CLOCK_24 = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const CLOCK_12 = /^(\d{1,2})(?::(\d{2}))?\s*([AaPp])\.?\s*[Mm]\.?$/;

/**
 * Minutes after midnight for "HH:MM", "HH:MM:SS" (BMLT) or "h:mm AM" (TSML spreadsheets); null when the
 * text is not a time of day (e.g. "25:00" or "12:60").
 */
export function parseClock(text: string): number | null {
  const value = text.trim();
  const h24 = CLOCK_24.exec(value);
  if (h24) {
    const [hours, minutes, seconds] = [Number(h24[1]), Number(h24[2]), Number(h24[3] ?? 0)];
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
    return hours * 60 + minutes;
  }
  const h12 = CLOCK_12.exec(value);
  if (h12) {
    const [hours, minutes] = [Number(h12[1]), Number(h12[2] ?? 0)];
    if (hours < 1 || hours > 12 || minutes > 59) return null;
    const pm = h12[3].toLowerCase() === 'p';
    return ((hours % 12) + (pm ? 12 : 0)) * 60 + minutes;
  }
  return null;
}

/** "HH:MM" for minutes after midnight (wrapping past midnight). */
export function formatClock(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes from start to end, wrapping past midnight ("23:30" to "00:30" is 60); equal times mean a full day. */
export function durationBetween(startMinute: number, endMinute: number): number {
  const d = (endMinute - startMinute + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return d === 0 ? MINUTES_PER_DAY : d;
}

export { isTimeZone } from './time-zones';

/** The zone this server runs in: the fallback when neither the feed nor the admin gives one. */
export function serverTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** 0 = Sunday … 6 = Saturday for a weekday name or number ("Monday", "mon", "1"); null when unknown. */
export function parseWeekday(text: string): number | null {
  const value = text.trim().toLowerCase();
  if (/^[0-6]$/.test(value)) return Number(value);
  const index = WEEKDAY_NAMES.findIndex((d) => value.length >= 3 && d.toLowerCase().startsWith(value));
  return index >= 0 ? index : null;
}
