import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  ACCEPT,
  MATCHES,
  matches,
  ok,
  openSocket,
  REQUEST,
  SAVE_PROFILE,
  seeker,
  sponsor,
  sponsorInput,
  SPONSORSHIP_FIELDS,
  sql,
} from './sponsorship-helpers';

const PRIVATE_FIELD = /email|clean_?date|latitude|longitude|^lat$|^lng$|onMat|preferredGenders|remoteOnly/i;

/** The member's own data: the only root fields that may return clean dates, areas and MAT status. */
const OWN_FIELDS = ['mySeekerPreferences', 'mySponsorProfile', 'saveSeekerPreferences', 'saveSponsorProfile'];
/** Every other root field of sponsorship: what a member can learn about others. */
const SHARED_FIELDS = [
  'Query.sponsorMatches',
  'Query.mySponsorships',
  'Query.sponsorship',
  'Query.sponsorshipNotifications',
  'Query.sponsorshipMessages',
  'Query.sponsorshipRules',
  'Query.mySponsorshipBlocks',
  'Mutation.requestSponsorship',
  'Mutation.acceptSponsorshipRequest',
  'Mutation.declineSponsorshipRequest',
  'Mutation.withdrawSponsorshipRequest',
  'Mutation.endSponsorship',
  'Mutation.checkInSponsorship',
  'Mutation.sendSponsorshipMessage',
  'Mutation.markSponsorshipMessagesRead',
  'Mutation.markSponsorshipNotificationsRead',
  'Mutation.blockSponsorshipMember',
  'Mutation.unblockSponsorshipMember',
  'Mutation.updateSponsorshipRule',
  'Mutation.removeSponsorProfile',
];

/** Object types reachable from the given root fields, and those among them with a private-looking field. */
function reachable(schema: GraphQLSchema, roots: string[]) {
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (!isObjectType(type) || seen.has(type.name)) return;
    seen.add(type.name);
    for (const f of Object.values(type.getFields())) visit(getNamedType(f.type));
  };
  for (const root of roots) {
    const [typeName, field] = root.split('.');
    const type = schema.getType(typeName);
    if (!isObjectType(type) || !type.getFields()[field]) throw new Error(`no ${root} in the schema`);
    visit(getNamedType(type.getFields()[field].type));
  }
  const leaking = [...seen].filter((name) => {
    const type = schema.getType(name);
    return isObjectType(type) && Object.keys(type.getFields()).some((f) => PRIVATE_FIELD.test(f));
  });
  return { types: [...seen].sort(), leaking };
}

