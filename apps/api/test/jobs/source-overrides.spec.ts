import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerMember, setRole } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { db, mg } from '../meetings/support';

const ADD = `mutation ($input: MeetingSourceInput!) { addMeetingSource(input: $input) { id } }`;
const SYNC = `mutation ($id: ID!) { syncMeetingSource(id: $id) { status added updated unchanged error } }`;
const UPDATE = `mutation ($id: ID!, $input: MeetingInput!) {
  updateMeeting(id: $id, input: $input) { id name notes overrides { field sourceValue } }
}`;
const CLEAR = `mutation ($id: ID!, $field: String!) {
  clearMeetingOverride(meetingId: $id, field: $field) { id name notes overrides { field sourceValue } }
}`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { name notes overrides { field sourceValue } } }`;

interface Shown {
  name: string;
  notes: string;
  overrides: { field: string; sourceValue: string }[];
}

const place = {
  address: '400 S State St',
  city: 'Chicago',
  state: 'IL',
  postal_code: '60605',
  country: 'USA',
  latitude: 41.8763,
  longitude: -87.6278,
  timezone: 'America/Chicago',
  notes: 'Side door',
};

describe('admin edits to imported meetings', () => {
  let app: TestApp;
  let token: string;
  let server: Server;
  let feed: unknown[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(feed));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const admin = await registerMember(app);
    await setRole(app, admin.id, 'admin');
    token = admin.token;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await app?.close();
  });

  it('keeps an edited field through syncs, shows what the source says, and clearing it takes the source value', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`;
    const added = await app.gql<{ addMeetingSource: { id: string } }>(
      ADD,
      { input: { url, source: 'edited-feed', everyHours: 6, kind: 'MEETING_GUIDE' } },
      { token },
    );
    const sourceId = added.data?.addMeetingSource.id ?? '';
    const sync = async () =>
      (await app.gql<{ syncMeetingSource: { status: string } }>(SYNC, { id: sourceId }, { token })).data
        ?.syncMeetingSource;
    feed = [mg('o1', { name: 'Source Name', ...place }), mg('o2', place)];
    expect(await sync()).toMatchObject({ status: 'OK', added: 2 });
    const [{ id }]: { id: string }[] = await db(app).query(
      `SELECT id FROM meetings WHERE source = 'edited-feed' AND source_key = 'o1'`,
    );

    const input = {
      name: 'Name Edited Here',
      program: 'AA',
      days: [1],
      startTime: '19:00',
      endTime: '20:00',
      timeZone: 'America/Chicago',
      attendance: 'IN_PERSON',
      types: ['O'],
      notes: 'Side door',
      address: place.address,
      city: place.city,
      state: place.state,
      postalCode: place.postal_code,
      country: place.country,
      latitude: place.latitude,
      longitude: place.longitude,
    };
    const edited = await app.gql<{ updateMeeting: Shown }>(UPDATE, { id, input }, { token });
    expect(edited.data?.updateMeeting).toMatchObject({
      name: 'Name Edited Here',
      overrides: [{ field: 'name', sourceValue: 'Source Name' }],
    });

    // the source changes the edited field and another one: the edit stays, the other takes the source
    feed = [mg('o1', { ...place, name: 'Source Renamed', notes: 'Front door' }), mg('o2', place)];
    expect(await sync()).toMatchObject({ status: 'OK', updated: 1, unchanged: 1 });
    const shown = await app.gql<{ meeting: Shown }>(MEETING, { id }, { token });
    expect(shown.data?.meeting).toEqual({
      name: 'Name Edited Here',
      notes: 'Front door',
      overrides: [{ field: 'name', sourceValue: 'Source Renamed' }],
    });
    expect(await db(app).query('SELECT name, overrides FROM meetings WHERE id = $1', [id])).toEqual([
      { name: 'Name Edited Here', overrides: { name: 'Source Renamed' } },
    ]);
    // a sync with nothing new leaves it as it is
    expect(await sync()).toMatchObject({ status: 'OK', updated: 0, unchanged: 2 });

    const wrong = await app.gql(CLEAR, { id, field: 'notes' }, { token });
    expect(wrong.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(wrong.errors?.[0].extensions)).toContain('field');

    const member = await registerMember(app);
    const denied = await app.gql(CLEAR, { id, field: 'name' }, { token: member.token });
    expect(denied.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');

    const cleared = await app.gql<{ clearMeetingOverride: Shown }>(CLEAR, { id, field: 'name' }, { token });
    expect(cleared.data?.clearMeetingOverride).toMatchObject({ name: 'Source Renamed', overrides: [] });
    expect(
      await db(app).query('SELECT name, overrides, search_text FROM meetings WHERE id = $1', [id]),
    ).toEqual([
      { name: 'Source Renamed', overrides: {}, search_text: expect.stringContaining('source renamed') },
    ]);

    // hiding an imported meeting is an edit too: syncs keep it hidden until the override is cleared
    const HIDE = `mutation ($id: ID!, $published: Boolean!) {
      setMeetingPublished(id: $id, published: $published) { published overrides { field sourceValue } }
    }`;
    const hidden = await app.gql(HIDE, { id, published: false }, { token });
    expect(hidden.data).toEqual({
      setMeetingPublished: {
        published: false,
        overrides: [{ field: 'published', sourceValue: 'published' }],
      },
    });
    feed = [mg('o1', { ...place, name: 'Source Renamed', notes: 'Front door 2' }), mg('o2', place)];
    expect(await sync()).toMatchObject({ status: 'OK', updated: 1 });
    expect(await db(app).query('SELECT published, notes FROM meetings WHERE id = $1', [id])).toEqual([
      { published: false, notes: 'Front door 2' },
    ]);
    await app.gql(CLEAR, { id, field: 'published' }, { token });
    expect(await db(app).query('SELECT published, overrides FROM meetings WHERE id = $1', [id])).toEqual([
      { published: true, overrides: {} },
    ]);

    // from now on the source's changes to the name apply again
    feed = [mg('o1', { ...place, name: 'Source Third Name', notes: 'Front door' }), mg('o2', place)];
    expect(await sync()).toMatchObject({ status: 'OK', updated: 1 });
    expect(await db(app).query('SELECT name FROM meetings WHERE id = $1', [id])).toEqual([
      { name: 'Source Third Name' },
    ]);
  });
});
