import { toFinderParams, type FinderState } from './finder-state';

/** Countries whose printers hold US Letter paper; everywhere else uses A4. */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'GT',
  'CR',
  'PA',
  'DO',
  'PR',
  'SV',
]);

/** "letter" or "a4" for a browser locale such as en-US or es-ES (no region: letter, the US default). */
export function paperFor(locale: string): 'letter' | 'a4' {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return !region || LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

/**
 * The printable list of the finder's current search: the same URL parameters (without the list/map
 * view), plus the viewer's zone for days and times, the interface language and the local paper size.
 */
export function printListHref(
  state: FinderState,
  viewerZone: string,
  language: string,
  locale: string,
): string {
  const params = toFinderParams({ ...state, view: 'list' });
  params.set('tz', viewerZone);
  params.set('lang', language.toLowerCase().startsWith('es') ? 'es' : 'en');
  params.set('paper', paperFor(locale));
  return `/meetings/print.pdf?${params}`;
}
