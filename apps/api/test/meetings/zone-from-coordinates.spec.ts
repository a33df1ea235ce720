import { MeetingImportService } from '@kinship/api/meetings';
import { startTestApp, type TestApp } from '../support/test-app';
import { db, importFeed, mg } from './support';

/** A meeting without a zone, at a point (or nowhere). */
const placed = (slug: string, latitude?: number, longitude?: number) => {
  const { timezone: _zone, ...rest } = mg(slug, {
    formatted_address: `1 Main St, Somewhere ${slug}`,
    ...(latitude === undefined ? {} : { latitude, longitude }),
  });
  return rest;
};

describe('time zones from coordinates', () => {
  let app: TestApp;
  afterAll(async () => {
    await app.close();
  });
  beforeAll(async () => {
    app = await startTestApp();
  });

  it('gives zone-less meetings the zone of their point, the default only without one, and says which rule', async () => {
    const report = await app.running.app.get(MeetingImportService).run({
      source: 'zones',
      programCode: 'AA',
      defaultTimeZone: 'America/Chicago',
      text: JSON.stringify([
        placed('new-york', 40.7128, -74.006),
        placed('denver', 39.7392, -104.9903),
        placed('los-angeles', 34.0522, -118.2437),
        placed('phoenix', 33.4484, -112.074),
        placed('paris', 48.8566, 2.3522),
        placed('tokyo', 35.6762, 139.6503),
        placed('kolkata', 22.5726, 88.3639),
        placed('atlantic', 30, -40),
        placed('nowhere'),
        mg('named', { timezone: 'Europe/Madrid', latitude: 40.7128, longitude: -74.006 }),
      ]),
    });
    expect(report.applied).toBe(true);
    const rows: { source_key: string; time_zone: string }[] = await db(app).query(
      `SELECT source_key, time_zone FROM meetings WHERE source = 'zones'`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.source_key, r.time_zone]))).toEqual({
      'new-york': 'America/New_York',
      denver: 'America/Denver',
      'los-angeles': 'America/Los_Angeles',
      phoenix: 'America/Phoenix', // no daylight saving, unlike Denver
      paris: 'Europe/Paris',
      tokyo: 'Asia/Tokyo',
      kolkata: 'Asia/Kolkata',
      // at sea the boundary data says Etc/GMT+3: probably wrong coordinates, so the default, with a note
      atlantic: 'America/Chicago',
      nowhere: 'America/Chicago',
      // a zone the source names always wins over the coordinates
      named: 'Europe/Madrid',
    });
    expect(report.timeZones).toEqual({ source: 1, coordinates: 7, default: 2 });
    const notes = report.problems.filter((p) => p.severity === 'warning').map((p) => p.message);
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^7 meeting\(s\) have no time zone; the zone of their coordinates was used: /),
        '2 meeting(s) have no time zone and no coordinates to place it (1 with coordinates at sea, which are ' +
          'probably wrong); the default America/Chicago was used',
      ]),
    );
  });

  it('places a BMLT import (which never has zones) without any default', async () => {
    const report = await importFeed(
      app,
      JSON.stringify({
        meetings: [
          {
            id_bigint: '1',
            meeting_name: 'Noon',
            weekday_tinyint: '2',
            start_time: '12:00:00',
            latitude: '33.45',
            longitude: '-112.07',
            formats: '',
          },
        ],
        formats: [],
      }),
      { source: 'bmlt-az', program: 'NA' },
    );
    expect(report.timeZones).toEqual({ source: 0, coordinates: 1, default: 0 });
    const [row] = await db(app).query(`SELECT time_zone FROM meetings WHERE source = 'bmlt-az'`);
    expect(row.time_zone).toBe('America/Phoenix');
  });

  it('answers timeZoneAt for forms: the zone of a pin, null at sea, BAD_USER_INPUT out of range', async () => {
    const at = (latitude: number, longitude: number) =>
      app.gql<{ timeZoneAt: string | null }>(
        'query($latitude: Float!, $longitude: Float!) { timeZoneAt(latitude: $latitude, longitude: $longitude) }',
        { latitude, longitude },
      );
    expect((await at(33.4484, -112.074)).data?.timeZoneAt).toBe('America/Phoenix');
    expect((await at(52.52, 13.405)).data?.timeZoneAt).toBe('Europe/Berlin');
    expect((await at(30, -40)).data?.timeZoneAt).toBeNull();
    const bad = await at(95, 0);
    expect(bad.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/latitude/);
  });
});
