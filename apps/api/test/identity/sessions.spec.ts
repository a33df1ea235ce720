import { DataSource } from 'typeorm';
import { refreshCookieOf, startTestApp, type TestApp } from '../support/test-app';
import { registerMember, SIGN_IN } from '../support/accounts';

const REFRESH = 'mutation { refreshSession { accessToken account { id } } }';

describe('sessions: refresh rotation, reuse detection, sign-out', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('rotates the refresh token: each refresh hands out a new cookie and a working access token', async () => {
    const member = await registerMember(app);
    const first = refreshCookieOf(member.headers)!;
    const r1 = await app.gql<{ refreshSession: { accessToken: string } }>(REFRESH, {}, { cookie: first });
    expect(r1.errors).toBeUndefined();
    const second = refreshCookieOf(r1.headers)!;
    expect(second).toBeDefined();
    expect(second).not.toEqual(first);
    const me = await app.gql<{ me: { id: string } }>(
      '{ me { id } }',
      {},
      { token: r1.data!.refreshSession.accessToken },
    );
    expect(me.data?.me.id).toBe(member.id);
  });

  it('revokes the whole family when a spent refresh token is used again', async () => {
    const member = await registerMember(app);
    const first = refreshCookieOf(member.headers)!;
    const r1 = await app.gql<{ refreshSession: { accessToken: string } }>(REFRESH, {}, { cookie: first });
    const second = refreshCookieOf(r1.headers)!;

    const replay = await app.gql(REFRESH, {}, { cookie: first });
    expect(replay.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(replay.errors?.[0].message).toMatch(/ended for your safety/);

    // The legitimate holder's newer token is dead too, and so is the access token of that session.
    const afterReuse = await app.gql(REFRESH, {}, { cookie: second });
    expect(afterReuse.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    const me = await app.gql('{ me { id } }', {}, { token: r1.data!.refreshSession.accessToken });
    expect(me.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    const me0 = await app.gql('{ me { id } }', {}, { token: member.token });
    expect(me0.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('keeps other sessions alive when one family is revoked', async () => {
    const member = await registerMember(app);
    const other = await app.gql<{ signIn: { accessToken: string } }>(SIGN_IN, {
      input: { email: member.email, password: member.password },
    });
    await app.gql('mutation { signOut }', {}, { token: member.token });
    const me = await app.gql<{ me: { id: string } }>(
      '{ me { id } }',
      {},
      { token: other.data!.signIn.accessToken },
    );
    expect(me.data?.me.id).toBe(member.id);
  });

  it('signs out: the access token and the refresh cookie stop working', async () => {
    const member = await registerMember(app);
    const cookie = refreshCookieOf(member.headers)!;
    const out = await app.gql<{ signOut: boolean }>('mutation { signOut }', {}, { token: member.token });
    expect(out.data?.signOut).toBe(true);
    expect(
      (await app.gql('{ me { id } }', {}, { token: member.token })).errors?.[0].extensions?.['code'],
    ).toBe('UNAUTHENTICATED');
    expect((await app.gql(REFRESH, {}, { cookie })).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired refresh token', async () => {
    const member = await registerMember(app);
    await app.running.app.get(DataSource).query(
      `UPDATE refresh_tokens SET expires_at = now() - interval '1 second'
          WHERE session_id IN (SELECT id FROM sessions WHERE user_id = $1)`,
      [member.id],
    );
    const res = await app.gql(REFRESH, {}, { cookie: refreshCookieOf(member.headers)! });
    expect(res.errors?.[0].message).toMatch(/expired/);
  });
});