describe('sponsorship privacy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('has clean dates, areas and MAT status only on the member’s own types, reached only by their own fields', () => {
    const schema = app.running.app.get(GraphQLSchemaHost).schema;
    const shared = reachable(schema, SHARED_FIELDS);
    expect(shared.leaking).toEqual([]);
    expect(shared.types).toEqual(
      expect.arrayContaining(['SponsorCandidate', 'Sponsorship', 'SponsorshipMessage']),
    );
    expect(shared.types.filter((t) => t.startsWith('My'))).toEqual([]);
    const own = reachable(
      schema,
      OWN_FIELDS.map((f) => `${f.startsWith('save') ? 'Mutation' : 'Query'}.${f}`),
    );
    expect(own.leaking.sort()).toEqual(['MySeekerPreferences', 'MySponsorProfile', 'MyStoredArea']);
    // every sponsorship root field is accounted for in one list or the other
    const rootFields = ['Query', 'Mutation'].flatMap((root) => {
      const type = schema.getType(root);
      return isObjectType(type) ? Object.keys(type.getFields()).map((f) => `${root}.${f}`) : [];
    });
    const mine = rootFields.filter((f) => /sponsor|Sponsor|SeekerPreferences/.test(f));
    expect(mine.sort()).toEqual(
      [
        ...SHARED_FIELDS,
        ...OWN_FIELDS.map((f) => `${f.startsWith('save') ? 'Mutation' : 'Query'}.${f}`),
      ].sort(),
    );
    // what others see of a sponsor has no date and no place, only a length and a bucket
    const candidate = schema.getType('SponsorCandidate');
    expect(isObjectType(candidate) && Object.keys(candidate.getFields()).sort()).toEqual(
      [
        'availability',
        'bio',
        'cleanTime',
        'displayName',
        'distance',
        'gender',
        'handle',
        'kind',
        'languages',
        'matComfortable',
        'openSpots',
        'programs',
        'reasons',
        'requestPending',
        'score',
        'sponsorId',
        'timeZone',
      ].sort(),
    );
  });

  it('stores only the grid cell of an area, and answers another member with nothing more exact', async () => {
    const exact = { latitude: 40.712776, longitude: -74.005974 };
    const cleanDate = '2017-03-19';
    const maria = await sponsor(app, { area: exact, cleanDate }, 'Maria G.');
    const mine = await ok<{ saveSponsorProfile: { area: { latitude: number; longitude: number } } }>(
      app,
      SAVE_PROFILE,
      { input: sponsorInput({ area: exact, cleanDate }) },
      maria,
    );
    const cell = mine.saveSponsorProfile.area;
    expect(cell).not.toEqual(exact);
    const [row] = await sql<{ area_lat: number; area_lng: number }>(
      app,
      'SELECT area_lat, area_lng FROM sponsor_profiles WHERE user_id = $1',
      [maria.id],
    );
    expect({ latitude: row.area_lat, longitude: row.area_lng }).toEqual(cell);

    const sam = await seeker(app, { remoteOnly: false, area: { latitude: 40.75, longitude: -73.99 } });
    const socket = await openSocket(app, maria);
    const req = await ok<{ requestSponsorship: { id: string } }>(
      app,
      REQUEST,
      { input: { sponsorId: maria.id, message: 'hello' } },
      sam,
    );
    const everything = [
      await app.gql(MATCHES, { first: 25 }, { token: sam.token }),
      await app.gql(`{ mySponsorships { ${SPONSORSHIP_FIELDS} } }`, {}, { token: sam.token }),
      await app.gql(`{ mySponsorships { ${SPONSORSHIP_FIELDS} } }`, {}, { token: maria.token }),
      await app.gql(
        '{ sponsorshipNotifications { notifications { text actor { id displayName bio } } } }',
        {},
        {
          token: maria.token,
        },
      ),
      await app.gql(ACCEPT, { id: req.requestSponsorship.id }, { token: maria.token }),
    ];
    const text = JSON.stringify(everything.map((r) => r.data));
    for (const secret of [
      maria.email,
      sam.email,
      cleanDate,
      '2017-03',
      String(cell.latitude),
      String(cell.longitude),
      '40.71',
      '-74.00',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(everything.every((r) => !r.errors)).toBe(true);
    socket.close();
  });

  it('gives the same answer anywhere inside a cell, so moving around cannot trilaterate a sponsor', async () => {
    const target = await sponsor(app, { area: { latitude: 51.5072, longitude: -0.1276 }, programs: ['CA'] });
    const prober = await seeker(app, {
      program: 'CA',
      remoteOnly: false,
      area: { latitude: 51.52, longitude: -0.1 },
    });
    const answers = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const area = { latitude: 51.5 + i * 0.003, longitude: -0.13 + i * 0.002 };
      await ok(
        app,
        'mutation ($input: SeekerPreferencesInput!) { saveSeekerPreferences(input: $input) { program } }',
        {
          input: {
            program: 'CA',
            languages: ['en'],
            gender: 'WOMAN',
            preferredGenders: [],
            onMat: false,
            remoteOnly: false,
            timeZone: 'UTC',
            availability: [],
            area,
            meetingIds: [],
          },
        },
        prober,
      );
      const [stored] = await sql<{ area_lat: number; area_lng: number }>(
        app,
        'SELECT area_lat, area_lng FROM seeker_preferences WHERE user_id = $1',
        [prober.id],
      );
      const found = (await matches(app, prober)).candidates.find((c) => c.sponsorId === target.id)!;
      answers.add(`${stored.area_lat},${stored.area_lng} → ${found.distance} ${found.score}`);
      expect(['WITHIN_5_KM', 'WITHIN_25_KM', 'WITHIN_100_KM', 'MORE_THAN_100_KM']).toContain(found.distance);
    }
    // one answer per cell the prober stood in, never more: the answer depends on the two cells only
    const cells = new Set([...answers].map((a) => a.split(' → ')[0]));
    expect(answers.size).toBe(cells.size);
  });

  it('shows clean time only as a length counted from the month, so neither the date nor its day leaks', async () => {
    const early = await sponsor(app, { cleanDate: '2020-06-01', programs: ['HA'] });
    const late = await sponsor(app, { cleanDate: '2020-06-29', programs: ['HA'] });
    const me = await seeker(app, { program: 'HA' });
    const { candidates } = await matches(app, me);
    const a = candidates.find((c) => c.sponsorId === early.id)!;
    const b = candidates.find((c) => c.sponsorId === late.id)!;
    expect(a.cleanTime).toEqual(b.cleanTime);
    expect(a.cleanTime.months).toBe(0);
    expect(a.cleanTime.label).toMatch(/^\d+ years clean$/);
  });
});

