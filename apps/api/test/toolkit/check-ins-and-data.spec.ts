import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { registerMember } from '../support/accounts';
import type { TestApp } from '../support/test-app';
import { errorCode, ok, SET_ZONE, startToolkitApp, type Sponsorships, type Member } from './toolkit-helpers';

const CHECK_IN = `mutation ($input: CheckInInput!) { checkIn(input: $input) { date mood craving note } }`;
const HISTORY = `query ($days: Int) { myCheckIns(days: $days) { today todayCheckIn { date mood craving } entries { date mood craving note } } }`;

interface History {
  today: string;
  todayCheckIn: { date: string; mood: number; craving: number } | null;
  entries: { date: string; mood: number; craving: number; note: string }[];
}

const todayIn = (zone: string) => DateTime.now().setZone(zone).toISODate() as string;

describe('daily check-ins', () => {
  let app: TestApp;
  beforeAll(async () => {
    ({ app } = await startToolkitApp());
  });
  afterAll(async () => {
    await app.close();
  });

  it('keep one check-in per day in the member’s zone, changeable that day', async () => {
    const [east, west] = await Promise.all([registerMember(app), registerMember(app)]);
    await ok(app, east, SET_ZONE, { tz: 'Pacific/Kiritimati' });
    await ok(app, west, SET_ZONE, { tz: 'Pacific/Pago_Pago' });

    const eastBefore = todayIn('Pacific/Kiritimati');
    const westBefore = todayIn('Pacific/Pago_Pago');
    const e = await ok<{ checkIn: { date: string } }>(app, east, CHECK_IN, {
      input: { mood: 2, craving: 3 },
    });
    const w = await ok<{ checkIn: { date: string } }>(app, west, CHECK_IN, {
      input: { mood: 4, craving: 1 },
    });
    expect([eastBefore, todayIn('Pacific/Kiritimati')]).toContain(e.checkIn.date);
    expect([westBefore, todayIn('Pacific/Pago_Pago')]).toContain(w.checkIn.date);
    expect(w.checkIn.date < e.checkIn.date).toBe(true);

    // checking in again the same day changes that day's check-in
    const again = await ok<{ checkIn: { date: string; mood: number; note: string } }>(app, east, CHECK_IN, {
      input: { mood: 4, craving: 1, note: '  Went to a meeting  ' },
    });
    const { myCheckIns } = await ok<{ myCheckIns: History }>(app, east, HISTORY, { days: 7 });
    if (again.checkIn.date === e.checkIn.date) {
      expect(again.checkIn).toMatchObject({ mood: 4, note: 'Went to a meeting' });
      expect(myCheckIns.entries).toEqual([
        { date: e.checkIn.date, mood: 4, craving: 1, note: 'Went to a meeting' },
      ]);
    }
    expect(myCheckIns.todayCheckIn).toMatchObject({ date: myCheckIns.today, mood: 4 });
  });

  it('show a private history of the days asked for, oldest first', async () => {
    const [member, other] = await Promise.all([registerMember(app), registerMember(app)]);
    const db = app.running.app.get(DataSource);
    const today = todayIn('UTC');
    const day = (n: number) => DateTime.fromISO(today).minus({ days: n }).toISODate();
    for (const [n, mood] of [
      [40, 1],
      [6, 2],
      [2, 3],
    ]) {
      await db.query(
        'INSERT INTO toolkit_check_ins (user_id, local_date, mood, craving) VALUES ($1, $2, $3, 2)',
        [member.id, day(n), mood],
      );
    }
    const week = (await ok<{ myCheckIns: History }>(app, member, HISTORY, { days: 7 })).myCheckIns;
    expect(week.entries.map((c) => [c.date, c.mood])).toEqual([
      [day(6), 2],
      [day(2), 3],
    ]);
    expect(week.todayCheckIn).toBeNull();
    const months = (await ok<{ myCheckIns: History }>(app, member, HISTORY, { days: 60 })).myCheckIns;
    expect(months.entries).toHaveLength(3);
    expect((await ok<{ myCheckIns: History }>(app, other, HISTORY, {})).myCheckIns.entries).toEqual([]);

    expect(await errorCode(app, member, CHECK_IN, { input: { mood: 6, craving: 0 } })).toBe('BAD_USER_INPUT');
    expect(await errorCode(app, member, CHECK_IN, { input: { mood: 3, craving: -1 } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await errorCode(app, member, HISTORY, { days: 400 })).toBe('BAD_USER_INPUT');
    expect(await errorCode(app, null, HISTORY, {})).toBe('UNAUTHENTICATED');
  });
});

describe('the toolkit in the data export and account deletion', () => {
  let app: TestApp;
  let sponsors: Sponsorships;
  let member: Member;
  let sponsor: Member;

  beforeAll(async () => {
    ({ app, sponsors } = await startToolkitApp());
    [member, sponsor] = await Promise.all([registerMember(app), registerMember(app)]);
    await ok(app, member, `mutation { setCleanDate(cleanDate: "2024-05-01") { cleanDate } }`);
    await ok(app, member, `mutation { setRecoveryCountry(country: "CA") { country } }`);
    await ok(app, member, `mutation ($input: RecoveryPlanInput!) { savePlan(input: $input) { updatedAt } }`, {
      input: {
        warningSigns: ['Isolating'],
        triggers: { people: [], places: [], things: [], feelings: ['Lonely'] },
        halt: { hungry: '', angry: '', lonely: 'Call Jess', tired: '' },
        people: [{ name: 'Jess', phone: '555-0142' }],
      },
    });
    await ok(app, member, CHECK_IN, { input: { mood: 3, craving: 2, note: 'ok day' } });
    await sponsors.startSponsorship(member, sponsor);
  });
  afterAll(async () => {
    await app.close();
  });

  it('exports everything the member keeps in the toolkit', async () => {
    const { saveCostBenefit } = await ok<{ saveCostBenefit: { id: string } }>(
      app,
      member,
      `mutation { saveCostBenefit(input: { title: "Mine", usingCosts: ["Health"] }) { id } }`,
    );
    await ok(app, member, `mutation ($id: ID!) { shareWorksheet(id: $id, shared: true) { id } }`, {
      id: saveCostBenefit.id,
    });
    const data = JSON.parse(
      (await ok<{ exportMyData: string }>(app, member, '{ exportMyData }')).exportMyData,
    );
    expect(data.toolkit.recovery).toEqual({ cleanDate: '2024-05-01', country: 'CA' });
    expect(data.toolkit.plan).toMatchObject({
      warningSigns: ['Isolating'],
      triggerFeelings: ['Lonely'],
      halt: { lonely: 'Call Jess' },
      people: [{ name: 'Jess', phone: '555-0142', note: '' }],
    });
    expect(data.toolkit.worksheets).toEqual([
      expect.objectContaining({
        id: saveCostBenefit.id,
        kind: 'cost_benefit',
        title: 'Mine',
        sharedWith: sponsor.displayName,
        content: expect.objectContaining({ usingCosts: ['Health'] }),
      }),
    ]);
    expect(data.toolkit.checkIns).toEqual([expect.objectContaining({ mood: 3, craving: 2, note: 'ok day' })]);
    // the sponsor's export holds nothing of the member's toolkit
    const theirs = JSON.parse(
      (await ok<{ exportMyData: string }>(app, sponsor, '{ exportMyData }')).exportMyData,
    );
    expect(theirs.toolkit).toEqual({ recovery: null, plan: null, worksheets: [], checkIns: [] });
  });

  it('erases it all when the member deletes their account, and unshares what was shared with a deleted sponsor', async () => {
    const db = app.running.app.get(DataSource);
    const other = await registerMember(app);
    await sponsors.startSponsorship(other, sponsor);
    const { saveAbc } = await ok<{ saveAbc: { id: string } }>(
      app,
      other,
      `mutation { saveAbc(input: { title: "A" }) { id } }`,
    );
    await ok(app, other, `mutation ($id: ID!) { shareWorksheet(id: $id, shared: true) { id } }`, {
      id: saveAbc.id,
    });

    const rowsOf = async (id: string) => {
      const [r] = await db.query(
        `SELECT (SELECT count(*) FROM toolkit_recovery WHERE user_id = $1)::int AS recovery,
                (SELECT count(*) FROM toolkit_plans WHERE user_id = $1)::int AS plans,
                (SELECT count(*) FROM toolkit_worksheets WHERE owner_id = $1)::int AS worksheets,
                (SELECT count(*) FROM toolkit_check_ins WHERE user_id = $1)::int AS check_ins`,
        [id],
      );
      return r;
    };
    expect(await rowsOf(member.id)).toEqual({ recovery: 1, plans: 1, worksheets: 1, check_ins: 1 });

    const DELETE_ACCOUNT = `mutation ($p: String!) { deleteAccount(input: { password: $p }) }`;
    await ok(app, member, DELETE_ACCOUNT, { p: member.password });
    expect(await rowsOf(member.id)).toEqual({ recovery: 0, plans: 0, worksheets: 0, check_ins: 0 });

    await sponsors.endSponsorship(other);
    await ok(app, sponsor, DELETE_ACCOUNT, { p: sponsor.password });
    const [sheet] = await db.query('SELECT shared_with_id FROM toolkit_worksheets WHERE id = $1', [
      saveAbc.id,
    ]);
    expect(sheet.shared_with_id).toBeNull();
  });
});
