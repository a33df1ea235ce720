import { describe, expect, it } from 'vitest';
import { i18n } from '@kinship/web/i18n';
import { SPONSORSHIP_NS } from '../sponsorship.resources';
import { cleanTimeText, minutesToTime, reasonText, timeToMinutes, weekdayName } from './format';

describe('formatting for the finder', () => {
  const en = i18n.getFixedT('en', SPONSORSHIP_NS);
  const es = i18n.getFixedT('es', SPONSORSHIP_NS);

  it('converts times of day both ways', () => {
    expect(minutesToTime(18 * 60 + 5)).toBe('18:05');
    expect(timeToMinutes('18:05')).toBe(1085);
    expect(timeToMinutes('24:00')).toBe(1440);
    expect(timeToMinutes('25:00')).toBeNull();
    expect(timeToMinutes('7pm')).toBeNull();
  });

  it('names weekdays in the reader’s language, Sunday first', () => {
    expect(weekdayName(0, 'en')).toBe('Sunday');
    expect(weekdayName(1, 'es')).toBe('lunes');
  });

  it('says clean time as a length, in the words of each program', () => {
    expect(cleanTimeText(en, 'SPONSOR', { years: 4, months: 0 })).toBe('4 years clean');
    expect(cleanTimeText(en, 'MENTOR', { years: 1, months: 3 })).toBe('1 year and 3 months in recovery');
    expect(cleanTimeText(es, 'SPONSOR', { years: 0, months: 1 })).toBe('1 mes limpio');
  });

  it('explains reasons in English and Spanish', () => {
    expect(reasonText(en, { kind: 'LANGUAGE', languages: ['es', 'en'] }, 'SPONSOR', 'en')).toBe(
      'speaks Spanish and English',
    );
    expect(reasonText(es, { kind: 'LANGUAGE', languages: ['es'] }, 'SPONSOR', 'es')).toBe('habla español');
    expect(reasonText(en, { kind: 'AVAILABILITY', minutes: 150 }, 'SPONSOR', 'en')).toBe(
      '2.5 hours of shared free time each week',
    );
    expect(reasonText(en, { kind: 'DISTANCE', distance: 'WITHIN_5_KM' }, 'SPONSOR', 'en')).toBe(
      'within 5 km',
    );
    expect(reasonText(es, { kind: 'SHARED_MEETINGS', count: 2 }, 'SPONSOR', 'es')).toBe(
      'va a 2 de tus reuniones',
    );
  });
});
