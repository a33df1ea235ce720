import { startTestApp, type TestApp } from '../support/test-app';
import { at, importFeed, online, search, slugs } from './support';

const sorted = (r: Parameters<typeof slugs>[0]) => slugs(r).sort();

// Programs, regions, words and the place lookup, each against meetings that differ in exactly that.
describe('meeting search: program, region and words; the place lookup', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const place = { city: 'Astoria', state: 'NY', postal_code: '11102' };
    await importFeed(
      app,
      [
        at('na-astoria', 40.77, -73.93, {
          name: 'Serenity Seekers',
          regions: ['Queens', 'Astoria'],
          ...place,
        }),
        at('na-flushing', 40.76, -73.83, {
          name: 'Just for Today',
          group: 'Morning Glory Group',
          regions: ['Queens', 'Flushing'],
          city: 'Flushing',
          state: 'NY',
          postal_code: '11354',
        }),
        online('na-online', { name: 'Night Owls', notes: 'Cameras on, 100% welcome' }),
      ],
      { source: 'na-feed', program: 'NA' },
    );
    await importFeed(
      app,
      [
        at('aa-astoria', 40.78, -73.92, {
          name: 'Big Book Study',
          location: 'Serenity Hall',
          regions: ['Queens', 'Astoria'],
          ...place,
        }),
        at('aa-bronx', 40.85, -73.88, { name: 'Step Sisters', regions: ['Bronx'] }),
      ],
      { source: 'aa-feed', program: 'AA' },
    );
  });
  afterAll(async () => {
    await app.close();
  });

  it('programs: any of the codes given; a program without meetings finds none', async () => {
    expect(sorted(await search(app, { programs: ['AA'] }))).toEqual(['aa-astoria', 'aa-bronx']);
    expect(sorted(await search(app, { programs: ['NA'] }))).toEqual([
      'na-astoria',
      'na-flushing',
      'na-online',
    ]);
    expect(sorted(await search(app, { programs: ['NA', 'AA'] }))).toHaveLength(5);
    expect(slugs(await search(app, { programs: ['SMART'] }))).toEqual([]);
    // combined with the other filters (all of them apply)
    expect(slugs(await search(app, { programs: ['AA'], region: 'Astoria' }))).toEqual(['aa-astoria']);
  });

  it('region: a whole region name at any level, in any case; a part of a name is not a region', async () => {
    expect(sorted(await search(app, { region: 'Queens' }))).toEqual([
      'aa-astoria',
      'na-astoria',
      'na-flushing',
    ]);
    expect(sorted(await search(app, { region: 'astoria' }))).toEqual(['aa-astoria', 'na-astoria']);
    expect(slugs(await search(app, { region: ' Bronx ' }))).toEqual(['aa-bronx']);
    expect(slugs(await search(app, { region: 'Astor' }))).toEqual([]);
    expect(slugs(await search(app, { region: 'Nowhere' }))).toEqual([]);
  });

  it('query: every word, in the name, group, place or notes; tolerant of a typo; % is a character', async () => {
    expect(sorted(await search(app, { query: 'serenity' }))).toEqual(['aa-astoria', 'na-astoria']);
    expect(slugs(await search(app, { query: 'morning glory' }))).toEqual(['na-flushing']);
    expect(slugs(await search(app, { query: 'cameras' }))).toEqual(['na-online']);
    expect(slugs(await search(app, { query: 'hall' }))).toEqual(['aa-astoria']); // the venue
    expect(slugs(await search(app, { query: 'cameras welcome' }))).toEqual(['na-online']);
    // each word is somewhere, but no meeting has both
    expect(slugs(await search(app, { query: 'serenity cameras' }))).toEqual([]);
    expect(sorted(await search(app, { query: 'serenty' }))).toEqual(['aa-astoria', 'na-astoria']);
    expect(slugs(await search(app, { query: '%' }))).toEqual(['na-online']);
    expect(slugs(await search(app, { query: '_' }))).toEqual([]);
  });

  it('meetingPlaces: cities, regions and postal codes that start with what was typed, busiest first', async () => {
    const places = async (query: string) => {
      const res = await app.gql<{
        meetingPlaces: { name: string; latitude: number; longitude: number; meetings: number }[];
      }>('query ($q: String!) { meetingPlaces(query: $q) { name latitude longitude meetings } }', {
        q: query,
      });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.meetingPlaces;
    };
    const astoria = await places('astor');
    // the city "Astoria, NY" (2 meetings) and the region "Astoria" (2 meetings), at the meetings' centre
    expect(astoria.map((p) => [p.name, p.meetings])).toEqual([
      ['Astoria', 2],
      ['Astoria, NY', 2],
    ]);
    expect(astoria[0].latitude).toBeCloseTo(40.775, 3);
    expect(astoria[0].longitude).toBeCloseTo(-73.925, 3);
    expect((await places('Queens')).map((p) => [p.name, p.meetings])).toEqual([['Queens', 3]]);
    expect((await places('1135')).map((p) => p.name)).toEqual(['11354']);
    // online meetings' approximate cities are never places to go
    expect((await places('New York')).map((p) => p.name)).toEqual([]);
    expect(await places('a')).toEqual([]);
    expect(await places('%')).toEqual([]);
  });
});
