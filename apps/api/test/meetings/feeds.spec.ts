import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { db, fixture, importFeed, mg, online } from './support';

/** What a meeting is, leaving out what is ours (ids, timestamps, our page URL). */
const essence = (m: Record<string, unknown>) => {
  const { updated: _u, url: _url, ...rest } = m;
  return rest;
};

describe('the Meeting Guide feed we publish', () => {
  let app: TestApp;
  let feed: Record<string, unknown>[];
  beforeAll(async () => {
    app = await startTestApp();
    await importFeed(app, fixture('greater-new-york-na.meeting-guide.json'), {
      source: 'gny',
      program: 'NA',
    });
    await importFeed(
      app,
      [
        online('zoom-hybrid', {
          formatted_address: '1 Main St, Springfield, IL 62701, USA',
          latitude: 39.8,
          longitude: -89.65,
          conference_url_notes: 'Password: 12steps',
          conference_phone: '+13125550100,,123#',
          group: 'Springfield Serenity',
          group_notes: 'Business meeting on the first Sunday.',
          venmo: '@springfield-serenity',
          regions: ['Illinois', 'Springfield'],
          day: [1, 3],
        }),
        mg('unpublished-later', { formatted_address: 'Online', conference_url: 'https://zoom.us/j/1' }),
      ],
      { source: 'mixed', program: 'AA' },
    );
    await db(app).query(`UPDATE meetings SET published = false WHERE source_key = 'unpublished-later'`);
    const res = await request(app.url)
      .get('/feeds/meeting-guide.json')
      .set('origin', 'https://intergroup.example');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['content-type']).toMatch(/application\/json/);
    feed = res.body;
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists every published meeting, each with timezone and updated', () => {
    expect(feed).toHaveLength(1514);
    expect(feed.map((m) => m['slug'])).not.toContain('unpublished-later');
    for (const m of feed) {
      expect(m['timezone']).toEqual(expect.any(String));
      expect(m['updated']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(m['day']).toBeDefined();
      expect(m['time']).toMatch(/^\d{2}:\d{2}$/);
    }
  });

  it('publishes every field we hold, as the spec names it', () => {
    const hybrid = feed.find((m) => m['slug'] === 'zoom-hybrid')!;
    expect(hybrid).toMatchObject({
      day: [1, 3],
      time: '19:00',
      end_time: '20:00',
      timezone: 'America/New_York',
      formatted_address: '1 Main St, Springfield, IL 62701, USA',
      approximate: 'no',
      latitude: 39.8,
      longitude: -89.65,
      conference_url: 'https://zoom.us/j/1100',
      conference_url_notes: 'Password: 12steps',
      conference_phone: '+13125550100,,123#',
      group: 'Springfield Serenity',
      group_notes: 'Business meeting on the first Sunday.',
      venmo: '@springfield-serenity',
      regions: ['Illinois', 'Springfield'],
      types: ['O'],
    });
    expect(hybrid['url']).toMatch(/\/meetings\/[0-9a-f-]{36}$/);
  });

  it('can be narrowed to one program', async () => {
    const res = await request(app.url).get('/feeds/meeting-guide.json?program=AA');
    expect(res.body.map((m: { slug: string }) => m.slug)).toEqual(['zoom-hybrid']);
    expect((await request(app.url).get('/feeds/meeting-guide.json?program=XYZ')).status).toBe(404);
  });

  it('round trip: importing our own export (into an empty directory) reproduces the meetings', async () => {
    await db(app).query('DELETE FROM meetings');
    const report = await importFeed(app, JSON.stringify(feed), { source: 'round-trip', program: 'NA' });
    expect(report.created).toBe(1514);
    const again = (await request(app.url).get('/feeds/meeting-guide.json')).body as Record<string, unknown>[];
    const bySlug = new Map(again.map((m) => [m['slug'], m]));
    expect(again).toHaveLength(feed.length);
    for (const original of feed) expect(essence(bySlug.get(original['slug'])!)).toEqual(essence(original));
  });

  it('only on this route: other routes send no CORS header', async () => {
    const other = await request(app.url).get('/health').set('origin', 'https://intergroup.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
