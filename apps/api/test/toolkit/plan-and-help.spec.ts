import { DataSource } from 'typeorm';
import { registerMember } from '../support/accounts';
import type { TestApp } from '../support/test-app';
import { errorCode, ok, startToolkitApp, type Sponsorships } from './toolkit-helpers';

const PLAN = `warningSigns triggers { people places things feelings } halt { hungry angry lonely tired }
  copingActions reasons people { name phone note } sponsor { id displayName } updatedAt`;
const MY_PLAN = `{ myPlan { ${PLAN} } }`;
const SAVE = `mutation ($input: RecoveryPlanInput!) { savePlan(input: $input) { ${PLAN} } }`;
const HELP_NOW = `{ helpNow { country help { country emergencyNumber lines { id name call text tty url } }
  people { name phone } sponsor { id displayName } } }`;
const HELP_LINES = `query ($c: String) { helpLines(country: $c) { country emergencyNumber lines { id call } } }`;
const SET_COUNTRY = `mutation ($c: String!) { setRecoveryCountry(country: $c) { country } }`;

interface Plan {
  people: { name: string; phone: string; note: string }[];
  sponsor: { id: string; displayName: string } | null;
  updatedAt: string | null;
  [key: string]: unknown;
}
interface Help {
  country: string;
  help: {
    country: string | null;
    emergencyNumber: string | null;
    lines: { id: string; call: string | null }[];
  };
  people: { name: string; phone: string }[];
  sponsor: { id: string; displayName: string } | null;
}

const input = {
  warningSigns: ['Skipping meetings', ' ', 'Isolating '],
  triggers: { people: ['Old friends'], places: ['The bar on 5th'], things: ['Payday'], feelings: ['Bored'] },
  halt: { hungry: 'Eat', angry: 'Walk', lonely: 'Call Jess', tired: 'Sleep' },
  copingActions: ['Call my sponsor', 'Go to a meeting'],
  reasons: ['My daughter'],
  people: [{ name: 'Jess', phone: '+1 555-0142', note: 'sister' }],
};

