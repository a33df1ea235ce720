import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { db, importFeed, mg, online } from './support';

type FeedMeeting = Record<string, unknown>;

describe('the Meeting Guide feed: codes, end times, updated and program survive a round trip', () => {
  let app: TestApp;
  const feed = async () => {
    const res = await request(app.url).get('/feeds/meeting-guide.json');
    expect(res.status).toBe(200);
    return new Map((res.body as FeedMeeting[]).map((m) => [m['slug'] as string, m]));
  };
  /** What a meeting is, leaving out our own page URL (it holds our id). */
  const essence = ({ url: _url, ...rest }: FeedMeeting) => rest;

  beforeAll(async () => {
    app = await startTestApp();
    await importFeed(
      app,
      [
        online('na-codes', {
          types: ['DISC', 'SPK', 'STEP', 'TRAD', 'BEG', 'LIT', 'CAN', 'QA'],
          updated: '2021-03-04 05:06:07',
        }),
        online('na-no-end', { end_time: undefined, types: ['O'] }),
      ],
      { source: 'na-source', program: 'NA' },
    );
    await importFeed(
      app,
      [
        mg('aa-no-end', {
          end_time: undefined,
          formatted_address: 'Online',
          conference_url: 'https://zoom.us/j/9',
        }),
        online('aa-duration', { end_time: undefined, duration: 90 }),
      ],
      { source: 'aa-source', program: 'AA' },
    );
  });
  afterAll(async () => {
    await app.close();
  });

  it('publishes NA codes as their Meeting Guide equivalents, and keeps codes without one', async () => {
    const types = (await feed()).get('na-codes')!['types'];
    expect(types).toEqual(expect.arrayContaining(['D', 'SP', 'ST', 'TR', 'BE', 'LIT', 'CAN', 'QA']));
    expect(types).not.toEqual(expect.arrayContaining(['DISC']));
    expect(types).toHaveLength(8);
  });

  it('publishes end_time only when the source gave an end time or a duration', async () => {
    const f = await feed();
    expect(f.get('na-codes')!['end_time']).toBe('20:00');
    expect(f.get('aa-duration')!['end_time']).toBe('20:30');
    expect(f.get('na-no-end')).not.toHaveProperty('end_time');
    expect(f.get('aa-no-end')).not.toHaveProperty('end_time');
  });

  it("publishes the source's updated time, unchanged by later edits on our side", async () => {
    await db(app).query(`UPDATE meetings SET updated_at = now() + interval '1 day' WHERE slug = 'na-codes'`);
    expect((await feed()).get('na-codes')!['updated']).toBe('2021-03-04 05:06:07');
  });

  it('round trip: feed → Kinship → feed → Kinship keeps program, types, end times and updated', async () => {
    const first = await feed();
    await db(app).query('DELETE FROM meetings');
    // no program given: each row's own program is used
    const report = await importFeed(app, JSON.stringify([...first.values()]), { source: 'trip-1' });
    expect(report.created).toBe(first.size);
    const programs = await db(app).query(
      `SELECT m.slug, p.code, m.types, m.duration_given FROM meetings m JOIN programs p ON p.id = m.program_id ORDER BY m.slug`,
    );
    expect(programs).toEqual([
      { slug: 'aa-duration', code: 'AA', types: ['O'], duration_given: true },
      { slug: 'aa-no-end', code: 'AA', types: ['O'], duration_given: false },
      {
        slug: 'na-codes',
        code: 'NA',
        types: ['BEG', 'CAN', 'DISC', 'LIT', 'QA', 'SPK', 'STEP', 'TRAD'],
        duration_given: true,
      },
      { slug: 'na-no-end', code: 'NA', types: ['O'], duration_given: false },
    ]);
    const second = await feed();
    for (const [slug, m] of first) expect(essence(second.get(slug)!)).toEqual(essence(m));

    // and once more, from the second feed: identical again, `updated` included
    await db(app).query('DELETE FROM meetings');
    await importFeed(app, JSON.stringify([...second.values()]), { source: 'trip-2' });
    const third = await feed();
    for (const [slug, m] of second) expect(essence(third.get(slug)!)).toEqual(essence(m));
  });

  it('answers the CORS preflight with 204 and the headers browsers need', async () => {
    const res = await request(app.url)
      .options('/feeds/meeting-guide.json')
      .set('origin', 'https://intergroup.example')
      .set('access-control-request-method', 'GET')
      .set('access-control-request-headers', 'cache-control');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toMatch(/GET/);
    expect(res.headers['access-control-allow-headers']).toMatch(/cache-control/i);
    const plain = await request(app.url)
      .options('/feeds/meeting-guide.json')
      .set('origin', 'https://x.example');
    expect(plain.status).toBe(204);
    expect(plain.headers['access-control-allow-headers']).toMatch(/Accept/);
  });
});
