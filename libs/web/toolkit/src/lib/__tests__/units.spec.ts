import { describe, expect, it } from 'vitest';
import { chartDays, seriesPath } from '../check-in/chart-geometry';
import { inputOf, peopleProblems } from '../plan/plan-draft';
import { smsHref, telHref } from '../shared/tel';
import { kindOfSlug, newWorksheetPath } from '../worksheets/worksheet-kinds';

describe('call links', () => {
  it('keep an international number’s + and make US numbers dialable', () => {
    expect(telHref('+44 7700 900123')).toBe('tel:+447700900123');
    expect(telHref('(555) 014-2000')).toBe('tel:+15550142000');
    expect(telHref('988')).toBe('tel:988');
    expect(smsHref('741741')).toBe('sms:741741');
  });
});

describe('the check-in chart', () => {
  it('has one slot per day up to today, with gaps where there was no check-in', () => {
    const days = chartDays([{ date: '2026-03-01', mood: 4, craving: 1 }], '2026-03-02', 3);
    expect(days).toEqual([
      { date: '2026-02-28', mood: null, craving: null },
      { date: '2026-03-01', mood: 4, craving: 1 },
      { date: '2026-03-02', mood: null, craving: null },
    ]);
  });

  it('breaks a line where a day is missing', () => {
    const x = (i: number) => i * 10;
    const y = (v: number) => v;
    expect(seriesPath([1, 2, null, 3], x, y)).toBe('M0.0 1.0 L10.0 2.0 M30.0 3.0');
  });
});

describe('the plan form', () => {
  it('flags numbers that cannot be dialled and numbers without a name, ignoring blank rows', () => {
    expect(
      peopleProblems([
        { name: 'Jess', phone: 'nope', note: '' },
        { name: '', phone: '555-0100', note: '' },
        { name: '', phone: '', note: '' },
        { name: 'Dev', phone: '+1 555 0100', note: '' },
      ]),
    ).toEqual({ 0: 'phone', 1: 'name' });
  });

  it('drops blank people rows before saving', () => {
    const draft = {
      warningSigns: [],
      triggers: { people: [], places: [], things: [], feelings: [] },
      halt: { hungry: '', angry: '', lonely: '', tired: '' },
      copingActions: [],
      reasons: [],
      people: [
        { name: ' Jess ', phone: ' 555-0142 ', note: '' },
        { name: '', phone: '', note: '' },
      ],
    };
    expect(inputOf(draft).people).toEqual([{ name: 'Jess', phone: '555-0142', note: '' }]);
  });
});

describe('worksheet addresses', () => {
  it('round-trip between kinds and slugs', () => {
    expect(newWorksheetPath('COST_BENEFIT')).toBe('/toolkit/worksheets/new/cost-benefit');
    expect(kindOfSlug('change-plan')).toBe('CHANGE_PLAN');
    expect(kindOfSlug('nope')).toBeNull();
  });
});