describe('the relapse-prevention plan and "Get help now"', () => {
  let app: TestApp;
  let sponsors: Sponsorships;

  beforeAll(async () => {
    ({ app, sponsors } = await startToolkitApp());
  });
  afterAll(async () => {
    await app.close();
  });

  it('starts empty, saves the whole plan, drops blank rows, and is private', async () => {
    const [member, other] = await Promise.all([registerMember(app), registerMember(app)]);
    expect((await ok<{ myPlan: Plan }>(app, member, MY_PLAN)).myPlan).toMatchObject({
      warningSigns: [],
      people: [],
      sponsor: null,
      updatedAt: null,
    });
    const { savePlan } = await ok<{ savePlan: Plan }>(app, member, SAVE, { input });
    expect(savePlan).toMatchObject({
      warningSigns: ['Skipping meetings', 'Isolating'],
      triggers: input.triggers,
      halt: input.halt,
      people: [{ name: 'Jess', phone: '+1 555-0142', note: 'sister' }],
    });
    expect(savePlan.updatedAt).not.toBeNull();
    expect((await ok<{ myPlan: Plan }>(app, other, MY_PLAN)).myPlan.people).toEqual([]);
    expect(await errorCode(app, null, MY_PLAN)).toBe('UNAUTHENTICATED');
  });

  it('refuses a phone number that cannot be dialled and more people than fit', async () => {
    const member = await registerMember(app);
    const bad = { ...input, people: [{ name: 'Jess', phone: 'call me maybe' }] };
    expect(await errorCode(app, member, SAVE, { input: bad })).toBe('BAD_USER_INPUT');
    const many = {
      ...input,
      people: Array.from({ length: 11 }, (_, i) => ({ name: `P${i}`, phone: '555-0100' })),
    };
    expect(await errorCode(app, member, SAVE, { input: many })).toBe('BAD_USER_INPUT');
    const long = { ...input, reasons: ['x'.repeat(201)] };
    expect(await errorCode(app, member, SAVE, { input: long })).toBe('BAD_USER_INPUT');
  });

  it('shows the sponsor among the people to call while there is one, without storing it', async () => {
    const [member, sponsor] = await Promise.all([registerMember(app), registerMember(app)]);
    await ok(app, member, SAVE, { input });

    await sponsors.startSponsorship(member, sponsor);
    const withSponsor = (await ok<{ myPlan: Plan }>(app, member, MY_PLAN)).myPlan;
    expect(withSponsor.sponsor).toEqual({ id: sponsor.id, displayName: sponsor.displayName });
    expect(withSponsor.people).toEqual([{ name: 'Jess', phone: '+1 555-0142', note: 'sister' }]);
    expect((await ok<{ helpNow: Help }>(app, member, HELP_NOW)).helpNow.sponsor).toEqual({
      id: sponsor.id,
      displayName: sponsor.displayName,
    });
    // saving the plan while sponsored stores only the member's own people
    await ok(app, member, SAVE, { input });
    const [row] = await app.running.app
      .get(DataSource)
      .query('SELECT people::text AS people FROM toolkit_plans WHERE user_id = $1', [member.id]);
    expect(row.people).not.toContain(sponsor.id);
    expect(row.people).not.toContain(sponsor.displayName);

    await sponsors.endSponsorship(member);
    expect((await ok<{ myPlan: Plan }>(app, member, MY_PLAN)).myPlan.sponsor).toBeNull();
    expect((await ok<{ helpNow: Help }>(app, member, HELP_NOW)).helpNow.sponsor).toBeNull();
  });

  it('gives each country its own crisis lines, and everywhere else the international directory', async () => {
    const member = await registerMember(app);
    await ok(app, member, SAVE, { input });
    const helpFor = async (country: string | null) => {
      if (country) await ok(app, member, SET_COUNTRY, { c: country });
      return (await ok<{ helpNow: Help }>(app, member, HELP_NOW)).helpNow;
    };
    const ids = (help: Help) => help.help.lines.map((l) => l.id);

    const us = await helpFor(null);
    expect(us).toMatchObject({ country: 'US', help: { country: 'US', emergencyNumber: '911' } });
    expect(ids(us)).toEqual([
      'emergency',
      '988',
      'samhsa',
      'crisis-text-line',
      'never-use-alone',
      'findahelpline',
    ]);
    expect(us.help.lines.find((l) => l.id === '988')?.call).toBe('988');
    expect(us.people).toEqual([{ name: 'Jess', phone: '+1 555-0142' }]);

    const ca = await helpFor('CA');
    expect(ca.help.emergencyNumber).toBe('911');
    expect(ids(ca)).toEqual(['emergency-ca', '988-ca', 'nors', 'findahelpline']);
    expect(ca.help.lines.find((l) => l.id === 'nors')?.call).toBe('1-888-688-6677');

    const gb = await helpFor('GB');
    expect(gb.help.emergencyNumber).toBe('999');
    expect(gb.help.lines.find((l) => l.id === 'samaritans')?.call).toBe('116 123');

    const ie = await helpFor('IE');
    expect(ie.help.emergencyNumber).toBe('112');
    expect(ids(ie)).toEqual(['emergency-ie', 'samaritans', 'findahelpline']);

    const au = await helpFor('AU');
    expect(au.help.emergencyNumber).toBe('000');
    expect(au.help.lines.find((l) => l.id === 'lifeline-au')?.call).toBe('13 11 14');

    const fr = await helpFor('FR');
    expect(fr).toMatchObject({ country: 'FR', help: { country: null, emergencyNumber: null } });
    expect(ids(fr)).toEqual(['findahelpline']);
    // the member's own people are there whatever the country
    expect(fr.people).toHaveLength(1);

    expect(await errorCode(app, member, SET_COUNTRY, { c: 'France' })).toBe('BAD_USER_INPUT');
  });

  it('lists crisis lines for anyone, signed in or not', async () => {
    const us = await ok<{ helpLines: Help['help'] }>(app, null, HELP_LINES, {});
    expect(us.helpLines.country).toBe('US');
    expect(us.helpLines.lines.map((l) => l.call)).toEqual(expect.arrayContaining(['911', '988']));
    const au = await ok<{ helpLines: Help['help'] }>(app, null, HELP_LINES, { c: 'AU' });
    expect(au.helpLines.emergencyNumber).toBe('000');
    expect(await errorCode(app, null, HELP_NOW)).toBe('UNAUTHENTICATED');
  });
});