describe('sponsorship data export and deletion', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('exports the member’s own sponsorship data, and deletion leaves nothing behind', async () => {
    const maria = await sponsor(app, { cleanDate: '2015-02-03' }, 'Maria G.');
    const sam = await seeker(app, { onMat: true });
    const req = await ok<{ requestSponsorship: { id: string } }>(
      app,
      REQUEST,
      { input: { sponsorId: maria.id, message: 'Please' } },
      sam,
    );
    const id = req.requestSponsorship.id;
    await ok(app, ACCEPT, { id }, maria);
    await ok(
      app,
      'mutation ($i: SendSponsorshipMessageInput!) { sendSponsorshipMessage(input: $i) { duplicate } }',
      { i: { sponsorshipId: id, clientId: '6c1b8f2e-2d4c-4b5a-9c3e-1f2a3b4c5d6e', text: 'Call me tonight' } },
      maria,
    );
    await ok(
      app,
      'mutation ($i: SendSponsorshipMessageInput!) { sendSponsorshipMessage(input: $i) { duplicate } }',
      { i: { sponsorshipId: id, clientId: '7c1b8f2e-2d4c-4b5a-9c3e-1f2a3b4c5d6e', text: 'I will, thanks' } },
      sam,
    );
    const exported = JSON.parse(
      (await ok<{ exportMyData: string }>(app, '{ exportMyData }', {}, maria)).exportMyData,
    ).sponsorship;
    expect(exported.sponsorProfile).toMatchObject({ cleanDate: '2015-02-03', programs: ['NA'] });
    expect(exported.seekerPreferences).toBeNull();
    expect(exported.relationships).toMatchObject([
      { id, myRole: 'sponsor', otherMember: sam.displayName, status: 'active', requestMessage: 'Please' },
    ]);
    expect(exported.messagesWritten.map((m: { text: string }) => m.text)).toEqual(['Call me tonight']);
    const samExport = JSON.parse(
      (await ok<{ exportMyData: string }>(app, '{ exportMyData }', {}, sam)).exportMyData,
    ).sponsorship;
    expect(samExport.seekerPreferences).toMatchObject({ onMat: true });
    expect(JSON.stringify(samExport)).not.toContain('2015-02-03');

    await app.gql(
      'mutation ($p: String!) { deleteAccount(input: { password: $p }) }',
      { p: maria.password },
      { token: maria.token },
    );
    const [left] = await sql<Record<string, number>>(
      app,
      `SELECT (SELECT count(*) FROM sponsor_profiles WHERE user_id = $1)::int AS profiles,
              (SELECT count(*) FROM sponsorships WHERE sponsor_id = $1 OR sponsee_id = $1)::int AS relationships,
              (SELECT count(*) FROM sponsorship_messages WHERE sender_id = $1 OR sponsorship_id = $2)::int AS messages,
              (SELECT count(*) FROM sponsorship_notifications WHERE user_id = $1 OR actor_id = $1)::int AS notifications,
              (SELECT count(*) FROM sponsorship_blocks WHERE blocker_id = $1 OR blocked_id = $1)::int AS blocks`,
      [maria.id, id],
    );
    expect(left).toEqual({ profiles: 0, relationships: 0, messages: 0, notifications: 0, blocks: 0 });
    const notes = await ok<{ sponsorshipNotifications: { notifications: { kind: string; text: string }[] } }>(
      app,
      '{ sponsorshipNotifications { notifications { kind text } } }',
      {},
      sam,
    );
    expect(notes.sponsorshipNotifications.notifications[0]).toEqual({
      kind: 'MEMBER_LEFT',
      text: 'A member you were connected with has left Kinship, so that sponsorship has ended.',
    });
    expect(JSON.stringify(notes)).not.toContain('Maria');
  });
});
