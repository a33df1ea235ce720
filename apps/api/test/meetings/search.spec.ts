import { startTestApp, type TestApp } from '../support/test-app';
import { at, importFeed, online, search, slugs } from './support';

// A quiet spot in Kansas, far from every other test meeting; 1 km of latitude is about 0.008993°.
const C = { latitude: 38.5, longitude: -98.0 };
const north = (km: number) => C.latitude + km * 0.008993;

describe('meeting search: place', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await importFeed(
      app,
      [
        at('k-0_5', north(0.5), C.longitude),
        at('k-1_5', north(1.5), C.longitude),
        at('k-3', north(3), C.longitude, { types: ['O', 'W'] }),
        at('k-8', north(8), C.longitude, { types: ['W', 'O', 'ST'] }),
        at('k-40', north(40), C.longitude, { types: ['M'] }),
        // online, with an approximate city at the very centre: never "near" anything
        online('k-online', { latitude: C.latitude, longitude: C.longitude }),
        // a temporarily closed venue that is not online either: inactive, hidden by default
        at('k-closed', north(0.2), C.longitude, { types: ['O', 'TC'] }),
      ],
      { source: 'kansas' },
    );
  });
  afterAll(async () => {
    await app.close();
  });

  it('finds in-person meetings within the radius, nearest first, with their distances', async () => {
    const r = await search(app, { near: { ...C, radius: 5 } });
    expect(slugs(r)).toEqual(['k-0_5', 'k-1_5', 'k-3']);
    expect(r.edges.map((e) => e.distanceKm)).toEqual([
      expect.closeTo(0.5, 1),
      expect.closeTo(1.5, 1),
      expect.closeTo(3, 1),
    ]);
    expect(r.edges[2].distanceMiles).toBeCloseTo(3 / 1.609344, 1);
    expect(r.radiusKm).toBe(5);
    expect(r.widened).toBe(false);
  });

  it('takes the radius in miles', async () => {
    expect(slugs(await search(app, { near: { ...C, radius: 1, unit: 'MI' } }))).toEqual(['k-0_5', 'k-1_5']);
    expect(slugs(await search(app, { near: { ...C, radius: 2, unit: 'MI' } }))).toEqual([
      'k-0_5',
      'k-1_5',
      'k-3',
    ]);
  });

  it('widens the radius until enough meetings match, and every other filter still applies', async () => {
    const r = await search(app, { near: { ...C, radius: 1, widenToAtLeast: 2 }, types: ['W'] });
    // k-0_5 and k-1_5 are nearer but not women's meetings: widening must not bring them in
    expect(slugs(r)).toEqual(['k-3', 'k-8']);
    expect(r.widened).toBe(true);
    expect(r.radiusKm).toBeGreaterThan(7.9);
    expect(r.radiusKm).toBeLessThan(8.2);
    // types are "all of": only k-8 is both W and ST
    expect(
      slugs(await search(app, { near: { ...C, radius: 1, widenToAtLeast: 5 }, types: ['W', 'ST'] })),
    ).toEqual(['k-8']);
  });

  it('does not widen when the radius already holds enough', async () => {
    const r = await search(app, { near: { ...C, radius: 5, widenToAtLeast: 2 } });
    expect(r.widened).toBe(false);
    expect(slugs(r)).toEqual(['k-0_5', 'k-1_5', 'k-3']);
  });

  it('pages by cursor without losing or repeating a meeting, keeping a widened radius', async () => {
    const first = await search(app, { near: { ...C, radius: 1, widenToAtLeast: 5 } }, 2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search(
      app,
      { near: { ...C, radius: 1, widenToAtLeast: 5 } },
      2,
      first.pageInfo.endCursor!,
    );
    const third = await search(
      app,
      { near: { ...C, radius: 1, widenToAtLeast: 5 } },
      2,
      second.pageInfo.endCursor!,
    );
    expect([...slugs(first), ...slugs(second), ...slugs(third)]).toEqual([
      'k-0_5',
      'k-1_5',
      'k-3',
      'k-8',
      'k-40',
    ]);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('shows inactive meetings only when asked', async () => {
    const r = await search(app, { near: { ...C, radius: 1 }, attendance: ['INACTIVE'] });
    expect(slugs(r)).toEqual(['k-closed']);
  });

  it('refuses page sizes over 100 and radii over 2000, and bad cursors, with clear errors', async () => {
    const big = await app.gql('query { meetings(first: 101) { edges { cursor } } }');
    expect(big.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    const wide = await app.gql(
      'query { meetings(filter: { near: { latitude: 1, longitude: 1, radius: 5000 } }) { widened } }',
    );
    expect(wide.errors?.[0].message).toMatch(/radius must be at most 2000/);
    const cursor = await app.gql('query { meetings(after: "nonsense") { widened } }');
    expect(cursor.errors?.[0].message).toMatch(/cursor is not valid/);
  });

  it('makes big pages cost more than small ones (complexity limit)', async () => {
    const deep = `query { meetings(first: 100) { edges { node { id name program { name } group { name meetings { id name } } types { name } } } } }`;
    const res = await app.gql(deep);
    expect(res.errors?.[0].extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
  });
});
