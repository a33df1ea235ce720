import type { TFunction } from 'i18next';
import type { SocketError } from '@kinship/shared/contracts';

/** A time of day in the reader's language, e.g. "3:45 PM" (with the date when it is not today). */
export function formatTime(iso: string, locale: string | undefined): string {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return new Intl.DateTimeFormat(locale, {
    ...(today ? {} : { weekday: 'short', month: 'short', day: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
  }).format(date);
}

/** Why a message was refused, in the reader's language, with the moderator's own words when they apply. */
export function refusalText(t: TFunction, error: SocketError, locale: string | undefined): string {
  const reason = error.reason ?? 'generic';
  const text = t(`refused.${reason}`, {
    seconds: error.retryAfterSeconds ?? 0,
    time: error.until ? formatTime(error.until, locale) : '',
    defaultValue: error.message,
  });
  return error.note ? `${text} ${t('restriction.note', { reason: error.note })}` : text;
}
