import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { MeetingSourcesService } from '@kinship/api/meetings';
import { registerMember, setRole } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { mg } from '../meetings/support';

const ADD = `mutation ($input: MeetingSourceInput!) { addMeetingSource(input: $input) { id url everyHours lastResult } }`;

describe('meeting sources re-imported on a schedule', () => {
  let app: TestApp;
  let server: Server;
  let feedUrl: string;
  let feed: Record<string, unknown>[] = [];
  let status = 200;

  beforeAll(async () => {
    app = await startTestApp();
    server = createServer((_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(feed));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await app?.close();
  });

  it('lets only admins register a source, and checks its URL and interval', async () => {
    const member = await registerMember(app);
    const input = { url: feedUrl, source: 'remote-feed', everyHours: 6 };
    expect((await app.gql(ADD, { input }, { token: member.token })).errors?.[0].extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    await setRole(app, member.id, 'admin');
    for (const [bad, field] of [
      [{ ...input, url: 'ftp://example.org/feed' }, 'url'],
      [{ ...input, everyHours: 0 }, 'everyHours'],
    ] as const) {
      const res = await app.gql(ADD, { input: bad }, { token: member.token });
      expect(res.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0].extensions)).toContain(field);
    }
    const ok = await app.gql(ADD, { input }, { token: member.token });
    expect(ok.data).toMatchObject({ addMeetingSource: { url: feedUrl, everyHours: 6, lastResult: null } });
  });

  it('re-imports due sources through the all-or-nothing importer, then waits for the interval', async () => {
    const sources = app.running.app.get(MeetingSourcesService);
    const db = app.running.app.get(DataSource);
    feed = [mg('remote-1'), mg('remote-2')];
    const now = new Date(Date.now() + 60_000);
    const [first] = await sources.reimportDue(now);
    expect(first.result).toBe('imported: 2 new, 0 updated, 0 unchanged, 0 unpublished');
    expect(await db.query(`SELECT slug FROM meetings WHERE source = 'remote-feed' ORDER BY slug`)).toEqual([
      { slug: 'remote-1' },
      { slug: 'remote-2' },
    ]);
    // not due again until six hours later
    expect(await sources.reimportDue(new Date(now.getTime() + 5 * 3600_000))).toEqual([]);

    // a broken feed changes nothing
    feed = [mg('remote-1'), mg('remote-3', { time: '25:00' })];
    const [broken] = await sources.reimportDue(new Date(now.getTime() + 6 * 3600_000));
    expect(broken.result).toMatch(/^not imported: 1 errors/);
    expect(
      await db.query(`SELECT count(*)::int AS n FROM meetings WHERE source = 'remote-feed' AND published`),
    ).toEqual([{ n: 2 }]);

    status = 503;
    const [down] = await sources.reimportDue(new Date(now.getTime() + 12 * 3600_000));
    expect(down.result).toBe('fetch failed: HTTP 503');
  });
});
