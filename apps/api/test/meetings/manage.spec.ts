import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember, setRole } from '../support/accounts';
import { db, search, slugs } from './support';

const CREATE = `mutation($input: MeetingInput!) {
  createMeeting(input: $input) { id slug name attendance startTime endTime timeZone published canEdit
    location { formattedAddress active } online { url provider phone } group { id name } program { code } }
}`;
const UPDATE =
  'mutation($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { id name startTime } }';

const inPerson = {
  name: 'Lunchtime Hope',
  program: 'NA',
  days: [1, 3, 5],
  startTime: '12:00',
  endTime: '13:00',
  timeZone: 'America/Chicago',
  attendance: 'IN_PERSON',
  types: ['O', 'BEG'],
  venue: 'Library, Room 2',
  address: '400 S State St',
  city: 'Chicago',
  state: 'IL',
  postalCode: '60605',
  country: 'USA',
  latitude: 41.8763,
  longitude: -87.6278,
};

interface Created {
  createMeeting: {
    id: string;
    slug: string;
    attendance: string;
    startTime: string;
    endTime: string;
    published: boolean;
    canEdit: boolean;
    location: { formattedAddress: string; active: boolean } | null;
    online: { url: string | null; provider: string | null; phone: string | null } | null;
    group: { id: string; name: string } | null;
    program: { code: string };
  };
}

