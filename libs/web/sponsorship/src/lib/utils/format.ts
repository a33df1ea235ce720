import type { TFunction } from 'i18next';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Languages offered in the forms, most asked for first (ISO 639-1). */
export const LANGUAGE_CODES = [
  'en',
  'es',
  'fr',
  'pt',
  'ar',
  'ru',
  'zh',
  'vi',
  'ko',
  'tl',
  'ht',
  'pl',
  'uk',
  'de',
  'it',
  'hi',
];

export const minutesToTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** "HH:MM" → minutes from midnight; "24:00" is the end of the day. Null when not a time. */
export function timeToMinutes(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= 1440 ? minutes : null;
}

/** The weekday's name in the language: 0 = Sunday. */
export function weekdayName(day: number, locale: string): string {
  // 2023-01-01 was a Sunday.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + day)),
  );
}

export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function listOf(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

export function durationText(t: TFunction, minutes: number): string {
  if (minutes < 60) return t('duration.minutes', { count: minutes });
  return t('duration.hours', { count: Math.round((minutes / 60) * 2) / 2 });
}

export type ProgramKind = 'SPONSOR' | 'MENTOR';

/** "4 years clean", "1 year and 3 months in recovery". */
export function cleanTimeText(
  t: TFunction,
  kind: ProgramKind,
  time: { years: number; months: number },
): string {
  const { years, months } = time;
  if (years === 0 && months === 0) return t(`cleanTime.${kind}.lessThanMonth`);
  if (years === 0) return t(`cleanTime.${kind}.months`, { count: months });
  if (months === 0) return t(`cleanTime.${kind}.years`, { count: years });
  return t(`cleanTime.${kind}.yearsMonths`, {
    years: t('cleanTime.y', { count: years }),
    months: t('cleanTime.m', { count: months }),
  });
}

export interface ReasonLike {
  kind: string;
  languages?: string[] | null;
  minutes?: number | null;
  distance?: string | null;
  count?: number | null;
  cleanTime?: { years: number; months: number } | null;
}

/** One reason of a match in the reader's language. */
export function reasonText(t: TFunction, reason: ReasonLike, kind: ProgramKind, locale: string): string {
  switch (reason.kind) {
    case 'LANGUAGE':
      return t('reasons.LANGUAGE', {
        languages: listOf(
          (reason.languages ?? []).map((c) => languageName(c, locale)),
          locale,
        ),
      });
    case 'AVAILABILITY':
      return t('reasons.AVAILABILITY', { time: durationText(t, reason.minutes ?? 0) });
    case 'DISTANCE':
      return t(`distance.${reason.distance ?? 'MORE_THAN_100_KM'}`);
    case 'SHARED_MEETINGS':
      return t('reasons.SHARED_MEETINGS', { count: reason.count ?? 0 });
    case 'EXPERIENCE':
      return cleanTimeText(t, kind, reason.cleanTime ?? { years: 0, months: 0 });
    default:
      return t(`reasons.${reason.kind}`);
  }
}

/**
 * What to tell the member about a failed request: the API's own sentence in English (it is written for
 * people), a translated one by error code otherwise.
 */
export function errorText(t: TFunction, error: unknown, locale: string): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (locale === 'en' && first?.message) return first.message;
    const code = first?.extensions?.['code'];
    if (code === 'CONFLICT') return t('errors.conflict');
    if (code === 'BAD_USER_INPUT') return t('errors.invalid');
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return t('errors.forbidden');
    return t('errors.generic');
  }
  return t('errors.network');
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function timeZones(...keep: string[]): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return [...new Set([...keep.filter(Boolean), ...all])].sort();
}
