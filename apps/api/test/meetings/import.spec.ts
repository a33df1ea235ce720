import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember, setRole } from '../support/accounts';
import { db, fixture, mg } from './support';

const IMPORT = `mutation Import($input: ImportMeetingsInput!) {
  importMeetings(input: $input) {
    applied dryRun format source programCode meetings created updated unchanged unpublished skipped errors warnings
    problems { row field message severity }
  }
}`;

interface Report {
  applied: boolean;
  format: string;
  meetings: number;
  created: number;
  updated: number;
  unchanged: number;
  unpublished: number;
  skipped: number;
  errors: number;
  problems: { row: number | null; field: string; message: string; severity: string }[];
}

describe('meeting imports', () => {
  let app: TestApp;
  let admin: { token: string; id: string };
  const counts = async (source: string) =>
    (
      await db(app).query(
        `SELECT count(*)::int AS all, count(*) FILTER (WHERE published)::int AS published, max(updated_at) AS last
           FROM meetings WHERE source = $1`,
        [source],
      )
    )[0] as { all: number; published: number; last: Date | null };

  /** Large files go to the REST endpoint (the GraphQL body is limited to 100 kB). */
  const upload = (text: string, query: Record<string, string>, token = admin.token) =>
    request(app.url)
      .post('/admin/meetings/import')
      .query(query)
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'text/plain')
      .send(text);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await registerMember(app);
    await setRole(app, admin.id, 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  it('imports the Greater New York Meeting Guide feed, then re-importing it changes nothing', async () => {
    const text = fixture('greater-new-york-na.meeting-guide.json');
    const first = await upload(text, { source: 'gny-mg', program: 'NA' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      applied: true,
      format: 'MEETING_GUIDE',
      meetings: 1513,
      created: 1513,
      errors: 0,
    });
    const before = await counts('gny-mg');
    expect(before).toMatchObject({ all: 1513, published: 1513 });

    const again = await upload(text, { source: 'gny-mg', program: 'NA' });
    expect(again.body).toMatchObject({
      applied: true,
      created: 0,
      updated: 0,
      unchanged: 1513,
      unpublished: 0,
    });
    expect((await counts('gny-mg')).last).toEqual(before.last);
  });

  it('updates a changed feed in place by slug, and unpublishes meetings the feed dropped', async () => {
    const feed = JSON.parse(fixture('greater-new-york-na.meeting-guide.json')) as Record<string, unknown>[];
    const idBefore = (
      await db(app).query(`SELECT id FROM meetings WHERE source = 'gny-mg' AND source_key = $1`, [
        feed[0]['slug'],
      ])
    )[0].id;
    feed[0] = { ...feed[0], time: '14:30', end_time: '16:00' };
    feed[1] = { ...feed[1], name: 'Ladies Day (renamed)' };
    const dropped = feed.pop()!;
    const res = await upload(JSON.stringify(feed), { source: 'gny-mg', program: 'NA' });
    expect(res.body).toMatchObject({
      applied: true,
      created: 0,
      updated: 2,
      unchanged: 1510,
      unpublished: 1,
    });
    const [row] = await db(app).query(
      `SELECT id, start_minute, published FROM meetings WHERE source = 'gny-mg' AND source_key = $1`,
      [feed[0]['slug']],
    );
    expect(row).toEqual({ id: idBefore, start_minute: 14 * 60 + 30, published: true });
    const [gone] = await db(app).query(
      `SELECT published FROM meetings WHERE source = 'gny-mg' AND source_key = $1`,
      [dropped['slug']],
    );
    expect(gone.published).toBe(false);
  });

  it('imports BMLT GetSearchResults with its formats, keeping unpublished meetings hidden', async () => {
    const body = JSON.stringify({
      meetings: JSON.parse(fixture('greater-new-york-na.get-search-results.json')),
      formats: JSON.parse(fixture('greater-new-york-na.formats.json')),
    });
    const res = await upload(body, { source: 'gny-bmlt', timeZone: 'America/New_York' });
    expect(res.body).toMatchObject({
      applied: true,
      format: 'BMLT',
      programCode: 'NA',
      meetings: 1555,
      created: 1555,
    });
    expect(await counts('gny-bmlt')).toMatchObject({ all: 1555, published: 1513 });
    const [m] = await db(app).query(
      `SELECT days, start_minute, duration_minutes, types, time_zone FROM meetings WHERE source = 'gny-bmlt' AND source_key = '2'`,
    );
    expect(m).toEqual({
      days: [6],
      start_minute: 840,
      duration_minutes: 90,
      types: ['M', 'O', 'STEP'],
      time_zone: 'America/New_York',
    });
    const again = await upload(body, { source: 'gny-bmlt', timeZone: 'America/New_York' });
    expect(again.body).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 1555 });
  });

  it('imports a TSML CSV through GraphQL, reporting what it left out', async () => {
    const res = await app.gql<{ importMeetings: Report }>(
      IMPORT,
      { input: { text: fixture('tsml-template-sample.csv'), source: 'tsml-sample', program: 'AA' } },
      { token: admin.token },
    );
    expect(res.data?.importMeetings).toMatchObject({
      applied: true,
      format: 'TSML_CSV',
      created: 4,
      skipped: 1,
    });
    expect(res.data?.importMeetings.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 6, severity: 'warning' })]),
    );
    const [online] = await db(app).query(
      `SELECT attendance, conference_phone FROM meetings WHERE source_key = 'friday-night-online'`,
    );
    expect(online).toEqual({ attendance: 'ONLINE', conference_phone: '+12075550199,,123456#' });
  });

  it('refuses the README example feed with a clear message, and writes nothing', async () => {
    const res = await app.gql<{ importMeetings: Report }>(
      IMPORT,
      { input: { text: fixture('invalid-readme-example-feed.jsonc'), source: 'readme' } },
      { token: admin.token },
    );
    expect(res.errors).toBeUndefined();
    const report = res.data!.importMeetings;
    expect(report).toMatchObject({ applied: false, errors: 1, created: 0 });
    expect(report.problems[0].message).toMatch(
      /not valid JSON: it has a trailing comma at line 32, column 4/,
    );
    expect(await counts('readme')).toMatchObject({ all: 0 });
  });

  it('is all or nothing: one bad row means no row is written, and every problem names its row and field', async () => {
    const res = await app.gql<{ importMeetings: Report }>(
      IMPORT,
      {
        input: {
          text: JSON.stringify([
            mg('fine-1'),
            mg('late', { time: '25:00' }),
            mg('fine-2'),
            mg('zoned', { timezone: 'Moon/Base' }),
            mg('fine-1', { name: 'duplicate slug' }),
          ]),
          source: 'half',
        },
      },
      { token: admin.token },
    );
    const report = res.data!.importMeetings;
    expect(report.applied).toBe(false);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ row: 2, field: 'time', message: expect.stringContaining('"25:00"') }),
      expect.objectContaining({ row: 4, field: 'timezone' }),
      expect.objectContaining({ row: 5, field: 'slug', message: expect.stringContaining('row 1') }),
    ]);
    expect(await counts('half')).toMatchObject({ all: 0 });
  });

  it('refuses BMLT results without formats, and a file in no known format', async () => {
    const bmlt = await upload(fixture('greater-new-york-na.get-search-results.json'), {
      source: 'bmlt-bare',
    });
    expect(bmlt.body).toMatchObject({ applied: false });
    expect(bmlt.body.problems[0].message).toMatch(/formats/);
    const junk = await upload('just some words', { source: 'junk' });
    expect(junk.body.problems[0].message).toMatch(
      /Meeting Guide JSON feeds, BMLT GetSearchResults JSON, and TSML CSV/,
    );
  });

  it('counts but changes nothing on a dry run', async () => {
    const res = await upload(JSON.stringify([mg('dry-1'), mg('dry-2')]), { source: 'dry', dryRun: 'true' });
    expect(res.body).toMatchObject({ applied: false, dryRun: true, created: 2 });
    expect(await counts('dry')).toMatchObject({ all: 0 });
  });

  it('is for admins only, through GraphQL and REST', async () => {
    const member = await registerMember(app);
    const gql = await app.gql(IMPORT, { input: { text: '[]', source: 'x' } }, { token: member.token });
    expect(gql.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const rest = await upload('[]', { source: 'x' }, member.token);
    expect(rest.status).toBe(403);
    const anon = await request(app.url)
      .post('/admin/meetings/import?source=x')
      .set('content-type', 'text/plain')
      .send('[]');
    expect(anon.status).toBe(401);
  });
});
