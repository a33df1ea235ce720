import type { ChatMessagePayload, ChatSendResult } from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { REGISTER, registerMember, setRole } from '../support/accounts';
import { once } from '../support/sockets';
import { ChatClient } from '../chat/support/chat-client';
import { db, freshRoom, join } from '../chat/support/chat';
import { ok, seeker, sponsor, SAVE_PREFERENCES, seekerInput } from '../sponsorship/sponsorship-helpers';

const HANDLE = /^[23456789BCDFGHJKMNPQRSTVWXZ]{4,8}$/;
const HISTORY = `query ($roomId: ID!) {
  chatMessages(roomId: $roomId, last: 50) { messages { text author { id displayName handle badge } } }
}`;
// The web client's history query as Apollo sends it (libs/web/chat chat.documents.ts: ChatHistory with
// ChatMessageFields, plus the __typename fields Apollo adds).
const WEB_HISTORY = `query ($roomId: ID!, $last: Int, $before: String) {
  chatMessages(roomId: $roomId, last: $last, before: $before) {
    messages { id roomId seq clientId text status statusReason createdAt modSeq mine
      author { id displayName handle badge __typename } __typename }
    hasOlder olderCursor __typename
  }
}`;
const UPDATE_NAME = `mutation ($name: String!) { updateProfile(input: { displayName: $name }) { displayName handle } }`;

type Sent = Extract<ChatSendResult, { status: 'sent' }>;

