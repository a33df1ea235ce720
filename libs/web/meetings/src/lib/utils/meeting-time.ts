/** Formatting of meeting times. The API gives instants; these show them in any zone, DST included. */

export interface Occurrence {
  start: string;
  end: string;
  inProgress: boolean;
  startsInMinutes: number;
}

/** Times as the language writes them: "5:00 AM" in English, "5:00" in Spanish. */
const TIME = { hour: 'numeric', minute: '2-digit' } as const;

/** "Mon 5:00 AM" in a zone and language. */
export function dayAndTime(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', ...TIME, timeZone }).format(new Date(instant));
}

/** "Monday, November 23, 5:00 AM" in a zone and language. */
export function fullDateTime(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...TIME,
    timeZone,
  }).format(new Date(instant));
}

/** "5:00 AM" in a zone. */
export function clock(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { ...TIME, timeZone }).format(new Date(instant));
}

/** A wall-clock "HH:MM" (a meeting's own start or end) in a language: "19:00" → "7:00 PM" in English. */
export function wallTime(hhmm: string, locale: string): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  if (!match) return hhmm;
  return new Intl.DateTimeFormat(locale, { ...TIME, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1, Number(match[1]), Number(match[2]))),
  );
}

/** Whether a meeting's weekdays (0 = Sunday) are all seven. */
export const everyDay = (days: readonly number[]) => new Set(days).size === 7;

/** The weekday (0 = Sunday) an instant falls on in a zone. */
export function weekdayIn(instant: string, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone }).format(new Date(instant));
  return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(name);
}

/** The zone's short name at an instant ("EST", "GMT+9"), to label times. */
export function zoneName(instant: string, timeZone: string, locale: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** Whether two zones show the same wall-clock time at an instant. */
export function sameWallClock(instant: string, a: string, b: string): boolean {
  return (
    a === b ||
    clock(instant, a, 'en-US') + weekdayIn(instant, a) === clock(instant, b, 'en-US') + weekdayIn(instant, b)
  );
}

/** Weekday names, Sunday first, in a language. */
export function weekdayNames(locale: string, style: 'long' | 'short' = 'long'): string[] {
  // 2023-01-01 was a Sunday
  return Array.from({ length: 7 }, (_, d) =>
    new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(
      new Date(Date.UTC(2023, 0, 1 + d)),
    ),
  );
}

/** When to make "Join" prominent: in progress, or starting within this many minutes. */
export const JOIN_SOON_MINUTES = 15;

export type MeetingStatus =
  { kind: 'inProgress'; minutesLeft: number } | { kind: 'soon'; minutes: number } | { kind: 'later' };

export function meetingStatus(next: Occurrence | undefined, now = Date.now()): MeetingStatus {
  if (!next) return { kind: 'later' };
  const start = Date.parse(next.start);
  const end = Date.parse(next.end);
  if (start <= now && now < end)
    return { kind: 'inProgress', minutesLeft: Math.max(0, Math.round((end - now) / 60_000)) };
  const minutes = Math.round((start - now) / 60_000);
  if (minutes >= 0 && minutes <= JOIN_SOON_MINUTES) return { kind: 'soon', minutes };
  return { kind: 'later' };
}

/** A `tel:` URI for a conference phone: pauses (commas) kept, `#` escaped as RFC 3966 wants. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+,*#]/g, '').replace(/#/g, '%23')}`;
}

/** A moment (an ISO timestamp) as the admin pages show it: medium date, short time, in the viewer's zone. */
export function formatMoment(lang: string, iso: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
