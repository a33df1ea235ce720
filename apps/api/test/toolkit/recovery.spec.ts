import { Writable } from 'node:stream';
import { DateTime } from 'luxon';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { registerMember } from '../support/accounts';
import type { TestApp } from '../support/test-app';
import { errorCode, ok, SET_ZONE, startToolkitApp } from './toolkit-helpers';

const RECOVERY = `cleanDate country timeZone timeZoneSet
  cleanTime { today days years months remainderDays reached { key date }
              latest { key date daysAgo } next { key unit amount date daysAway } }`;
const MY_RECOVERY = `{ myRecovery { ${RECOVERY} } }`;
const SET_CLEAN = `mutation ($d: String!) { setCleanDate(cleanDate: $d) { ${RECOVERY} } }`;
const CLEAR = `mutation { clearCleanDate { cleanDate cleanTime { days } } }`;

interface Recovery {
  cleanDate: string | null;
  timeZone: string;
  timeZoneSet: boolean;
  cleanTime: {
    today: string;
    days: number;
    reached: { key: string; date: string }[];
    latest: { key: string; date: string; daysAgo: number } | null;
    next: { key: string; date: string; daysAway: number };
  } | null;
}

const todayIn = (zone: string) => DateTime.now().setZone(zone).toISODate() as string;
const minusDays = (date: string, days: number) =>
  DateTime.fromISO(date, { zone: 'UTC' }).minus({ days }).toISODate() as string;
const daysBetween = (from: string, to: string) =>
  DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days;

