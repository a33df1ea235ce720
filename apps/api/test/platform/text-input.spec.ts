import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { connected, connectSocket } from '../support/sockets';
import { registerMember, SIGN_IN } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

const UPDATE_PROFILE = `mutation U($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName bio locale } }`;
const CHECK_IN = `mutation C($input: CheckInInput!) { checkIn(input: $input) { note } }`;

/** One text normalization for every free-text input, at the edge (the global TextPipe). */
describe('free text at the GraphQL edge', () => {
  let app: TestApp;
  let member: Awaited<ReturnType<typeof registerMember>>;
  beforeAll(async () => {
    app = await startTestApp();
    member = await registerMember(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const stored = async (column: 'bio' | 'display_name') => {
    const rows = await app.running.app
      .get(DataSource)
      .query(`SELECT ${column} AS v FROM users WHERE id = $1`, [member.id]);
    return rows[0].v as string;
  };

  it('stores text without control, bidi or zero-width characters, NFC, emoji sequences intact', async () => {
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}';
    const res = await app.gql(
      UPDATE_PROFILE,
      { input: { bio: `Cafe\u0301 \u202Eevil\u202C \u2066x\u2069\u200B\uFEFF\u0085 ${family}` } },
      { token: member.token },
    );
    expect(res.errors).toBeUndefined();
    expect(await stored('bio')).toBe(`Café evil x ${family}`);
  });

  it.each([
    ['a NUL character', 'a\u0000b', 'must not contain NUL characters'],
    ['a lone surrogate', 'x\uD800y', 'lone surrogate'],
    ['only zero-width spaces', '\u200B\u200B', 'only invisible characters'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and changes nothing', async (_label, bio, words) => {
    const before = await stored('bio');
    const res = await app.gql(UPDATE_PROFILE, { input: { bio } }, { token: member.token });
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bio' });
    expect(res.errors?.[0]?.message).toContain('input.bio');
    expect(res.errors?.[0]?.message).toContain(words);
    expect(await stored('bio')).toBe(before);
  });

  it.each(['displayName', 'bio', 'locale'])(
    'refuses updateProfile(%s: null) as a field error',
    async (field) => {
      const res = await app.gql(UPDATE_PROFILE, { input: { [field]: null } }, { token: member.token });
      expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.['fields']).toContainEqual({
        field,
        message: `${field} cannot be null: leave it out to keep the current value`,
      });
    },
  );

  it('refuses NUL in a check-in note and in a sign-in email with BAD_USER_INPUT, not a 500', async () => {
    const note = await app.gql(
      CHECK_IN,
      { input: { mood: 3, craving: 1, note: 'ok\u0000' } },
      { token: member.token },
    );
    expect(note.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    const signIn = await app.gql(SIGN_IN, {
      input: { email: 'a\u0000@example.org', password: 'whatever it is' },
    });
    expect(signIn.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('refuses NUL written inline in the query text too', async () => {
    const res = await app.gql(
      `mutation { updateProfile(input: { bio: "a\\u0000b" }) { bio } }`,
      {},
      { token: member.token },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.bio' });
  });

  it('answers bad socket text through the ack (the parsers normalize; no pipe intercepts payloads)', async () => {
    const rooms = await app.gql<{ chatRooms: { rooms: { id: string }[] } }>(
      '{ chatRooms { rooms { id } } }',
      {},
      { token: member.token },
    );
    const roomId = rooms.data?.chatRooms.rooms[0]?.id as string;
    const socket = await connected(connectSocket(app.url, member.token));
    try {
      await socket.timeout(5000).emitWithAck('chat:subscribe', { roomId });
      for (const text of ['a\u0000b', 'x\uD800y', '\u200B\u200B']) {
        const ack = await socket
          .timeout(5000)
          .emitWithAck('chat:send', { roomId, clientId: randomUUID(), text });
        expect(ack).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
      }
      const dm = await socket
        .timeout(5000)
        .emitWithAck('dm:send', { sponsorshipId: randomUUID(), clientId: randomUUID(), text: 'a\u0000b' });
      expect(dm).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
    } finally {
      socket.disconnect();
    }
  });
});
