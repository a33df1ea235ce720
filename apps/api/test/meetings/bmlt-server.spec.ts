import tzLookup from '@photostructure/tz-lookup';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  bmlt,
  expectAllStrings,
  km,
  realBody,
  realFormats,
  realMeetings,
  results,
  type BmltMeeting,
} from './bmlt-server.support';
import { db, importFeed, online } from './support';

/**
 * Kinship as a BMLT root server: the real Greater New York NA meetings are imported from BMLT's own
 * GetSearchResults, and what we serve is compared with that response field by field.
 */
describe('the BMLT semantic API', () => {
  let app: TestApp;
  let all: BmltMeeting[];
  const real = realMeetings().filter((m) => m['published'] === '1');
  /** Our id_bigint for each real meeting (we number meetings ourselves: × 10 + weekday). */
  const ourId = new Map<string, string>();
  beforeAll(async () => {
    app = await startTestApp();
    await importFeed(app, realBody(), { source: 'gny', program: 'NA' });
    await importFeed(
      app,
      [
        online('aa-online', { day: [1, 3], time: '07:00', end_time: '08:00', types: ['O', 'D'] }),
        online('aa-hybrid', {
          formatted_address: '1 Main St, Springfield, IL 62701, USA',
          latitude: 39.8,
          longitude: -89.65,
          day: 2,
        }),
      ],
      { source: 'aa', program: 'AA' },
    );
    await importFeed(app, [online('smart-online', { types: ['SMART-4P'], day: 4 })], {
      source: 'smart',
      program: 'SMART',
    });
    const rows: { source_key: string; bmlt_id: string; days: number[] }[] = await db(app).query(
      `SELECT source_key, bmlt_id::text, days FROM meetings WHERE source = 'gny'`,
    );
    for (const r of rows) ourId.set(r.source_key, String(Number(r.bmlt_id) * 10 + r.days[0] + 1));
    all = await results(app, '');
  });
  afterAll(async () => {
    await app.close();
  });

  const byId = () => new Map(all.map((m) => [m['id_bigint'], m]));

  it('serves every published meeting with the real response’s fields, values and types', () => {
    expect(all).toHaveLength(real.length + 2 + 1 + 1); // the AA online meeting is held on two days
    expectAllStrings(all);
    const ours = byId();
    let newYork = 0;
    const kept = [
      ...['weekday_tinyint', 'start_time', 'duration_time', 'meeting_name', 'latitude', 'longitude'],
      ...['location_text', 'location_info', 'location_street', 'location_municipality', 'location_province'],
      ...['location_postal_code_1', 'location_nation', 'published'],
    ];
    for (const r of real) {
      const m = ours.get(ourId.get(String(r['id_bigint']))!)!;
      expect(m).toBeDefined();
      for (const key of Object.keys(r)) expect(Object.keys(m)).toContain(key);
      // we keep text with its spaces tidied
      const tidy = (v: unknown) =>
        String(v ?? '')
          .replace(/\s+/g, ' ')
          .trim();
      for (const key of kept) expect([key, tidy(m[key])]).toEqual([key, tidy(r[key])]);
      // regions, general → specific: the county, then the borough or neighborhood
      const regions = [
        r['location_sub_province'],
        r['location_city_subsection'] ?? r['location_neighborhood'],
      ]
        .map(tidy)
        .filter((x, i, list) => x && list.indexOf(x) === i);
      expect([m['location_sub_province'], m['location_neighborhood']]).toEqual([
        regions[0] ?? '',
        regions[1] ?? '',
      ]);
      expect(m['comments']).toBe(
        String(r['comments'] ?? '')
          .replace(/\r\n/g, '\n')
          .trim(),
      );
      // BMLT gave no zone: each meeting has the zone of its coordinates
      expect(m['time_zone']).toBe(tzLookup(Number(r['latitude']), Number(r['longitude'])));
      if (m['time_zone'] === 'America/New_York') newYork++;
      expect(m['venue_type']).toBe('1');
      expect(m['root_server_uri']).toBe(app.url);
    }
    expect(newYork).toBeGreaterThan(1500);
  });

  it('maps formats to NA world ids as the real server’s formats do', async () => {
    const formats: Record<string, string>[] = (await bmlt(app, 'switcher=GetFormats&show_all=1')).body;
    expectAllStrings(formats);
    const worldOf = new Map(formats.map((f) => [f['key_string'], f['world_id']]));
    const realWorld = new Map(
      realFormats()
        .filter((f) => f['lang_enum'] === 'en')
        .map((f) => [String(f['key_string']), String(f['worldid_mixed'] ?? '')]),
    );
    const ours = byId();
    let compared = 0;
    for (const r of real) {
      const m = ours.get(ourId.get(String(r['id_bigint']))!)!;
      const want = new Set(
        String(r['formats'])
          .split(',')
          .map((k) => realWorld.get(k) ?? '')
          .filter((w) => w && w !== 'LANG'),
      );
      const got = new Set(
        m['formats']
          .split(',')
          .map((k) => worldOf.get(k) ?? '')
          .filter((w) => w && w !== 'LANG'),
      );
      // every world id the real server gives, and more only for keys it leaves without one (NS)
      for (const w of want) expect([r['id_bigint'], w, got.has(w)]).toEqual([r['id_bigint'], w, true]);
      const blankKeys = String(r['formats'])
        .split(',')
        .filter((k) => !realWorld.get(k));
      for (const w of got) if (!want.has(w)) expect([w, blankKeys.length > 0]).toEqual([w, true]);
      // the ids listed are the ids of the keys listed, in order
      expect(m['format_shared_id_list']).toBe(
        m['formats']
          .split(',')
          .filter(Boolean)
          .map((k) => formats.find((f) => f['key_string'] === k)!['id'])
          .join(','),
      );
      compared++;
    }
    expect(compared).toBe(1513);
  });

  it('serves online and hybrid meetings of other programs honestly', () => {
    const aa = all.filter((m) => m['meeting_name'] === 'Meeting aa-online');
    expect(aa.map((m) => m['weekday_tinyint']).sort()).toEqual(['2', '4']);
    expect(new Set(aa.map((m) => m['id_bigint'])).size).toBe(2);
    expect(aa[0]).toMatchObject({ venue_type: '2', virtual_meeting_link: 'https://zoom.us/j/900' });
    expect(aa[0]['formats'].split(',')).toEqual(expect.arrayContaining(['O', 'D', 'VM']));
    const hybrid = all.find((m) => m['meeting_name'] === 'Meeting aa-hybrid')!;
    expect(hybrid).toMatchObject({ venue_type: '3', latitude: '39.8', longitude: '-89.65' });
    expect(hybrid['formats'].split(',')).toContain('HY');
    const smart = all.find((m) => m['meeting_name'] === 'Meeting smart-online')!;
    expect(smart).toMatchObject({ venue_type: '2', weekday_tinyint: '5' });
    expect(smart['formats'].split(',')).toContain('SMART-4P');
  });

  it('filters by weekday (1 = Sunday), with lists in either spelling and negatives excluding', async () => {
    const realOn = (d: string) => real.filter((m) => m['weekday_tinyint'] === d).length;
    const sundays = await results(app, 'weekdays=1');
    expect(sundays.length).toBe(realOn('1'));
    expect(new Set(sundays.map((m) => m['weekday_tinyint']))).toEqual(new Set(['1']));
    expect((await results(app, 'weekdays[]=1&weekdays[]=7')).length).toBe(realOn('1') + realOn('7'));
    expect((await results(app, 'weekdays=1,7')).length).toBe(realOn('1') + realOn('7'));
    const notSunday = await results(app, 'weekdays=-1');
    expect(notSunday.length).toBe(all.length - realOn('1'));
    expect(notSunday.some((m) => m['weekday_tinyint'] === '1')).toBe(false);
  });

  it('filters by venue type', async () => {
    expect((await results(app, 'venue_types=2')).map((m) => m['meeting_name']).sort()).toEqual([
      'Meeting aa-online',
      'Meeting aa-online',
      'Meeting smart-online',
    ]);
    expect((await results(app, 'venue_types=3')).map((m) => m['meeting_name'])).toEqual([
      'Meeting aa-hybrid',
    ]);
    expect((await results(app, 'venue_types=-1')).length).toBe(4);
  });

  it('filters by format ids with AND, OR and exclusion, as the real data counts them', async () => {
    const formats: Record<string, string>[] = (
      await bmlt(app, 'switcher=GetFormats&key_strings[]=STEP&key_strings[]=O')
    ).body;
    expect(formats.map((f) => f['key_string']).sort()).toEqual(['O', 'STEP']);
    const id = (k: string) => formats.find((f) => f['key_string'] === k)!['id'];
    const has = (m: Record<string, unknown>, k: string) => String(m['formats']).split(',').includes(k);
    const both = real.filter((m) => has(m, 'St') && has(m, 'O')).length;
    const either = real.filter((m) => has(m, 'St') || has(m, 'O')).length;
    const stepNotOpen = real.filter((m) => has(m, 'St') && !has(m, 'O')).length;
    expect(both).toBeGreaterThan(0);
    expect((await results(app, `formats=${id('STEP')},${id('O')}`)).length).toBe(both);
    const or = await results(
      app,
      `formats[]=${id('STEP')}&formats[]=${id('O')}&formats_comparison_operator=OR`,
    );
    expect(or.length).toBe(either + 3); // the AA online (two days) and hybrid meetings are open
    expect((await results(app, `formats=${id('STEP')},-${id('O')}`)).length).toBe(stepNotOpen);
  });

  it('filters by service body: regions and programs, recursively or not', async () => {
    const bodies: Record<string, string>[] = (await bmlt(app, 'switcher=GetServiceBodies')).body;
    expectAllStrings(bodies);
    const bronx = bodies.find((b) => b['name'] === 'Bronx' && b['type'] === 'AS')!;
    const na = bodies.find((b) => b['id'] === bronx['parent_id'])!;
    expect(na).toMatchObject({ name: 'Narcotics Anonymous', parent_id: '0' });
    const inBronx = real.filter((m) => m['location_sub_province'] === 'Bronx').length;
    const recursive = await results(app, `services=${bronx['id']}&recursive=1`);
    expect(recursive.length).toBe(inBronx);
    const own = await results(app, `services[]=${bronx['id']}`);
    expect(own.length).toBeLessThan(inBronx);
    for (const m of own) expect(m['service_body_bigint']).toBe(bronx['id']);
    expect((await results(app, `services=${na['id']}&recursive=1`)).length).toBe(real.length);
    expect((await results(app, `services=-${na['id']}&recursive=1`)).length).toBe(4);
    // parents and recursive on GetServiceBodies
    const up: Record<string, string>[] = (
      await bmlt(app, `switcher=GetServiceBodies&services=${bronx['id']}&parents=1`)
    ).body;
    expect(up.map((b) => b['id']).sort()).toEqual([bronx['id'], na['id']].sort());
    const down: Record<string, string>[] = (
      await bmlt(app, `switcher=GetServiceBodies&services[]=${bronx['id']}&recursive=1`)
    ).body;
    expect(down.length).toBeGreaterThan(1);
    for (const b of down.filter((x) => x['id'] !== bronx['id'])) expect(b['parent_id']).toBe(bronx['id']);
  });

  it('finds meetings by id, start time and text', async () => {
    const [a, b] = [ourId.get(String(real[0]['id_bigint']))!, ourId.get(String(real[1]['id_bigint']))!];
    expect((await results(app, `meeting_ids=${a},${b}`)).map((m) => m['id_bigint']).sort()).toEqual(
      [a, b].sort(),
    );
    expect((await results(app, `meeting_ids[]=${a}`)).map((m) => m['meeting_name'])).toEqual([
      'Nothing Macho',
    ]);
    const minutes = (m: Record<string, unknown>) => {
      const [h, mm] = String(m['start_time']).split(':').map(Number);
      return h * 60 + mm;
    };
    const evening = real.filter((m) => minutes(m) > 19 * 60 + 30 && minutes(m) < 21 * 60).length;
    const found = await results(app, 'StartsAfterH=19&StartsAfterM=30&StartsBeforeH=21&StartsBeforeM=0');
    expect(found.length).toBe(evening + 0);
    const text = real.filter((m) => String(m['meeting_name']).toLowerCase().includes('macho')).length;
    expect((await results(app, 'SearchString=macho')).length).toBeGreaterThanOrEqual(text);
    expect((await results(app, 'SearchString=Kossuth')).map((m) => m['location_street'])).toContain(
      '3424 Kossuth Ave.',
    );
  });

  it('searches by position in miles or km, with distances, and widens to the closest N with every filter', async () => {
    const [lat, lon] = [40.75, -73.99];
    const within = (r: number) =>
      real.filter((m) => km(lat, lon, Number(m['latitude']), Number(m['longitude'])) <= r).length;
    const miles = await results(app, `lat_val=${lat}&long_val=${lon}&geo_width=2&sort_results_by_distance=1`);
    expect(miles.length).toBe(within(2 * 1.609344));
    expectAllStrings(miles);
    const distances = miles.map((m) => Number(m['distance_in_km']));
    expect(distances).toEqual([...distances].sort((x, y) => x - y));
    for (const m of miles) {
      expect(Number(m['distance_in_miles'])).toBeCloseTo(Number(m['distance_in_km']) / 1.609344, 6);
      expect(Number(m['distance_in_km'])).toBeCloseTo(
        km(lat, lon, Number(m['latitude']), Number(m['longitude'])),
        6,
      );
    }
    expect((await results(app, `lat_val=${lat}&long_val=${lon}&geo_width_km=3`)).length).toBe(within(3));
    const closest = await results(
      app,
      `lat_val=${lat}&long_val=${lon}&geo_width=-10&sort_results_by_distance=1`,
    );
    // the radius grows to the 10th closest meeting; meetings at the same place as it come too
    const tenth = [...real.map((m) => km(lat, lon, Number(m['latitude']), Number(m['longitude'])))].sort(
      (x, y) => x - y,
    )[9];
    expect(closest.length).toBe(within(tenth + 1e-9));
    expect(closest.length).toBeGreaterThanOrEqual(10);
    expect(Number(closest[closest.length - 1]['distance_in_km'])).toBeCloseTo(tenth, 6);
    // the auto-radius respects other filters (bmlt-server #349)
    const sundays = await results(app, `lat_val=${lat}&long_val=${lon}&geo_width_km=-5&weekdays=1`);
    expect(sundays.length).toBeGreaterThanOrEqual(5);
    expect(sundays.length).toBeLessThan(10);
    for (const m of sundays) expect(m['weekday_tinyint']).toBe('1');
  });

  it('sorts, picks fields, pages, and returns the formats used', async () => {
    const sorted = await results(app, 'sort_keys=meeting_name,id_bigint&weekdays=2');
    const sortedNames = sorted.map((m) => m['meeting_name']);
    expect(sortedNames).toEqual([...sortedNames].sort((a, b) => a.localeCompare(b)));
    const picked = await results(app, 'data_field_key=meeting_name,weekday_tinyint&weekdays=2');
    expect(Object.keys(picked[0]).sort()).toEqual(['meeting_name', 'weekday_tinyint']);
    const page1 = await results(app, 'sort_keys=id_bigint&page_size=5&page_num=1');
    const page2 = await results(app, 'sort_keys=id_bigint&page_size=5&page_num=2');
    const first10 = await results(app, 'sort_keys=id_bigint&page_size=10');
    expect([...page1, ...page2]).toEqual(first10);
    const res = await bmlt(app, 'switcher=GetSearchResults&weekdays=1&get_used_formats');
    expect(Object.keys(res.body).sort()).toEqual(['formats', 'meetings']);
    const used = new Set<string>(
      res.body.meetings.flatMap((m: BmltMeeting) => m['formats'].split(',').filter(Boolean)),
    );
    expect(new Set(res.body.formats.map((f: Record<string, string>) => f['key_string']))).toEqual(used);
    expectAllStrings(res.body.formats);
    for (const f of res.body.formats) expect(f['root_server_uri']).toBe(app.url);
  });

  it('answers the other switchers in BMLT’s shapes', async () => {
    const info = (await bmlt(app, 'switcher=GetServerInfo')).body;
    expect(info).toHaveLength(1);
    expectAllStrings(info);
    expect(info[0]).toMatchObject({ version: '3.0.0', distanceUnits: 'mi' });
    const keys = (await bmlt(app, 'switcher=GetFieldKeys')).body;
    expect(keys.map((k: Record<string, string>) => k['key'])).toEqual(
      expect.arrayContaining(Object.keys(all[0])),
    );
    const towns = (await bmlt(app, 'switcher=GetFieldValues&meeting_key=location_sub_province')).body;
    expectAllStrings(towns);
    const bronx = towns.find((t: Record<string, string>) => t['location_sub_province'] === 'Bronx');
    expect(bronx['ids'].split(',')).toHaveLength(
      real.filter((m) => m['location_sub_province'] === 'Bronx').length,
    );
    expect((await bmlt(app, 'switcher=GetChanges&start_date=2024-01-01&end_date=2024-12-31')).body).toEqual(
      [],
    );
    const [area] = (await bmlt(app, 'switcher=GetCoverageArea')).body;
    expectAllStrings([area]);
    expect(Number(area['nw_corner_latitude'])).toBeGreaterThan(Number(area['se_corner_latitude']));
    const every = (await bmlt(app, 'switcher=GetFormats&show_all=1')).body.length;
    const usedOnly = (await bmlt(app, 'switcher=GetFormats')).body.length;
    expect(usedOnly).toBeLessThan(every);
    const spanish = (await bmlt(app, 'switcher=GetFormats&key_strings=O&lang_enum=es')).body;
    expect(spanish[0]).toMatchObject({ key_string: 'O', lang: 'es', world_id: 'OPEN' });
  });

  it('speaks jsonp, CORS, trailing slashes, 422 and 4xx like BMLT', async () => {
    const p = await bmlt(app, 'switcher=GetServerInfo&callback=croutonCallback', '/client_interface/jsonp/');
    expect(p.status).toBe(200);
    expect(p.headers['content-type']).toMatch(/^text\/javascript/);
    const json = await bmlt(app, 'switcher=GetServerInfo', '/client_interface/json');
    expect(p.text).toBe(`/**/croutonCallback(${json.text});`);
    expect(json.headers['access-control-allow-origin']).toBe('*');
    expect(
      (await bmlt(app, 'switcher=GetServerInfo&callback=alert(1)//', '/client_interface/jsonp')).status,
    ).toBe(400);
    const unknown = await bmlt(app, 'switcher=GetEverything');
    expect(unknown.status).toBe(422);
    expect(unknown.body.parameter).toBe('switcher');
    for (const [query, parameter] of [
      ['weekdays=9', 'weekdays'],
      ['weekdays=abc', 'weekdays'],
      ['lat_val=91&long_val=0&geo_width=1', 'lat_val'],
      ['lat_val=40&long_val=-73', 'geo_width'],
      ['page_size=0', 'page_size'],
      ['StartsAfterH=25', 'StartsAfterH'],
      ['formats_comparison_operator=XOR', 'formats_comparison_operator'],
      ['services=x', 'services'],
    ]) {
      const res = await bmlt(app, `switcher=GetSearchResults&${query}`);
      expect([query, res.status, res.body.parameter]).toEqual([query, 400, parameter]);
    }
    expect((await bmlt(app, 'switcher=GetChanges&start_date=yesterday')).body.parameter).toBe('start_date');
    const pre = await bmlt(app, '', '/client_interface/json/').then(() =>
      import('supertest').then((s) => s.default(app.url).options('/client_interface/json/')),
    );
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    const tsml = await bmlt(app, '', '/client_interface/tsml/');
    expect(tsml.status).toBe(200);
    expect(tsml.body).toHaveLength(real.length + 3);
    expect(tsml.body[0]['timezone']).toBe('America/New_York');
  });

  it('round-trips: BMLT in, BMLT out, imported again, the same meetings', async () => {
    const out = (
      await bmlt(
        app,
        'switcher=GetSearchResults&get_used_formats&services=' + (await naId()) + '&recursive=1',
      )
    ).body;
    await importFeed(app, JSON.stringify(out), { source: 'gny-again', program: 'NA' });
    const essence = `SELECT name, days, start_minute, duration_minutes, time_zone, types, notes, venue, address, city,
        state, postal_code, country, location_notes, regions[1] AS region, latitude, longitude, attendance
      FROM meetings WHERE source = $1 AND published ORDER BY name, days, start_minute, address, latitude, venue, notes`;
    const before = await db(app).query(essence, ['gny']);
    const after = await db(app).query(essence, ['gny-again']);
    expect(after).toHaveLength(1513);
    expect(after).toEqual(before);
  });

  const naId = async () =>
    ((await bmlt(app, 'switcher=GetServiceBodies')).body as Record<string, string>[]).find(
      (b) => b['name'] === 'Narcotics Anonymous',
    )!['id'];
});
