import { startTestApp, type TestApp } from '../support/test-app';
import { at, importFeed, online, search, slugs } from './support';

describe('meeting search: time, evaluated in each meeting’s own zone', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await importFeed(app, [
      online('sat-late', { day: 6, time: '23:30', end_time: '00:30' }),
      online('sun-nine', { day: 0, time: '09:00', end_time: '10:00' }),
      online('tokyo-monday', {
        day: 1,
        time: '19:00',
        end_time: '20:00',
        timezone: 'Asia/Tokyo',
        formatted_address: 'Tokyo, Japan',
      }),
      online('london-monday', {
        day: 1,
        time: '19:00',
        end_time: '20:00',
        timezone: 'Europe/London',
        formatted_address: 'London, UK',
      }),
      at('ny-tuesday-evening', 40.7, -74.0, { day: 2, time: '18:30' }),
      at('ny-weekday-morning', 40.7, -74.0, { day: [1, 2, 3, 4, 5], time: '07:00' }),
    ]);
  });
  afterAll(async () => {
    await app.close();
  });

  const now = (filter: Record<string, unknown>) => search(app, filter).then(slugs);

  it('weekday wrap: a Saturday 23:30 meeting is in progress at Sunday 00:15', async () => {
    // Sunday 22 November 2026, 00:15 in New York (EST) is 05:15 UTC
    expect(await now({ startingWithinMinutes: 0, at: '2026-11-22T05:15:00Z' })).toEqual(['sat-late']);
    // and is over at 00:31
    expect(await now({ startingWithinMinutes: 0, at: '2026-11-22T05:31:00Z' })).toEqual([]);
  });

  it('spring forward (8 March 2026): the Sunday 09:00 meeting is in progress at 13:05 UTC (09:05 EDT)', async () => {
    expect(await now({ startingWithinMinutes: 0, at: '2026-03-08T13:05:00Z' })).toEqual(['sun-nine']);
    // with the winter offset it would have started at 14:00 UTC and this would be "not yet"
    expect(await now({ startingWithinMinutes: 0, at: '2026-03-08T14:05:00Z' })).toEqual([]);
  });

  it('fall back (1 November 2026): at 13:05 UTC (08:05 EST) it has not started; it starts within the hour', async () => {
    expect(await now({ startingWithinMinutes: 0, at: '2026-11-01T13:05:00Z' })).toEqual([]);
    expect(await now({ startingWithinMinutes: 60, at: '2026-11-01T13:05:00Z' })).toEqual(['sun-nine']);
    expect(await now({ startingWithinMinutes: 0, at: '2026-11-01T14:05:00Z' })).toEqual(['sun-nine']);
  });

  it('a Tokyo meeting at 19:00 is "starting soon" for a New York viewer at 04:50 on Monday', async () => {
    // Monday 23 November 2026, 04:50 EST = 09:50 UTC = 18:50 in Tokyo
    expect(await now({ startingWithinMinutes: 15, at: '2026-11-23T09:50:00Z' })).toEqual(['tokyo-monday']);
    expect(await now({ startingWithinMinutes: 5, at: '2026-11-23T09:50:00Z' })).toEqual([]);
  });

  it('weekday and time window as the viewer sees them: the Tokyo meeting is Monday 05:00 in New York', async () => {
    const atMonday = '2026-11-23T00:00:00Z';
    const window = { timeZone: 'America/New_York', at: atMonday, attendance: ['ONLINE'] };
    expect(await now({ ...window, days: [1], timeFrom: '04:30', timeTo: '05:30' })).toEqual(['tokyo-monday']);
    expect(await now({ ...window, days: [0], timeFrom: '04:30', timeTo: '05:30' })).toEqual([]);
    // in the meeting's own zone it is Monday 19:00
    expect(await now({ days: [1], timeFrom: '18:30', timeTo: '19:30', attendance: ['ONLINE'] })).toEqual(
      expect.arrayContaining(['tokyo-monday', 'london-monday']),
    );
  });

  it('when the US has changed its clocks and the UK has not, London 19:00 is 15:00 in New York, not 14:00', async () => {
    const filter = { timeZone: 'America/New_York', days: [1], attendance: ['ONLINE'] };
    // Monday 9 March 2026: New York on EDT (UTC-4), London still on GMT
    expect(await now({ ...filter, at: '2026-03-09T00:00:00Z', timeFrom: '15:00', timeTo: '15:30' })).toEqual([
      'london-monday',
    ]);
    expect(await now({ ...filter, at: '2026-03-09T00:00:00Z', timeFrom: '14:00', timeTo: '14:30' })).toEqual(
      [],
    );
    // a month later both are on summer time: 14:00 again
    expect(await now({ ...filter, at: '2026-04-13T00:00:00Z', timeFrom: '14:00', timeTo: '14:30' })).toEqual([
      'london-monday',
    ]);
  });

  it('filters by weekday and a time-of-day window in the meeting’s zone, wrapping past midnight', async () => {
    expect(await now({ days: [2], timeFrom: '17:00', timeTo: '21:00' })).toEqual(['ny-tuesday-evening']);
    expect(await now({ days: [2], timeFrom: '06:00', timeTo: '08:00' })).toEqual(['ny-weekday-morning']);
    expect(await now({ days: [6], timeFrom: '22:00', timeTo: '02:00' })).toEqual(['sat-late']);
    const missing = await app.gql('query { meetings(filter: { timeFrom: "17:00" }) { widened } }');
    expect(missing.errors?.[0].message).toMatch(/both timeFrom and timeTo/);
    const bad = await app.gql(
      'query { meetings(filter: { timeFrom: "25:00", timeTo: "26:00" }) { widened } }',
    );
    expect(bad.errors?.[0].message).toMatch(/timeFrom must be a time of day from 00:00 to 23:59/);
  });

  it('orders a schedule search by the next occurrence, soonest first, with working cursors', async () => {
    const atTime = '2026-11-23T11:00:00Z'; // Monday 06:00 in New York
    const first = await search(app, { at: atTime, attendance: ['ONLINE', 'IN_PERSON'] }, 3);
    // next: weekday morning 07:00 NY (12:00Z), then London Monday 19:00 (19:00Z), then Tuesday 18:30 NY (23:30Z Tue)
    expect(slugs(first)).toEqual(['ny-weekday-morning', 'london-monday', 'ny-tuesday-evening']);
    const rest = await search(
      app,
      { at: atTime, attendance: ['ONLINE', 'IN_PERSON'] },
      10,
      first.pageInfo.endCursor!,
    );
    expect(slugs(rest)).toEqual(['sat-late', 'sun-nine', 'tokyo-monday']);
  });

  it('shows the right occurrence instants for a meeting in another zone', async () => {
    const res = await app.gql<{
      meetings: { edges: { node: { upcoming: { start: string; inProgress: boolean }[] } }[] };
    }>(
      `query { meetings(filter: { query: "tokyo-monday" }) { edges { node { upcoming(count: 2, at: "2026-11-23T10:30:00Z") { start inProgress } } } } }`,
    );
    expect(res.data?.meetings.edges[0].node.upcoming).toEqual([
      { start: '2026-11-23T10:00:00.000Z', inProgress: true },
      { start: '2026-11-30T10:00:00.000Z', inProgress: false },
    ]);
  });
});
