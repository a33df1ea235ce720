import { startTestApp, type TestApp } from '../support/test-app';
import { at, importFeed, online } from './support';

// A quiet spot in Kansas, far from every other test meeting; 1 km of latitude is about 0.008993°.
const C = { latitude: 38.5, longitude: -98.0 };
const north = (km: number) => C.latitude + km * 0.008993;

const NEAR = `query ($filter: MeetingFilter) {
  meetings(filter: $filter) {
    radiusKm widened requestedRadiusKm widenedToKm nothingNear
    place { name region kind }
    edges { node { slug } }
  }
}`;

interface NearResult {
  radiusKm: number | null;
  widened: boolean;
  requestedRadiusKm: number | null;
  widenedToKm: number | null;
  nothingNear: boolean;
  place: { name: string; region: string | null; kind: string } | null;
  edges: { node: { slug: string } }[];
}

describe('meeting search: a typed place, bounded widening, nothing near', () => {
  let app: TestApp;
  const near = async (filter: Record<string, unknown>) => {
    const res = await app.gql<{ meetings: NearResult }>(NEAR, { filter });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.meetings;
  };

  beforeAll(async () => {
    app = await startTestApp();
    await importFeed(app, [
      at('k-8', north(8), C.longitude),
      at('k-40', north(40), C.longitude),
      at('k-120', north(120), C.longitude),
      at('astoria', 40.772, -73.93, {
        city: 'Astoria',
        state: 'NY',
        postal_code: '11102',
        group: 'Astoria Serenity Group',
      }),
      online('online-soon'),
    ]);
  });
  afterAll(async () => {
    await app.close();
  });

  it('widens to find enough meetings, but never past 50 km, and says how far it went', async () => {
    const r = await near({ near: { ...C, radius: 5, widenToAtLeast: 10 } });
    expect(r.edges.map((e) => e.node.slug)).toEqual(['k-8', 'k-40']); // not k-120
    expect(r).toMatchObject({ requestedRadiusKm: 5, widenedToKm: 50, radiusKm: 50, widened: true });
    expect(r.nothingNear).toBe(false);
    // enough meetings within 10 km: widened only as far as the second one
    const two = await near({ near: { ...C, radius: 5, widenToAtLeast: 1 } });
    expect(two.edges.map((e) => e.node.slug)).toEqual(['k-8']);
    expect(two.widenedToKm).toBeGreaterThan(7.9);
    expect(two.widenedToKm).toBeLessThan(8.1);
  });

  it('a radius asked for beyond the bound is searched as asked, not widened further', async () => {
    const r = await near({ near: { ...C, radius: 200, widenToAtLeast: 10 } });
    expect(r.edges.map((e) => e.node.slug)).toEqual(['k-8', 'k-40', 'k-120']);
    expect(r).toMatchObject({
      requestedRadiusKm: 200,
      widenedToKm: null,
      widened: false,
      nothingNear: false,
    });
  });

  it('says plainly when nothing is within the bound instead of searching the world', async () => {
    const sea = { latitude: 0, longitude: -140 }; // the middle of the Pacific
    const r = await near({ near: { ...sea, radius: 5, widenToAtLeast: 10 } });
    expect(r.edges).toEqual([]);
    expect(r).toMatchObject({ nothingNear: true, requestedRadiusKm: 5, widenedToKm: 50, radiusKm: 50 });
    const plain = await near({ near: { ...sea, radius: 5 } });
    expect(plain).toMatchObject({ nothingNear: true, widened: false, widenedToKm: null });
  });

  it('accepts a place name or postal code instead of coordinates, resolved on the server', async () => {
    const byName = await near({ near: { place: 'astoria', radius: 2 } });
    expect(byName.edges.map((e) => e.node.slug)).toEqual(['astoria']);
    expect(byName.place).toEqual({ name: 'Astoria', region: 'NY', kind: 'CITY' });
    const byZip = await near({ near: { place: '11102', radius: 2 } });
    expect(byZip.edges.map((e) => e.node.slug)).toEqual(['astoria']);
    const typo = await near({ near: { place: 'Astorai', radius: 2 } });
    expect(typo.place?.name).toBe('Astoria');
  });

  it('finds local groups near a typed place too', async () => {
    const res = await app.gql<{ meetingGroups: { edges: { node: { name: string } }[] } }>(
      `{ meetingGroups(filter: { near: { place: "11102", radius: 2 } }) { edges { node { name } } } }`,
    );
    expect(res.data?.meetingGroups.edges.map((e) => e.node.name)).toEqual(['Astoria Serenity Group']);
    const unknown = await app.gql(
      `{ meetingGroups(filter: { near: { place: "Qxzvqxzv" } }) { edges { node { name } } } }`,
    );
    expect(unknown.errors?.[0].message).toMatch(/^near\.place: no place called/);
  });

  it('refuses an unknown place, or no point at all, naming the field', async () => {
    const unknown = await app.gql(NEAR, { filter: { near: { place: 'Qxzvqxzv' } } });
    expect(unknown.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].message).toMatch(/^near\.place: no place called "Qxzvqxzv"/);
    expect(unknown.errors?.[0].extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'filter.near.place' }),
    ]);
    const both = await app.gql(NEAR, { filter: { near: { place: 'Astoria', latitude: 1, longitude: 1 } } });
    expect(both.errors?.[0].message).toMatch(/near\.place: give a place or latitude and longitude/);
    const none = await app.gql(NEAR, { filter: { near: { radius: 5 } } });
    expect(none.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(none.errors?.[0].message).toMatch(/latitude must be a number from -90 to 90/);
    const bad = await app.gql(NEAR, { filter: { near: { latitude: 999, longitude: 1 } } });
    expect(bad.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
