import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember, setRole } from '../support/accounts';
import { at, db, importFeed, online } from './support';

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('my meetings, calendar files and feeds, groups', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp();
    await importFeed(app, [
      at('brooklyn-tuesday', 40.6782, -73.9442, {
        day: 2,
        time: '19:30',
        end_time: '21:00',
        group: 'Brooklyn Hope',
        location: 'St. Ann’s Hall',
      }),
      at('brooklyn-thursday', 40.6782, -73.9442, { day: 4, time: '12:00', group: 'Brooklyn Hope' }),
      online('tokyo-evening', {
        day: 1,
        time: '19:00',
        timezone: 'Asia/Tokyo',
        formatted_address: 'Tokyo, Japan',
      }),
      at('queens-friday', 40.7282, -73.7949, { day: 5, time: '20:00', group: 'Queens Unity' }),
    ]);
    for (const r of await db(app).query('SELECT id, source_key FROM meetings')) ids[r.source_key] = r.id;
  });
  afterAll(async () => {
    await app.close();
  });

  const SAVE = 'mutation($id: ID!) { saveMeeting(meetingId: $id) { id saved } }';
  const MINE = '{ mySavedMeetings { id name saved } }';

  it('a member saves and unsaves meetings; the search shows which are saved', async () => {
    const m = await registerMember(app);
    for (const slug of ['tokyo-evening', 'brooklyn-tuesday']) {
      const res = await app.gql<{ saveMeeting: { saved: boolean } }>(
        SAVE,
        { id: ids[slug] },
        { token: m.token },
      );
      expect(res.data?.saveMeeting.saved).toBe(true);
    }
    const mine = await app.gql<{ mySavedMeetings: { id: string }[] }>(MINE, {}, { token: m.token });
    expect(mine.data?.mySavedMeetings.map((x) => x.id).sort()).toEqual(
      [ids['tokyo-evening'], ids['brooklyn-tuesday']].sort(),
    );
    await app.gql(
      'mutation($id: ID!) { unsaveMeeting(meetingId: $id) }',
      { id: ids['tokyo-evening'] },
      { token: m.token },
    );
    const search = await app.gql<{ meetings: { edges: { node: { slug: string; saved: boolean } }[] } }>(
      '{ meetings(first: 10) { edges { node { slug saved } } } }',
      {},
      { token: m.token },
    );
    const saved = search.data!.meetings.edges.filter((e) => e.node.saved).map((e) => e.node.slug);
    expect(saved).toEqual(['brooklyn-tuesday']);
    // signed out: nothing is saved, and saving needs an account
    const anon = await app.gql(SAVE, { id: ids['queens-friday'] });
    expect(anon.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('GET /meetings/<id>.ics is a weekly event with the meeting’s TZID and VTIMEZONE', async () => {
    const res = await request(app.url).get(`/meetings/${ids['tokyo-evening']}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="meeting-tokyo-evening\.ics"/);
    const text = unfold(res.text);
    expect(text).toMatch(/DTSTART;TZID=Asia\/Tokyo:\d{8}T190000\r\n/);
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO\r\n');
    expect(text).toContain('DURATION:PT1H\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n');
    expect(text).toContain('Join on Zoom: https://zoom.us/j/1300');
    expect(text).toContain(`URL:${app.url}/meetings/${ids['tokyo-evening']}`);
    expect((await request(app.url).get('/meetings/00000000-0000-4000-8000-000000000000.ics')).status).toBe(
      404,
    );
    expect((await request(app.url).get('/meetings/not-an-id.ics')).status).toBe(404);
  });

  it('a private calendar feed of saved meetings works until it is revoked or replaced', async () => {
    const m = await registerMember(app);
    await app.gql(SAVE, { id: ids['brooklyn-tuesday'] }, { token: m.token });
    await app.gql(SAVE, { id: ids['tokyo-evening'] }, { token: m.token });
    const created = await app.gql<{ createCalendarFeed: { path: string } }>(
      'mutation { createCalendarFeed { path createdAt } }',
      {},
      { token: m.token },
    );
    const path = created.data!.createCalendarFeed.path;
    expect(path).toMatch(/^\/calendar\/meetings\.ics\?token=[A-Za-z0-9_-]{43}$/);
    const token = path.split('token=')[1];
    // only the hash is stored
    const [row] = await db(app).query('SELECT token_hash FROM calendar_feeds WHERE user_id = $1', [m.id]);
    expect(row.token_hash).not.toContain(token);

    const feed = await request(app.url).get(path);
    expect(feed.status).toBe(200);
    const text = unfold(feed.text);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('TZID:Asia/Tokyo');
    expect(text).toContain('TZID:America/New_York');
    expect(text).toContain('SUMMARY:Meeting brooklyn-tuesday');

    const info = await app.gql<{ myCalendarFeed: { createdAt: string } | null }>(
      '{ myCalendarFeed { createdAt } }',
      {},
      { token: m.token },
    );
    expect(info.data?.myCalendarFeed?.createdAt).toEqual(expect.any(String));

    // replacing it stops the old address
    const replaced = await app.gql<{ createCalendarFeed: { path: string } }>(
      'mutation { createCalendarFeed { path } }',
      {},
      { token: m.token },
    );
    expect((await request(app.url).get(path)).status).toBe(404);
    const newPath = replaced.data!.createCalendarFeed.path;
    expect((await request(app.url).get(newPath)).status).toBe(200);

    // revoking stops it at once
    const revoked = await app.gql<{ revokeCalendarFeed: boolean }>(
      'mutation { revokeCalendarFeed }',
      {},
      { token: m.token },
    );
    expect(revoked.data?.revokeCalendarFeed).toBe(true);
    const after = await request(app.url).get(newPath);
    expect(after.status).toBe(404);
    expect(after.text).toMatch(/not valid any more/);
    expect((await request(app.url).get('/calendar/meetings.ics')).status).toBe(404);
  });

  it('exports and erases a member’s meeting data with their account', async () => {
    const m = await registerMember(app);
    await app.gql(SAVE, { id: ids['queens-friday'] }, { token: m.token });
    const group = (await db(app).query(`SELECT group_id FROM meetings WHERE source_key = 'queens-friday'`))[0]
      .group_id;
    await app.gql(
      'mutation($g: ID) { setHomeGroup(groupId: $g) { name } }',
      { g: group },
      { token: m.token },
    );
    await app.gql('mutation { createCalendarFeed { path } }', {}, { token: m.token });
    await app.gql(
      'mutation($i: ContactGroupInput!) { contactMeetingGroup(input: $i) }',
      { i: { groupId: group, message: 'Is there parking nearby?' } },
      { token: m.token },
    );

    const exported = await app.gql<{ exportMyData: string }>('{ exportMyData }', {}, { token: m.token });
    const data = JSON.parse(exported.data!.exportMyData);
    expect(data.meetings).toMatchObject({
      savedMeetings: [
        expect.objectContaining({ meetingId: ids['queens-friday'], name: 'Meeting queens-friday' }),
      ],
      homeGroup: expect.objectContaining({ groupId: group, name: 'Queens Unity' }),
      calendarFeed: expect.objectContaining({ createdAt: expect.any(String) }),
      messagesSentToGroups: [expect.objectContaining({ body: 'Is there parking nearby?' })],
    });
    expect(exported.data!.exportMyData).not.toMatch(/token_hash|token=/);

    const del = await app.gql(
      'mutation($i: DeleteAccountInput!) { deleteAccount(input: $i) }',
      { i: { password: m.password } },
      { token: m.token },
    );
    expect(del.errors).toBeUndefined();
    for (const table of ['saved_meetings', 'member_home_groups', 'calendar_feeds']) {
      const [{ count }] = await db(app).query(
        `SELECT count(*)::int AS count FROM ${table} WHERE user_id = $1`,
        [m.id],
      );
      expect(count).toBe(0);
    }
    const [{ count }] = await db(app).query(
      'SELECT count(*)::int AS count FROM group_messages WHERE sender_id = $1',
      [m.id],
    );
    expect(count).toBe(0);
  });

  it('contacting a group reaches its contacts on Kinship, never exposing an email, and is limited', async () => {
    const [sender, contact, stranger] = [
      await registerMember(app),
      await registerMember(app),
      await registerMember(app),
    ];
    const admin = await registerMember(app);
    await setRole(app, admin.id, 'admin');
    const group = (
      await db(app).query(`SELECT group_id FROM meetings WHERE source_key = 'brooklyn-tuesday'`)
    )[0].group_id;
    const named = await app.gql(
      'mutation($g: ID!, $m: ID!) { setMeetingGroupContact(groupId: $g, memberId: $m, isContact: true) }',
      { g: group, m: contact.id },
      { token: admin.token },
    );
    expect(named.errors).toBeUndefined();
    const send = (message: string) =>
      app.gql(
        'mutation($i: ContactGroupInput!) { contactMeetingGroup(input: $i) }',
        { i: { groupId: group, message } },
        { token: sender.token },
      );
    expect((await send('Hello! Is the meeting wheelchair accessible?')).errors).toBeUndefined();

    const READ = 'query($g: ID!) { meetingGroupMessages(groupId: $g) { senderId senderName body } }';
    const read = await app.gql<{ meetingGroupMessages: { senderName: string; body: string }[] }>(
      READ,
      { g: group },
      { token: contact.token },
    );
    expect(read.data?.meetingGroupMessages).toEqual([
      {
        senderId: sender.id,
        senderName: sender.displayName,
        body: 'Hello! Is the meeting wheelchair accessible?',
      },
    ]);
    expect(JSON.stringify(read.data)).not.toContain('@');
    const denied = await app.gql(READ, { g: group }, { token: stranger.token });
    expect(denied.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');

    for (let i = 0; i < 4; i++) expect((await send(`message ${i}`)).errors).toBeUndefined();
    const limited = await send('one too many');
    expect(limited.errors?.[0].extensions?.['code']).toBe('RATE_LIMITED');
  });

  it('finds local groups nearest first, and shows a group page with its meetings', async () => {
    const res = await app.gql<{
      meetingGroups: {
        edges: {
          distanceKm: number;
          node: { id: string; name: string; meetings: { name: string }[]; chatRoomKey: string };
        }[];
      };
    }>(
      `{ meetingGroups(filter: { near: { latitude: 40.68, longitude: -73.95, radius: 30 } }) {
          edges { distanceKm node { id name chatRoomKey meetings { name } } } } }`,
    );
    const edges = res.data!.meetingGroups.edges;
    expect(edges.map((e) => e.node.name)).toEqual(['Brooklyn Hope', 'Queens Unity']);
    expect(edges[0].distanceKm).toBeLessThan(1);
    expect(edges[0].node.meetings.map((m) => m.name)).toEqual([
      'Meeting brooklyn-thursday',
      'Meeting brooklyn-tuesday',
    ]);
    expect(edges[0].node.chatRoomKey).toBe(`group:${edges[0].node.id}`);
    const page = await app.gql<{ meetingGroup: { name: string; program: { code: string } } }>(
      'query($id: ID!) { meetingGroup(id: $id) { name program { code } } }',
      { id: edges[1].node.id },
    );
    expect(page.data?.meetingGroup).toEqual({ name: 'Queens Unity', program: { code: 'AA' } });
  });

  it('each meeting names its chat room', async () => {
    const res = await app.gql<{ meeting: { chatRoomKey: string } }>(
      'query($id: ID!) { meeting(id: $id) { chatRoomKey } }',
      {
        id: ids['queens-friday'],
      },
    );
    expect(res.data?.meeting.chatRoomKey).toBe(`meeting:${ids['queens-friday']}`);
  });
});
