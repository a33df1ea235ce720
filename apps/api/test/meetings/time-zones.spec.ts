import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember, setRole } from '../support/accounts';
import { db, importFeed, mg, online, SEARCH, slugs, type SearchResult } from './support';
import { MeetingImportService } from '@kinship/api/meetings';

const CREATE = `mutation($input: MeetingInput!) { createMeeting(input: $input) { id slug timeZone } }`;

const form = {
  name: 'Prairie Hope',
  program: 'NA',
  days: [2],
  startTime: '19:00',
  timeZone: 'Canada/East-Saskatchewan',
  attendance: 'ONLINE',
  conferenceUrl: 'https://zoom.us/j/555',
  city: 'Regina',
};

describe('time zones: only names PostgreSQL knows are stored, and one bad row never breaks search', () => {
  let app: TestApp;
  let admin: Awaited<ReturnType<typeof registerMember>>;
  const zoneOf = async (slug: string) =>
    (
      (await db(app).query('SELECT time_zone FROM meetings WHERE slug = $1', [slug]))[0] as {
        time_zone: string;
      }
    ).time_zone;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await registerMember(app);
    await setRole(app, admin.id, 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  it('an import maps legacy names to current ones, canonicalizes lower case, and says so', async () => {
    const report = await importFeed(
      app,
      [
        online('pacific-new', { timezone: 'US/Pacific-New' }),
        online('east-sask', { timezone: 'Canada/East-Saskatchewan' }),
        online('us-eastern', { timezone: 'US/Eastern' }),
        online('lower-case', { timezone: 'america/new_york' }),
      ],
      { source: 'zones' },
    );
    expect(report.created).toBe(4);
    expect(await zoneOf('pacific-new')).toBe('America/Los_Angeles');
    expect(await zoneOf('east-sask')).toBe('America/Regina');
    expect(await zoneOf('us-eastern')).toBe('America/New_York');
    expect(await zoneOf('lower-case')).toBe('America/New_York');
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        field: 'timezone',
        severity: 'warning',
        message: expect.stringContaining('US/Pacific-New → America/Los_Angeles'),
      }),
    );
  });

  it('an import refuses a zone PostgreSQL does not know, naming the row and field', async () => {
    const report = await app.running.app.get(MeetingImportService).run({
      text: JSON.stringify([
        mg('fine'),
        mg('moon', { timezone: 'Moon/Base' }),
        mg('mars', { timezone: 'US/Mars' }),
        // Node knows these (IST as India's zone); PostgreSQL does not (IST is only an abbreviation there)
        mg('ist', { timezone: 'IST' }),
        mg('systemv', { timezone: 'SystemV/AST4' }),
      ]),
      source: 'zones-bad',
    });
    expect(report.applied).toBe(false);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ row: 2, field: 'timezone', message: expect.stringContaining('"Moon/Base"') }),
      expect.objectContaining({ row: 3, field: 'timezone', message: expect.stringContaining('"US/Mars"') }),
      expect.objectContaining({ row: 4, field: 'timezone', message: expect.stringContaining('"IST"') }),
      expect.objectContaining({
        row: 5,
        field: 'timezone',
        message: expect.stringContaining('"SystemV/AST4"'),
      }),
    ]);
    const refused = await app.running.app.get(MeetingImportService).run({
      text: JSON.stringify([mg('x', { timezone: null })]),
      source: 'zones-bad',
      defaultTimeZone: 'Nowhere/Land',
    });
    expect(refused.problems[0]).toMatchObject({ field: 'defaultTimeZone', severity: 'error' });
    expect(
      (await db(app).query(`SELECT count(*)::int AS n FROM meetings WHERE source = 'zones-bad'`))[0].n,
    ).toBe(0);
  });

  it('the import endpoint maps its default zone the same way, and refuses an unknown one', async () => {
    const upload = (timeZone: string) =>
      request(app.url)
        .post('/admin/meetings/import')
        .query({ source: 'zones-rest', timeZone })
        .set('authorization', `Bearer ${admin.token}`)
        .set('content-type', 'text/plain')
        .send(JSON.stringify([online('no-zone', { timezone: undefined })]));
    const ok = await upload('us/eastern');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ applied: true, created: 1 });
    expect(await zoneOf('no-zone')).toBe('America/New_York');
    const bad = await upload('IST');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/timeZone/);
  });

  it('the admin form maps a legacy zone and refuses an unknown one with a field error', async () => {
    const ok = await app.gql<{ createMeeting: { slug: string; timeZone: string } }>(
      CREATE,
      { input: form },
      { token: admin.token },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createMeeting.timeZone).toBe('America/Regina');
    expect(await zoneOf(ok.data!.createMeeting.slug)).toBe('America/Regina');

    const bad = await app.gql(
      CREATE,
      { input: { ...form, name: 'Nowhere', timeZone: 'Mars/Olympus' } },
      { token: admin.token },
    );
    expect(bad.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/timeZone/);
  });

  it('search filters accept legacy and lower-case zones, and refuse unknown ones as bad input', async () => {
    const filter = { days: [1], timeFrom: '00:00', timeTo: '23:59' };
    for (const timeZone of ['US/Pacific-New', 'america/new_york', 'Canada/East-Saskatchewan']) {
      const res = await app.gql<SearchResult>(SEARCH, { filter: { ...filter, timeZone } });
      expect(res.errors).toBeUndefined();
    }
    const bad = await app.gql(SEARCH, { filter: { ...filter, timeZone: 'Nowhere/Land' } });
    expect(bad.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('a row with a zone PostgreSQL rejects (written behind validation) never makes search fail', async () => {
    await importFeed(app, [online('healthy-1'), online('healthy-2'), online('broken')], {
      source: 'zones-row',
    });
    await db(app).query(`UPDATE meetings SET time_zone = 'US/Pacific-New' WHERE slug = 'broken'`);
    await expect(db(app).query(`SELECT now() AT TIME ZONE 'US/Pacific-New'`)).rejects.toThrow(
      /not recognized/,
    );

    const filters = [
      {},
      { startingWithinMinutes: 720 },
      { days: [1], timeZone: 'America/Chicago' },
      { timeFrom: '00:00', timeTo: '23:59', timeZone: 'Asia/Tokyo' },
      { query: 'meeting' },
    ];
    for (const filter of filters) {
      const res = await app.gql<SearchResult>(SEARCH, { filter, first: 50 });
      expect({ filter, errors: res.errors }).toEqual({ filter, errors: undefined });
      expect(slugs(res.data!.meetings)).not.toContain('broken');
    }
    const all = await app.gql<SearchResult>(SEARCH, { filter: {}, first: 50 });
    expect(slugs(all.data!.meetings)).toEqual(expect.arrayContaining(['healthy-1', 'healthy-2']));
  });
});
