import { dialable } from '@kinship/web/ui';

/**
 * `tel:` target for a number as a member typed it. An international number keeps its "+"
 * ("+44 7700 900123" → "tel:+447700900123"); a US-style one is made dialable the usual way.
 */
export function telHref(number: string): string {
  const trimmed = number.trim();
  if (trimmed.startsWith('+')) return `tel:+${trimmed.replace(/\D/g, '')}`;
  return `tel:${dialable(trimmed)}`;
}

export function smsHref(number: string): string {
  return telHref(number).replace(/^tel:/, 'sms:');
}
