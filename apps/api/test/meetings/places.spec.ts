import { startTestApp, type TestApp } from '../support/test-app';
import { at, importFeed, online } from './support';

interface PlaceResult {
  name: string;
  region: string | null;
  country: string | null;
  kind: string;
  latitude: number;
  longitude: number;
  meetings: number;
}

const PLACES = `query ($q: String!, $first: Int) {
  places(query: $q, first: $first) { name region country kind latitude longitude meetings }
}`;

// Places people type: the offline gazetteer (GeoNames cities, US ZIP centroids) and our own venues and areas.
describe('places: what people type', () => {
  let app: TestApp;
  const places = async (q: string, first?: number) => {
    const res = await app.gql<{ places: PlaceResult[] }>(PLACES, { q, first });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.places;
  };
  const label = (p: PlaceResult) => [p.name, p.region ?? p.country, p.kind].join(' / ');

  beforeAll(async () => {
    app = await startTestApp();
    await importFeed(app, [
      at('astoria-hall', 40.77234, -73.93012, {
        location: 'Serenity Hall',
        city: 'Astoria',
        state: 'NY',
        postal_code: '11102',
        regions: ['Queens', 'Ditmars'],
      }),
      at('astoria-church', 40.76411, -73.92333, {
        location: 'St Joseph Church',
        city: 'Astoria',
        state: 'NY',
        postal_code: '11102',
        regions: ['Queens', 'Ditmars'],
      }),
      // online meetings' approximate cities are never places to go
      online('online-only', { location: 'Zoom Room Venue' }),
    ]);
  });
  afterAll(async () => {
    await app.close();
  });

  it('ranks exact names first, by population, then names that start with what was typed', async () => {
    const paris = await places('Paris', 12);
    expect(label(paris[0])).toBe('Paris / FR / CITY');
    const folded = (p: PlaceResult) => p.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const exact = paris.filter((p) => folded(p) === 'paris').length;
    expect(exact).toBeGreaterThan(3); // Paris, Texas; Paris, Tennessee; París, Panama …
    // every exact "Paris" comes before any longer name
    expect(paris.slice(0, exact).every((p) => folded(p) === 'paris')).toBe(true);
    expect(paris.slice(exact).every((p) => folded(p).startsWith('paris'))).toBe(true);
    const london = await places('london', 3);
    expect(london.map(label)).toEqual(['London / ENG / CITY', 'London / CA / CITY', 'London / OH / CITY']);
  });

  it('forgives a typo or two, and ignores accents and case', async () => {
    expect(label((await places('brookyln'))[0])).toBe('Brooklyn / NY / CITY');
    expect(label((await places('Philadelhpia'))[0])).toBe('Philadelphia / PA / CITY');
    const bogota = (await places('bogota'))[0];
    expect([bogota.name, bogota.country]).toEqual(['Bogotá', 'CO']);
    expect((await places('BOGOTÁ'))[0].name).toBe('Bogotá');
    expect((await places('sao paulo'))[0].name).toBe('São Paulo');
    expect((await places('zürich'))[0].name).toBe('Zürich');
    expect((await places('zurich'))[0].name).toBe('Zürich');
    // three letters: no typos allowed, or everything would match
    expect((await places('nyx')).map((p) => p.name)).not.toContain('NYC');
  });

  it('finds a US ZIP code by its centroid, and never "corrects" one digit into another', async () => {
    const [zip, ...rest] = await places('10001');
    expect(zip).toMatchObject({ name: '10001', kind: 'POSTAL_CODE', region: 'New York, NY', country: 'US' });
    expect(zip.latitude).toBeCloseTo(40.748, 3);
    expect(zip.longitude).toBeCloseTo(-73.997, 3);
    expect(rest).toEqual([]); // 10001 and nothing a digit away
    expect((await places('1000')).map((p) => p.name)).toEqual(
      expect.arrayContaining(['10001', '10002', '10003']),
    );
  });

  it('offers our own venues, areas and postal codes, with their meetings, ahead of other places', async () => {
    const [hall] = await places('serenity hall');
    expect(hall).toMatchObject({ name: 'Serenity Hall', kind: 'VENUE', region: 'Astoria, NY', meetings: 1 });
    // rounded to about 100 m, never finer
    expect(hall.latitude).toBe(40.772);
    expect(hall.longitude).toBe(-73.93);
    expect((await places('Serentiy Hall'))[0].name).toBe('Serenity Hall');
    // the city of our meetings (2 of them) comes before Astoria, Oregon, and only once for Astoria, NY
    const astoria = await places('Astoria', 4);
    expect(astoria[0]).toMatchObject({ name: 'Astoria', region: 'NY', kind: 'CITY', meetings: 2 });
    expect(astoria.filter((p) => p.name === 'Astoria' && p.region === 'NY')).toHaveLength(1);
    expect(astoria.map(label)).toContain('Astoria / OR / CITY');
    expect((await places('ditmars'))[0]).toMatchObject({
      name: 'Ditmars',
      kind: 'NEIGHBOURHOOD',
      meetings: 2,
    });
    expect((await places('11102'))[0]).toMatchObject({ name: '11102', kind: 'POSTAL_CODE', meetings: 2 });
    expect((await places('Zoom Room Venue')).map((p) => p.kind)).not.toContain('VENUE');
  });

  it('finds nothing for nonsense, and refuses an empty query or too many results by name', async () => {
    expect(await places('qxzvqxzv')).toEqual([]);
    const empty = await app.gql(PLACES, { q: '   ' });
    expect(empty.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0].message).toMatch(/query must not be empty/);
    const many = await app.gql(PLACES, { q: 'paris', first: 21 });
    expect(many.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(many.errors?.[0].message).toMatch(/first must be 1 to 20/);
  });
});