describe('my recovery: clean date and milestones', () => {
  let app: TestApp;
  const logLines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    ({ app } = await startToolkitApp(pino({ level: 'info' }, sink)));
  });
  afterAll(async () => {
    await app.close();
  });

  it('is empty and private by default, with the US as the country', async () => {
    const member = await registerMember(app);
    const { myRecovery } = await ok<{ myRecovery: Recovery }>(app, member, MY_RECOVERY);
    expect(myRecovery).toEqual({
      cleanDate: null,
      country: 'US',
      timeZone: 'UTC',
      timeZoneSet: false,
      cleanTime: null,
    });
    expect(await errorCode(app, null, MY_RECOVERY)).toBe('UNAUTHENTICATED');
  });

  it('counts days and milestones in the member’s own time zone', async () => {
    // UTC+14 and UTC-11: 25 hours apart, so their calendar dates always differ.
    const [east, west] = await Promise.all([registerMember(app), registerMember(app)]);
    await ok(app, east, SET_ZONE, { tz: 'Pacific/Kiritimati' });
    await ok(app, west, SET_ZONE, { tz: 'Pacific/Pago_Pago' });

    const eastToday = todayIn('Pacific/Kiritimati');
    const cleanDate = minusDays(eastToday, 30);
    const before = todayIn('Pacific/Pago_Pago');
    const [e, w] = await Promise.all([
      ok<{ setCleanDate: Recovery }>(app, east, SET_CLEAN, { d: cleanDate }),
      ok<{ setCleanDate: Recovery }>(app, west, SET_CLEAN, { d: cleanDate }),
    ]);
    const after = todayIn('Pacific/Pago_Pago');

    expect(e.setCleanDate.timeZone).toBe('Pacific/Kiritimati');
    expect(e.setCleanDate.cleanTime).toMatchObject({
      days: daysBetween(cleanDate, e.setCleanDate.cleanTime!.today),
    });
    expect([eastToday, todayIn('Pacific/Kiritimati')]).toContain(e.setCleanDate.cleanTime!.today);

    const westCount = w.setCleanDate.cleanTime!;
    expect([before, after]).toContain(westCount.today);
    expect(westCount.today < e.setCleanDate.cleanTime!.today).toBe(true);
    expect(westCount.days).toBe(daysBetween(cleanDate, westCount.today));
    expect(westCount.days).toBeLessThan(30);
    // in the east 30 days are reached today (unless its midnight passed mid-test); in the west, not yet
    if (e.setCleanDate.cleanTime!.today === eastToday) {
      expect(e.setCleanDate.cleanTime!.latest).toEqual({ key: 'd30', date: eastToday, daysAgo: 0 });
    }
    expect(westCount.latest?.key).toBe('h24');
    expect(westCount.next).toMatchObject({ key: 'd30', date: eastToday });
  });

  it('computes calendar-month milestones from the clean date, Feb 29 included', async () => {
    const member = await registerMember(app);
    const { setCleanDate } = await ok<{ setCleanDate: Recovery }>(app, member, SET_CLEAN, {
      d: '2020-02-29',
    });
    const dates = Object.fromEntries(setCleanDate.cleanTime!.reached.map((m) => [m.key, m.date]));
    expect(dates).toMatchObject({
      h24: '2020-03-01',
      d90: '2020-05-29',
      m6: '2020-08-29',
      y1: '2021-02-28',
      m18: '2021-08-29',
      y4: '2024-02-29',
    });
  });

  it('refuses a clean date that has not come yet in the member’s zone, or is not a date', async () => {
    const member = await registerMember(app);
    await ok(app, member, SET_ZONE, { tz: 'Pacific/Pago_Pago' });
    const tomorrow = DateTime.fromISO(todayIn('Pacific/Pago_Pago')).plus({ days: 2 }).toISODate();
    const res = await app.gql(SET_CLEAN, { d: tomorrow }, { token: member.token });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'cleanDate' }),
    ]);
    expect(await errorCode(app, member, SET_CLEAN, { d: '2025-02-30' })).toBe('BAD_USER_INPUT');
    expect(await errorCode(app, member, SET_CLEAN, { d: '14/03/2024' })).toBe('BAD_USER_INPUT');
  });

  it('resets the date in place, leaving no trace of the old one anywhere', async () => {
    const [member, other] = await Promise.all([registerMember(app), registerMember(app)]);
    const db = app.running.app.get(DataSource);
    const oldDate = '2019-07-23';
    await ok(app, member, SET_CLEAN, { d: oldDate });

    const tables: { name: string }[] = await db.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const counts = async () => {
      const out: Record<string, number> = {};
      for (const { name } of tables) {
        out[name] = (await db.query(`SELECT count(*)::int AS n FROM "${name}"`))[0].n;
      }
      return out;
    };
    const countsBefore = await counts();
    logLines.length = 0;

    const newDate = minusDays(todayIn('UTC'), 1);
    const { setCleanDate } = await ok<{ setCleanDate: Recovery }>(app, member, SET_CLEAN, { d: newDate });
    expect(setCleanDate).toMatchObject({ cleanDate: newDate, cleanTime: { latest: { key: 'h24' } } });

    // no history row, no audit entry, no notification: every table has as many rows as before
    expect(await counts()).toEqual(countsBefore);
    // and the old date is nowhere in the database, nor in the logs
    for (const { name } of tables) {
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM "${name}" t WHERE t::text LIKE $1`, [
        `%${oldDate}%`,
      ]);
      expect({ table: name, rowsWithOldDate: n }).toEqual({ table: name, rowsWithOldDate: 0 });
    }
    expect(logLines.join('')).not.toContain(oldDate);
    expect(logLines.join('')).not.toContain(newDate);

    const exported = JSON.parse(
      (await ok<{ exportMyData: string }>(app, member, '{ exportMyData }')).exportMyData,
    );
    expect(exported.toolkit.recovery).toEqual({ cleanDate: newDate, country: 'US' });
    expect(JSON.stringify(exported)).not.toContain(oldDate);

    // nobody else sees anything of it
    const { myRecovery } = await ok<{ myRecovery: Recovery }>(app, other, MY_RECOVERY);
    expect(myRecovery.cleanDate).toBeNull();
  });

  it('clears the date', async () => {
    const member = await registerMember(app);
    await ok(app, member, SET_CLEAN, { d: '2024-01-01' });
    expect(await ok(app, member, CLEAR)).toEqual({ clearCleanDate: { cleanDate: null, cleanTime: null } });
  });
});