describe('managing meetings', () => {
  let app: TestApp;
  let admin: Awaited<ReturnType<typeof registerMember>>;
  let member: Awaited<ReturnType<typeof registerMember>>;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await registerMember(app);
    member = await registerMember(app);
    await setRole(app, admin.id, 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  it('an admin creates a meeting; it is found, and its fields come out as given', async () => {
    const res = await app.gql<Created>(CREATE, { input: inPerson }, { token: admin.token });
    expect(res.errors).toBeUndefined();
    const m = res.data!.createMeeting;
    expect(m).toMatchObject({
      attendance: 'IN_PERSON',
      startTime: '12:00',
      endTime: '13:00',
      published: true,
      canEdit: true,
      location: { formattedAddress: '400 S State St, Chicago, IL 60605, USA', active: true },
      online: null,
      program: { code: 'NA' },
    });
    expect(m.slug).toBe('lunchtime-hope');
    const found = await search(app, { near: { latitude: 41.88, longitude: -87.63, radius: 2 } });
    expect(slugs(found)).toEqual(['lunchtime-hope']);
  });

  it('explains what is wrong: a time like 25:00, online without a link or phone, an unknown zone', async () => {
    const late = await app.gql(
      CREATE,
      { input: { ...inPerson, startTime: '25:00' } },
      { token: admin.token },
    );
    expect(late.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0].message).toBe(
      'startTime must be a time of day from 00:00 to 23:59 written HH:MM, like 19:30 (got "25:00")',
    );
    expect(late.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'startTime', message: expect.stringContaining('25:00') },
    ]);

    const online = {
      ...inPerson,
      attendance: 'ONLINE',
      address: undefined,
      latitude: undefined,
      longitude: undefined,
    };
    const noLink = await app.gql(CREATE, { input: online }, { token: admin.token });
    expect(noLink.errors?.[0].message).toBe(
      'conferenceUrl: an online meeting needs a link or a phone number to join: give conferenceUrl or conferencePhone',
    );

    const badLink = await app.gql(
      CREATE,
      { input: { ...online, conferenceUrl: 'zoom 123 456' } },
      { token: admin.token },
    );
    expect(badLink.errors?.[0].message).toMatch(/conferenceUrl: "zoom 123 456" is not a web address/);

    const zone = await app.gql(
      CREATE,
      { input: { ...inPerson, timeZone: 'Chicago' } },
      { token: admin.token },
    );
    expect(zone.errors?.[0].message).toMatch(/timeZone must be an IANA time zone such as America\/New_York/);

    const noAddress = await app.gql(CREATE, { input: { ...inPerson, address: '' } }, { token: admin.token });
    expect(noAddress.errors?.[0].message).toMatch(/address: an in-person meeting needs a street address/);

    const phoneOnly = await app.gql<Created>(
      CREATE,
      { input: { ...online, name: 'Phone Meeting', conferencePhone: '+1 (312) 555-0100,,4321#' } },
      { token: admin.token },
    );
    expect(phoneOnly.data?.createMeeting).toMatchObject({
      attendance: 'ONLINE',
      online: { url: null, phone: '+13125550100,,4321#' },
    });
  });

  it('members cannot create, edit or delete meetings', async () => {
    const create = await app.gql(CREATE, { input: inPerson }, { token: member.token });
    expect(create.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const [{ id }] = await db(app).query(`SELECT id FROM meetings WHERE slug = 'lunchtime-hope'`);
    const edit = await app.gql(
      UPDATE,
      { id, input: { ...inPerson, name: 'Hijacked' } },
      { token: member.token },
    );
    expect(edit.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const del = await app.gql(
      'mutation($id: ID!) { deleteMeeting(id: $id) }',
      { id },
      { token: member.token },
    );
    expect(del.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const anon = await app.gql(CREATE, { input: inPerson });
    expect(anon.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('a contact an admin names manages the meetings of that group only', async () => {
    const group = await app.gql<{ createMeetingGroup: { id: string } }>(
      'mutation($i: MeetingGroupInput!) { createMeetingGroup(input: $i) { id } }',
      { i: { name: 'Hybrid Hope Group', program: 'AA', regions: ['Illinois'] } },
      { token: admin.token },
    );
    const groupId = group.data!.createMeetingGroup.id;
    const contact = await registerMember(app);
    const hybrid = {
      ...inPerson,
      name: 'Hybrid Hope',
      program: 'AA',
      groupId,
      attendance: 'HYBRID',
      conferenceUrl: 'https://us02web.zoom.us/j/8888',
    };
    expect(
      (await app.gql(CREATE, { input: hybrid }, { token: contact.token })).errors?.[0].extensions?.['code'],
    ).toBe('FORBIDDEN');
    await app.gql(
      'mutation($g: ID!, $m: ID!) { setMeetingGroupContact(groupId: $g, memberId: $m, isContact: true) }',
      { g: groupId, m: contact.id },
      { token: admin.token },
    );
    const created = await app.gql<Created>(CREATE, { input: hybrid }, { token: contact.token });
    expect(created.data?.createMeeting).toMatchObject({
      attendance: 'HYBRID',
      online: { provider: 'Zoom' },
      group: { id: groupId, name: 'Hybrid Hope Group' },
      canEdit: true,
    });
    const id = created.data!.createMeeting.id;
    const edited = await app.gql(
      UPDATE,
      { id, input: { ...hybrid, startTime: '12:30' } },
      { token: contact.token },
    );
    expect(edited.errors).toBeUndefined();
    // not someone else's meeting, and not out of their group
    const [{ id: other }] = await db(app).query(`SELECT id FROM meetings WHERE slug = 'lunchtime-hope'`);
    expect(
      (await app.gql(UPDATE, { id: other, input: inPerson }, { token: contact.token })).errors?.[0]
        .extensions?.['code'],
    ).toBe('FORBIDDEN');
    const moved = await app.gql(
      UPDATE,
      { id, input: { ...hybrid, groupId: undefined } },
      { token: contact.token },
    );
    expect(moved.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });

  it('unpublishing hides a meeting from search, its page, the feed and .ics; deleting removes it', async () => {
    const [{ id }] = await db(app).query(`SELECT id FROM meetings WHERE slug = 'lunchtime-hope'`);
    const off = await app.gql<{ setMeetingPublished: { published: boolean } }>(
      'mutation($id: ID!) { setMeetingPublished(id: $id, published: false) { published } }',
      { id },
      { token: admin.token },
    );
    expect(off.data?.setMeetingPublished.published).toBe(false);
    expect(
      slugs(await search(app, { near: { latitude: 41.88, longitude: -87.63, radius: 2 } })),
    ).not.toContain('lunchtime-hope');
    const page = await app.gql('query($id: ID!) { meeting(id: $id) { name } }', { id });
    expect(page.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    const adminPage = await app.gql(
      'query($id: ID!) { meeting(id: $id) { name } }',
      { id },
      { token: admin.token },
    );
    expect(adminPage.errors).toBeUndefined();
    const adminSearch = await search(
      app,
      { near: { latitude: 41.88, longitude: -87.63, radius: 2 }, includeUnpublished: true },
      20,
      undefined,
      admin.token,
    );
    expect(slugs(adminSearch)).toContain('lunchtime-hope');
    const feed = await request(app.url).get('/feeds/meeting-guide.json');
    expect(feed.body.map((m: { slug: string }) => m.slug)).not.toContain('lunchtime-hope');
    expect((await request(app.url).get(`/meetings/${id}.ics`)).status).toBe(404);

    const del = await app.gql(
      'mutation($id: ID!) { deleteMeeting(id: $id) }',
      { id },
      { token: admin.token },
    );
    expect(del.data).toEqual({ deleteMeeting: true });
    expect(await db(app).query('SELECT 1 FROM meetings WHERE id = $1', [id])).toEqual([]);
  });

  it('admins add programs', async () => {
    const res = await app.gql<{ createRecoveryProgram: { code: string; name: string } }>(
      'mutation($i: RecoveryProgramInput!) { createRecoveryProgram(input: $i) { code name } }',
      { i: { code: 'ga', name: 'Gamblers Anonymous', url: 'https://gamblersanonymous.org' } },
      { token: admin.token },
    );
    expect(res.data?.createRecoveryProgram).toEqual({ code: 'GA', name: 'Gamblers Anonymous' });
    const again = await app.gql(
      'mutation($i: RecoveryProgramInput!) { createRecoveryProgram(input: $i) { code } }',
      { i: { code: 'GA', name: 'x' } },
      { token: admin.token },
    );
    expect(again.errors?.[0].extensions?.['code']).toBe('CONFLICT');
    const list = await app.gql<{ recoveryPrograms: { code: string }[] }>('{ recoveryPrograms { code } }');
    // the seeded programs (those of meetings and those sponsorship offered) and the new one
    expect(list.data?.recoveryPrograms.map((p) => p.code).sort()).toEqual([
      'AA',
      'CA',
      'CMA',
      'GA',
      'HA',
      'NA',
      'RECOVERY-DHARMA',
      'SMART',
    ]);
    const byMember = await app.gql(
      'mutation($i: RecoveryProgramInput!) { createRecoveryProgram(input: $i) { code } }',
      { i: { code: 'OA', name: 'x' } },
      { token: member.token },
    );
    expect(byMember.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
  });
});
