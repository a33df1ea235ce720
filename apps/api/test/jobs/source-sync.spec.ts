import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { registerMember, setRole } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { db, fixture, mg } from '../meetings/support';

const ADD = `mutation ($input: MeetingSourceInput!) {
  addMeetingSource(input: $input) { id kind serviceBodyIds graceDays fetchUrl }
}`;
const SYNC = `mutation ($id: ID!, $force: Boolean) {
  syncMeetingSource(id: $id, force: $force) {
    status forced added updated unchanged missing unpublished republished error rowErrors { row field message }
  }
}`;
const RUNS = `query ($id: ID!) { meetingSourceRuns(sourceId: $id) { status added updated error } }`;

interface Run {
  status: string;
  forced: boolean;
  added: number;
  updated: number;
  unchanged: number;
  missing: number;
  unpublished: number;
  republished: number;
  error: string | null;
  rowErrors: { row: number | null; field: string; message: string }[];
}

/** A feed server on a free local port: each path answers what the test put there. */
function feedServer() {
  const routes = new Map<string, { status: number; body: string }>();
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    requested.push(req.url ?? '');
    const route = routes.get((req.url ?? '').split('?')[0]) ?? { status: 404, body: 'not found' };
    res.writeHead(route.status, { 'content-type': 'application/json' });
    res.end(route.body);
  });
  return {
    server,
    requested,
    serve: (path: string, body: unknown, status = 200) =>
      routes.set(path, { status, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    url: (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
  };
}

describe('sources kept in sync', () => {
  let app: TestApp;
  let token: string;
  const feeds = feedServer();

  const addSource = async (input: Record<string, unknown>) => {
    const res = await app.gql<{ addMeetingSource: { id: string } }>(ADD, { input }, { token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.addMeetingSource.id;
  };
  const sync = async (id: string, force = false): Promise<Run> => {
    const res = await app.gql<{ syncMeetingSource: Run }>(SYNC, { id, force }, { token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.syncMeetingSource;
  };
  const rows = (source: string) =>
    db(app).query(
      `SELECT source_key AS key, name, published, missing_since IS NOT NULL AS missing, updated_at
         FROM meetings WHERE source = $1 ORDER BY source_key`,
      [source],
    ) as Promise<{ key: string; name: string; published: boolean; missing: boolean; updated_at: Date }[]>;

  beforeAll(async () => {
    app = await startTestApp();
    await new Promise<void>((r) => feeds.server.listen(0, '127.0.0.1', r));
    const admin = await registerMember(app);
    await setRole(app, admin.id, 'admin');
    token = admin.token;
  });
  afterAll(async () => {
    await new Promise((r) => feeds.server.close(r));
    await app?.close();
  });

  it('checks a source by field and lets only admins read its runs', async () => {
    const input = { url: feeds.url('/x.json'), source: 'x', everyHours: 6 };
    for (const [bad, field] of [
      [{ ...input, kind: 'BMLT' }, 'serviceBodyIds'],
      [{ ...input, graceDays: -1 }, 'graceDays'],
      [{ ...input, source: 'has spaces' }, 'source'],
    ] as const) {
      const res = await app.gql(ADD, { input: bad }, { token });
      expect(res.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0].extensions)).toContain(field);
    }
    const id = await addSource(input);
    const UPDATE = `mutation ($id: ID!, $input: MeetingSourceInput!) {
      updateMeetingSource(id: $id, input: $input) { id graceDays everyHours }
    }`;
    const changed = await app.gql(
      UPDATE,
      { id, input: { ...input, graceDays: 3, everyHours: 12 } },
      { token },
    );
    expect(changed.data).toEqual({ updateMeetingSource: { id, graceDays: 3, everyHours: 12 } });
    expect(
      await db(app).query('SELECT grace_days, every_hours FROM meeting_sources WHERE id = $1', [id]),
    ).toEqual([{ grace_days: 3, every_hours: 12 }]);
    await addSource({ ...input, url: feeds.url('/y.json'), source: 'y' });
    const taken = await app.gql(UPDATE, { id, input: { ...input, url: feeds.url('/y.json') } }, { token });
    expect(taken.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(taken.errors?.[0].extensions)).toContain('url');
    const member = await registerMember(app);
    const res = await app.gql(RUNS, { id }, { token: member.token });
    expect(res.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  it('records each run: a changed source updates, a failing one changes nothing and says why', async () => {
    feeds.serve('/a.json', [mg('a1'), mg('a2')]);
    const id = await addSource({ url: feeds.url('/a.json'), source: 'feed-a', everyHours: 6 });
    expect(await sync(id)).toMatchObject({ status: 'OK', added: 2, updated: 0, unchanged: 0, error: null });

    feeds.serve('/a.json', [mg('a1', { name: 'Renamed' }), mg('a2'), mg('a3')]);
    expect(await sync(id)).toMatchObject({ status: 'OK', added: 1, updated: 1, unchanged: 1 });
    expect((await rows('feed-a')).map((r) => [r.key, r.name])).toEqual([
      ['a1', 'Renamed'],
      ['a2', 'Meeting a2'],
      ['a3', 'Meeting a3'],
    ]);
    const before = await rows('feed-a');

    feeds.serve('/a.json', 'upstream down', 503);
    expect(await sync(id)).toMatchObject({ status: 'FAILED', added: 0, error: 'fetch failed: HTTP 503' });
    feeds.serve('/a.json', '[{"slug": "a1", ');
    const unparsable = await sync(id);
    expect(unparsable.status).toBe('FAILED');
    expect(unparsable.error).toMatch(/^not imported: .*JSON/);
    feeds.serve('/a.json', [mg('a1', { name: 'Changed again' }), mg('a2'), mg('a3', { time: '25:00' })]);
    const rowError = await sync(id);
    expect(rowError).toMatchObject({ status: 'FAILED', added: 0, updated: 0 });
    expect(rowError.rowErrors).toEqual([expect.objectContaining({ row: 3, field: 'time' })]);
    expect(rowError.error).toContain('row 3');
    expect(await rows('feed-a')).toEqual(before);

    const runs = await app.gql<{ meetingSourceRuns: Run[] }>(RUNS, { id }, { token });
    expect(runs.data?.meetingSourceRuns.map((r) => [r.status, r.added, r.updated])).toEqual([
      ['FAILED', 0, 0],
      ['FAILED', 0, 0],
      ['FAILED', 0, 0],
      ['OK', 1, 1],
      ['OK', 2, 0],
    ]);
  });

  it('keeps a missing meeting through the grace period, then unpublishes it, and republishes it on return', async () => {
    const all = [mg('g1'), mg('g2'), mg('g3')];
    feeds.serve('/g.json', all);
    const id = await addSource({ url: feeds.url('/g.json'), source: 'feed-g', everyHours: 6, graceDays: 14 });
    await sync(id);

    feeds.serve('/g.json', all.slice(0, 2));
    expect(await sync(id)).toMatchObject({ status: 'OK', missing: 1, unpublished: 0 });
    expect((await rows('feed-g')).find((r) => r.key === 'g3')).toMatchObject({
      published: true,
      missing: true,
    });
    expect(await sync(id)).toMatchObject({ status: 'OK', missing: 0, unpublished: 0 });
    expect((await rows('feed-g')).find((r) => r.key === 'g3')).toMatchObject({ published: true });

    // fifteen days later (moved in the database, not waited for)
    await db(app).query(
      `UPDATE meetings SET missing_since = now() - interval '15 days' WHERE source = 'feed-g' AND source_key = 'g3'`,
    );
    expect(await sync(id)).toMatchObject({ status: 'OK', unpublished: 1 });
    expect((await rows('feed-g')).map((r) => [r.key, r.published])).toEqual([
      ['g1', true],
      ['g2', true],
      ['g3', false],
    ]);
    expect(await db(app).query(`SELECT count(*)::int AS n FROM meetings WHERE source = 'feed-g'`)).toEqual([
      { n: 3 },
    ]);
    // hidden from the public feed while g1 and g2 stay in it
    const published = (await request(app.url).get('/feeds/meeting-guide.json')).body as { slug: string }[];
    const slugs = published.map((m) => m.slug);
    expect(slugs).toEqual(expect.arrayContaining(['g1', 'g2']));
    expect(slugs).not.toContain('g3');

    feeds.serve('/g.json', all);
    expect(await sync(id)).toMatchObject({ status: 'OK', republished: 1, updated: 0, missing: 0 });
    expect((await rows('feed-g')).find((r) => r.key === 'g3')).toMatchObject({
      published: true,
      missing: false,
    });
  });

  it('refuses a run that would make more than half of the meetings missing, unless forced', async () => {
    const all = [mg('s1'), mg('s2'), mg('s3'), mg('s4')];
    feeds.serve('/s.json', all);
    const id = await addSource({ url: feeds.url('/s.json'), source: 'feed-s', everyHours: 6, graceDays: 0 });
    await sync(id);

    feeds.serve('/s.json', [mg('s1')]);
    const refused = await sync(id);
    expect(refused).toMatchObject({ status: 'FAILED', missing: 0, unpublished: 0, forced: false });
    expect(refused.error).toContain('3 of the source’s 4'.replace('’', "'"));
    expect((await rows('feed-s')).every((r) => r.published && !r.missing)).toBe(true);

    const forced = await sync(id, true);
    expect(forced).toMatchObject({ status: 'OK', forced: true, missing: 3, unpublished: 3 });
    expect((await rows('feed-s')).map((r) => [r.key, r.published])).toEqual([
      ['s1', true],
      ['s2', false],
      ['s3', false],
      ['s4', false],
    ]);

    // an empty feed is never applied, forced or not
    feeds.serve('/s.json', []);
    const empty = await sync(id, true);
    expect(empty.status).toBe('FAILED');
    expect(empty.error).toContain('no meetings');

    feeds.serve('/s.json', all);
    expect(await sync(id)).toMatchObject({ status: 'OK', republished: 3 });
    // exactly half at once is allowed
    feeds.serve('/s.json', all.slice(0, 2));
    expect(await sync(id)).toMatchObject({ status: 'OK', missing: 2, unpublished: 2 });
  });

  it('takes a BMLT root server’s service bodies from GetSearchResults', async () => {
    const meetings = JSON.parse(fixture('greater-new-york-na.get-search-results.json')) as {
      service_body_bigint: string;
    }[];
    const formats: unknown = JSON.parse(fixture('greater-new-york-na.formats.json'));
    const wanted = meetings.filter((m) => ['1001', '1002'].includes(m.service_body_bigint));
    const shown = wanted.filter((m) => (m as { published?: string }).published === '1');
    feeds.serve('/bmlt/client_interface/json/', { meetings: wanted, formats });
    const res = await app.gql<{ addMeetingSource: { id: string; fetchUrl: string; kind: string } }>(
      ADD,
      {
        input: {
          url: feeds.url('/bmlt/'),
          source: 'gny-bmlt',
          everyHours: 24,
          kind: 'BMLT',
          serviceBodyIds: [1001, 1002],
        },
      },
      { token },
    );
    const source = res.data?.addMeetingSource;
    expect(source?.fetchUrl).toBe(
      feeds.url(
        '/bmlt/client_interface/json/?switcher=GetSearchResults&get_formats_explicitly=1&services[]=1001&services[]=1002',
      ),
    );
    const run = await sync(source?.id ?? '');
    expect(run).toMatchObject({ status: 'OK', added: wanted.length });
    expect(feeds.requested).toContain(
      '/bmlt/client_interface/json/?switcher=GetSearchResults&get_formats_explicitly=1&services[]=1001&services[]=1002',
    );
    expect(
      await db(app).query(`SELECT count(*)::int AS n FROM meetings WHERE source = 'gny-bmlt' AND published`),
    ).toEqual([{ n: shown.length }]);
  });
});
