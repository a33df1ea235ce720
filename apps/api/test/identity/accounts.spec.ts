import { DataSource } from 'typeorm';
import { refreshCookieOf, startTestApp, type TestApp } from '../support/test-app';
import { registerMember, REGISTER, SIGN_IN } from '../support/accounts';

describe('accounts (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('registers a member (no session in the answer), stores an argon2id hash, and lets them sign in', async () => {
    const input = { email: 'New.Comer@Example.net', password: 'one day at a time', displayName: 'Jo K.' };
    const res = await app.gql<{ register: boolean }>(REGISTER, { input }, { ip: '192.0.2.1' });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ register: true });
    expect(refreshCookieOf(res.headers)).toBeUndefined();

    const [{ password_hash, email_verified_at }] = await app.running.app
      .get(DataSource)
      .query('SELECT password_hash, email_verified_at FROM users WHERE email = $1', [
        'new.comer@example.net',
      ]);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(email_verified_at).toBeNull();

    const signIn = await app.gql<{
      signIn: { accessToken: string; account: { email: string; role: string; displayName: string } };
    }>(SIGN_IN, { input: { email: 'new.comer@example.net', password: 'one day at a time' } });
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data?.signIn.account).toEqual(
      expect.objectContaining({ email: 'New.Comer@Example.net', role: 'MEMBER', displayName: 'Jo K.' }),
    );
    expect(signIn.data?.signIn.accessToken.split('.')).toHaveLength(3);
    expect(refreshCookieOf(signIn.headers)).toMatch(/^kinship_refresh=/);
    expect(String(signIn.headers['set-cookie'])).toMatch(/HttpOnly/);
  });

  it('answers a second registration with the same email (any case) exactly like a new one, changing nothing', async () => {
    const first = await registerMember(app);
    const fresh = await app.gql(REGISTER, {
      input: {
        email: `fresh-${Date.now()}@example.net`,
        password: 'another password',
        displayName: 'Other P.',
      },
    });
    const res = await app.gql(REGISTER, {
      input: { email: first.email.toUpperCase(), password: 'another password', displayName: 'Other P.' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(fresh.data);
    expect(res.status).toBe(fresh.status);
    const again = await app.gql(SIGN_IN, { input: { email: first.email, password: first.password } });
    expect(again.errors).toBeUndefined();
    const taken = await app.gql(SIGN_IN, { input: { email: first.email, password: 'another password' } });
    expect(taken.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('explains invalid registration input field by field and creates nothing', async () => {
    const before = await app.running.app.get(DataSource).query('SELECT count(*)::int AS n FROM users');
    const res = await app.gql(REGISTER, {
      input: { email: 'not-an-email', password: 'short', displayName: 'x@y.com' },
    });
    expect(res.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0].extensions?.['fields'] as { field: string }[]).map((f) => f.field);
    expect(new Set(fields)).toEqual(new Set(['email', 'password', 'displayName']));
    const after = await app.running.app.get(DataSource).query('SELECT count(*)::int AS n FROM users');
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const member = await registerMember(app);
    const wrong = await app.gql(SIGN_IN, { input: { email: member.email, password: 'wrong password!' } });
    const unknown = await app.gql(SIGN_IN, {
      input: { email: 'nobody@example.net', password: 'wrong password!' },
    });
    expect(wrong.errors?.[0]).toEqual(unknown.errors?.[0]);
    expect(wrong.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('lets a member read and edit their own profile, with validation', async () => {
    const member = await registerMember(app);
    const update = await app.gql<{ updateProfile: { displayName: string; bio: string; timeZone: string } }>(
      `mutation { updateProfile(input: { displayName: "Robin S.", bio: "Grateful today.", timeZone: "America/Chicago" })
        { displayName bio timeZone } }`,
      {},
      { token: member.token },
    );
    expect(update.data?.updateProfile).toEqual({
      displayName: 'Robin S.',
      bio: 'Grateful today.',
      timeZone: 'America/Chicago',
    });
    const bad = await app.gql(
      `mutation { updateProfile(input: { timeZone: "Mars/Olympus" }) { timeZone } }`,
      {},
      { token: member.token },
    );
    expect(bad.errors?.[0].message).toBe('timeZone must be an IANA time zone such as America/New_York');
    const me = await app.gql<{ me: { timeZone: string } }>(
      '{ me { timeZone } }',
      {},
      { token: member.token },
    );
    expect(me.data?.me.timeZone).toBe('America/Chicago');
  });

  it('requires a signed-in member for `me`', async () => {
    const res = await app.gql('{ me { id } }');
    expect(res.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    const forged = await app.gql('{ me { id } }', {}, { token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
    expect(forged.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
