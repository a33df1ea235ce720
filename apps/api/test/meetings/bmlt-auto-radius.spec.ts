import { startTestApp, type TestApp } from '../support/test-app';
import { km, results, type BmltMeeting } from './bmlt-server.support';
import { at, db, importFeed, online, statementsDuring } from './support';

const DENVER = { latitude: 39.74, longitude: -104.99 };

/** 300 meetings around Denver, the same every run: some on several days, some placed only approximately. */
function meetings(): Record<string, unknown>[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: 300 }, (_, i) =>
    at(`m${i}`, DENVER.latitude - 1 + next() * 2, DENVER.longitude - 1.3 + next() * 2.6, {
      day: i % 5 === 0 ? [1, 3, 5] : i % 7,
      timezone: 'America/Denver',
      ...(i % 9 === 0 ? { approximate: 'yes' } : {}),
    }),
  );
}

/**
 * BMLT's auto-radius (a negative geo_width): the radius grows to the N-th closest meeting that passes every
 * filter, and every meeting within it is served. The API reads nearest-first; these tests compare what it
 * serves with the same rule applied by hand to every meeting.
 */
describe('BMLT GetSearchResults with an auto-radius', () => {
  let app: TestApp;
  let everything: BmltMeeting[];
  beforeAll(async () => {
    app = await startTestApp();
    await importFeed(app, [...meetings(), online('far-online'), online('on-two-days', { day: [0, 6] })]);
    await db(app).query('ANALYZE meetings');
    everything = await results(app, '');
  });
  afterAll(async () => {
    await app.close();
  });

  /** The ids a scan of every meeting gives: the N closest that `keep`, and all others as close as the N-th. */
  const expected = (latitude: number, longitude: number, n: number, keep: (m: BmltMeeting) => boolean) => {
    const placed = everything
      .filter((m) => m['latitude'] !== '' && keep(m))
      .map((m) => ({ id: m['id_bigint'], d: km(latitude, longitude, +m['latitude'], +m['longitude']) }));
    const radius = placed.map((p) => p.d).sort((a, b) => a - b)[Math.min(n, placed.length) - 1];
    return placed
      .filter((p) => p.d <= radius)
      .map((p) => p.id)
      .sort();
  };
  const served = async (query: string) => (await results(app, query)).map((m) => m['id_bigint']).sort();

  it('serves the N closest meetings and every one as close as the N-th, approximate positions included', async () => {
    const approximate: { n: string }[] = await db(app).query(
      'SELECT count(*)::text AS n FROM meetings WHERE approximate',
    );
    expect(Number(approximate[0].n)).toBeGreaterThan(20);
    for (const n of [1, 10, 37]) {
      const ids = await served(`lat_val=${DENVER.latitude}&long_val=${DENVER.longitude}&geo_width=-${n}`);
      expect(ids).toEqual(expected(DENVER.latitude, DENVER.longitude, n, () => true));
      expect(ids.length).toBeGreaterThanOrEqual(n);
    }
  });

  it('widens past the closest positions when the filters leave too few near the point', async () => {
    const sundays = await served(`lat_val=40.2&long_val=-105.5&geo_width_km=-25&weekdays=1`);
    expect(sundays).toEqual(expected(40.2, -105.5, 25, (m) => m['weekday_tinyint'] === '1'));
    expect(sundays.length).toBeGreaterThanOrEqual(25);
  });

  it('reaches meetings thousands of kilometres away, and serves them all when fewer than N exist', async () => {
    expect(await served('lat_val=0&long_val=0&geo_width=-5')).toEqual(expected(0, 0, 5, () => true));
    const placedCount = everything.filter((m) => m['latitude'] !== '').length;
    const all = await served('lat_val=-33.9&long_val=151.2&geo_width=-5000');
    expect(all).toEqual(expected(-33.9, 151.2, 5000, () => true));
    expect(all).toHaveLength(placedCount);
  });

  it('reads the meetings near the point through the position index, not every meeting', async () => {
    const seen = await statementsDuring(app, () =>
      results(app, `lat_val=${DENVER.latitude}&long_val=${DENVER.longitude}&geo_width=-10`),
    );
    const reads = seen.filter((s) => /FROM meetings m\s+JOIN programs/.test(s.sql));
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) expect(read.sql).toContain('earth_box');
    const [{ 'QUERY PLAN': plan }] = await db(app).query(
      `EXPLAIN (FORMAT JSON) ${reads[0].sql}`,
      reads[0].params,
    );
    expect(JSON.stringify(plan)).toContain('meetings_earth_idx');
  });
});
