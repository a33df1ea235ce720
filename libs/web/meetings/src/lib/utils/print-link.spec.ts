import { describe, expect, it } from 'vitest';
import { EMPTY_FINDER, type FinderState } from './finder-state';
import { paperFor, printListHref } from './print-link';

describe('the printable list link', () => {
  it('carries every finder filter, the viewer zone, the language and the paper', () => {
    const state: FinderState = {
      ...EMPTY_FINDER,
      near: { latitude: 40.8806, longitude: -73.8815, label: 'Bronx' },
      radius: 5,
      unit: 'MI',
      days: [3, 1],
      timeOfDay: 'evening',
      programs: ['NA'],
      types: ['O'],
      attendance: ['IN_PERSON'],
      query: 'basic text',
      view: 'map',
    };
    const href = printListHref(state, 'America/New_York', 'es', 'es-MX');
    expect(href.startsWith('/meetings/print.pdf?')).toBe(true);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(Object.fromEntries(params)).toEqual({
      near: '40.881,-73.881',
      place: 'Bronx',
      r: '5',
      unit: 'mi',
      day: '1,3',
      time: 'evening',
      program: 'NA',
      type: 'O',
      att: 'IN_PERSON',
      q: 'basic text',
      tz: 'America/New_York',
      lang: 'es',
      paper: 'letter',
    });
  });

  it('with no filters, only zone, language and paper', () => {
    expect(printListHref(EMPTY_FINDER, 'Europe/Madrid', 'en-GB', 'en-GB')).toBe(
      '/meetings/print.pdf?tz=Europe%2FMadrid&lang=en&paper=a4',
    );
  });

  it('US Letter where it is the norm, A4 elsewhere', () => {
    expect(paperFor('en-US')).toBe('letter');
    expect(paperFor('en')).toBe('letter');
    expect(paperFor('es-MX')).toBe('letter');
    expect(paperFor('es-ES')).toBe('a4');
    expect(paperFor('es-AR')).toBe('a4');
    expect(paperFor('not a locale')).toBe('letter');
  });
});