describe('trust in who is speaking', () => {
  let app: TestApp;
  const clients: ChatClient[] = [];
  const client = async (token: string) => {
    const c = await ChatClient.connect(app.url, token);
    clients.push(c);
    return c;
  };
  const handleOf = async (id: string) =>
    ((await db(app).query('SELECT handle FROM users WHERE id = $1', [id])) as { handle: string }[])[0].handle;
  const countUsers = async () =>
    ((await db(app).query('SELECT count(*)::int AS n FROM users')) as { n: number }[])[0].n;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterEach(() => {
    while (clients.length) clients.pop()?.close();
  });
  afterAll(async () => {
    await app.close();
  });

  it('gives two members named "Sam T." different handles, visible in the room live and in its history', async () => {
    const roomId = await freshRoom(app);
    const first = await registerMember(app, { displayName: 'Sam T.' });
    const second = await registerMember(app, { displayName: 'Sam T.' });
    for (const m of [first, second]) await join(app, m, roomId);
    const [h1, h2] = [await handleOf(first.id), await handleOf(second.id)];
    expect(h1).toMatch(HANDLE);
    expect(h2).toMatch(HANDLE);
    expect(h1).not.toBe(h2);

    const a = await client(first.token);
    const b = await client(second.token);
    await a.subscribe(roomId);
    await b.subscribe(roomId);
    const atB = once<ChatMessagePayload>(b.socket, 'chat:message');
    const ack = await a.send(roomId, 'hi, I am new here');
    expect(ack.ok).toBe(true);
    expect((ack as { data: Sent }).data.message.author).toEqual({
      id: first.id,
      displayName: 'Sam T.',
      handle: h1,
      badge: null,
    });
    expect((await atB).author).toEqual({ id: first.id, displayName: 'Sam T.', handle: h1, badge: null });
    await b.send(roomId, 'welcome!');

    const history = await app.gql<{
      chatMessages: { messages: { text: string; author: { id: string; handle: string; badge: null } }[] };
    }>(HISTORY, { roomId }, { token: first.token });
    expect(history.data?.chatMessages.messages.map((m) => [m.text, m.author])).toEqual([
      ['hi, I am new here', { id: first.id, displayName: 'Sam T.', handle: h1, badge: null }],
      ['welcome!', { id: second.id, displayName: 'Sam T.', handle: h2, badge: null }],
    ]);
    // The web client asks for a full page of 50 with every field; the handle and badge must not push it
    // over the query cost limit.
    const web = await app.gql<{ chatMessages: { messages: { author: { handle: string } }[] } }>(
      WEB_HISTORY,
      { roomId, last: 50 },
      { token: second.token },
    );
    expect(web.errors).toBeUndefined();
    expect(web.data?.chatMessages.messages.map((m) => m.author.handle)).toEqual([h1, h2]);
  });

  it('keeps the handle when a member renames, shows it to them, and gives one to rows inserted directly', async () => {
    const member = await registerMember(app, { displayName: 'Jordan P.' });
    const handle = await handleOf(member.id);
    const me = await app.gql<{ me: { handle: string } }>('{ me { handle } }', {}, { token: member.token });
    expect(me.data?.me.handle).toBe(handle);
    const renamed = await app.gql<{ updateProfile: { displayName: string; handle: string } }>(
      UPDATE_NAME,
      { name: 'Jordan Q.' },
      { token: member.token },
    );
    expect(renamed.data?.updateProfile).toEqual({ displayName: 'Jordan Q.', handle });
    const seen = await app.gql<{ member: { handle: string; badge: null } }>(
      'query ($id: ID!) { member(id: $id) { handle badge } }',
      { id: member.id },
      { token: (await registerMember(app)).token },
    );
    expect(seen.data?.member).toEqual({ handle, badge: null });
    // Seeds, imports and benchmarks insert users with SQL: the column default gives them a free handle too.
    const [row]: { handle: string }[] = await db(app).query(
      `INSERT INTO users (email, password_hash, display_name) VALUES ('direct@example.net', '!', 'Direct D.')
       RETURNING handle`,
    );
    expect(row.handle).toMatch(HANDLE);
    const [{ dupes }]: { dupes: number }[] = await db(app).query(
      'SELECT count(*)::int - count(DISTINCT handle)::int AS dupes FROM users',
    );
    expect(dupes).toBe(0);
  });

  it.each([
    'Moderator',
    'Admin',
    'Kinship Team',
    'Mod Sam',
    'Support',
    'Staff',
    'System',
    'M0derator',
    'Ad min',
    'S u p p o r t',
    '\u0410dmin', // Cyrillic А
    'Mod\u0435rator', // Cyrillic е
  ])('refuses to register %j: BAD_USER_INPUT on displayName, and nothing is stored', async (name) => {
    const before = await countUsers();
    const res = await app.gql(REGISTER, {
      input: {
        email: `imitator-${before}@example.net`,
        password: 'correct horse battery',
        displayName: name,
      },
    });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'displayName', message: expect.stringMatching(/^displayName /) }],
    });
    expect(await countUsers()).toBe(before);
  });

  it('refuses a staff-imitating rename and leaves the profile as it was', async () => {
    const member = await registerMember(app, { displayName: 'Riley N.' });
    for (const name of ['Moderator', 'Kinship Support', 'Adm1n']) {
      const res = await app.gql(UPDATE_NAME, { name }, { token: member.token });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'displayName' }],
      });
    }
    const [row]: { display_name: string }[] = await db(app).query(
      'SELECT display_name FROM users WHERE id = $1',
      [member.id],
    );
    expect(row.display_name).toBe('Riley N.');
  });

  it("refuses a current moderator's name, however it is spelled, while they are staff", async () => {
    const mod = await registerMember(app, { displayName: 'Quinn V.' });
    await setRole(app, mod.id, 'moderator');
    for (const displayName of ['Quinn V.', 'QUINN  V', 'Qu\u0456nn V.', 'Quinn-V']) {
      const before = await countUsers();
      const res = await app.gql(REGISTER, {
        input: { email: `copy-${before}@example.net`, password: 'correct horse battery', displayName },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'displayName' }],
      });
      expect(await countUsers()).toBe(before);
    }
    const member = await registerMember(app, { displayName: 'Quinn W.' });
    const rename = await app.gql(UPDATE_NAME, { name: 'Quinn V' }, { token: member.token });
    expect(rename.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    // The moderator may keep (or re-save) their own name.
    const own = await app.gql(UPDATE_NAME, { name: 'Quinn V.' }, { token: mod.token });
    expect(own.errors).toBeUndefined();
    await setRole(app, mod.id, 'member');
    expect(
      (await app.gql(UPDATE_NAME, { name: 'Quinn V.' }, { token: member.token })).errors,
    ).toBeUndefined();
  });

  it('shows a badge only for real moderators and admins, from their role, never from a name', async () => {
    const roomId = await freshRoom(app);
    const member = await registerMember(app, { displayName: 'Sam T.' });
    const mod = await registerMember(app, { displayName: 'Sam T.' });
    const admin = await registerMember(app, { displayName: 'Alex P.' });
    await setRole(app, mod.id, 'moderator');
    await setRole(app, admin.id, 'admin');
    for (const m of [member, mod, admin]) await join(app, m, roomId);
    const watcher = await registerMember(app);
    await join(app, watcher, roomId);
    for (const [who, text] of [
      [member, 'member here'],
      [mod, 'moderator here'],
      [admin, 'admin here'],
    ] as const) {
      const c = await client(who.token);
      await c.subscribe(roomId);
      expect((await c.send(roomId, text)).ok).toBe(true);
    }
    const history = await app.gql<{
      chatMessages: { messages: { text: string; author: { id: string; badge: string | null } }[] };
    }>(HISTORY, { roomId }, { token: watcher.token });
    expect(history.data?.chatMessages.messages.map((m) => [m.text, m.author.badge])).toEqual([
      ['member here', null],
      ['moderator here', 'MODERATOR'],
      ['admin here', 'ADMIN'],
    ]);
    // The socket's catch-up (the room's tail on a first subscription) carries the same badges.
    const sub = await (await client(watcher.token)).subscribe(roomId);
    expect(sub.ok && sub.data.messages.map((m) => [m.text, m.author?.badge])).toEqual([
      ['member here', null],
      ['moderator here', 'moderator'],
      ['admin here', 'admin'],
    ]);
  });

  it("marks the sponsor in the sponsee's view of their sponsorship, and gives candidates their handle", async () => {
    const s = await sponsor(app, {}, 'Maria G.');
    const me = await seeker(app);
    await ok(app, SAVE_PREFERENCES, { input: seekerInput() }, me);
    const found = await ok<{ sponsorMatches: { candidates: { sponsorId: string; handle: string }[] } }>(
      app,
      '{ sponsorMatches(first: 10) { candidates { sponsorId handle } } }',
      {},
      me,
    );
    expect(found.sponsorMatches.candidates.find((c) => c.sponsorId === s.id)?.handle).toBe(
      await handleOf(s.id),
    );
    const fields = 'id other { id handle badge }';
    const req = await ok<{ requestSponsorship: { id: string; other: { badge: string | null } } }>(
      app,
      `mutation ($input: RequestSponsorshipInput!) { requestSponsorship(input: $input) { ${fields} } }`,
      { input: { sponsorId: s.id } },
      me,
    );
    expect(req.requestSponsorship.other).toEqual({
      id: s.id,
      handle: await handleOf(s.id),
      badge: 'SPONSOR',
    });
    const accepted = await ok<{ acceptSponsorshipRequest: { other: { badge: string | null } } }>(
      app,
      `mutation ($id: ID!) { acceptSponsorshipRequest(id: $id) { ${fields} } }`,
      { id: req.requestSponsorship.id },
      s,
    );
    // The sponsor sees the sponsee without a sponsor badge.
    expect(accepted.acceptSponsorshipRequest.other).toEqual({
      id: me.id,
      handle: await handleOf(me.id),
      badge: null,
    });
  });
});
