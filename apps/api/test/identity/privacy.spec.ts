import { buildSchema, isObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember, setRole, SIGN_IN } from '../support/accounts';

describe('roles', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const SET_ROLE = 'mutation ($id: ID!, $role: Role!) { setMemberRole(memberId: $id, role: $role) { id } }';

  it('lets an admin make a member a moderator, and forbids members and moderators to', async () => {
    const [admin, moderator, member, target] = await Promise.all([
      registerMember(app),
      registerMember(app),
      registerMember(app),
      registerMember(app),
    ]);
    await setRole(app, admin.id, 'admin');
    await setRole(app, moderator.id, 'moderator');

    for (const who of [member, moderator]) {
      const res = await app.gql(SET_ROLE, { id: target.id, role: 'MODERATOR' }, { token: who.token });
      expect(res.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toBe('Only an admin can do that.');
    }
    const ok = await app.gql(SET_ROLE, { id: target.id, role: 'MODERATOR' }, { token: admin.token });
    expect(ok.errors).toBeUndefined();
    const me = await app.gql<{ me: { role: string } }>('{ me { role } }', {}, { token: target.token });
    expect(me.data?.me.role).toBe('MODERATOR');
  });

  it('refuses anonymous callers and unknown members clearly', async () => {
    const admin = await registerMember(app);
    await setRole(app, admin.id, 'admin');
    const anon = await app.gql(SET_ROLE, { id: admin.id, role: 'ADMIN' });
    expect(anon.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    const missing = await app.gql(
      SET_ROLE,
      { id: '00000000-0000-4000-8000-000000000000', role: 'MODERATOR' },
      { token: admin.token },
    );
    expect(missing.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    const bad = await app.gql(SET_ROLE, { id: 'not-a-uuid', role: 'MODERATOR' }, { token: admin.token });
    expect(bad.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('privacy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('has an email field on no type but the signed-in member’s own Account', () => {
    const schema = buildSchema(
      readFileSync(join(__dirname, '../../../../libs/shared/graphql/schema.graphql'), 'utf8'),
    );
    const withEmail = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith('__') && t.name !== 'Mutation')
      .filter((t) => isObjectType(t) && Object.keys(t.getFields()).some((f) => /email/i.test(f)))
      .map((t) => t.name);
    expect(withEmail).toEqual(['Account']);
    // mutations about an address (verifyEmail, requestEmailChange) answer only true or false: none returns one
    const mutation = schema.getMutationType();
    const aboutEmail = Object.values(mutation?.getFields() ?? {}).filter((f) => /email/i.test(f.name));
    expect(aboutEmail.length).toBeGreaterThan(0);
    expect(aboutEmail.map((f) => `${f.name}: ${String(f.type)}`)).toEqual(
      aboutEmail.map((f) => `${f.name}: Boolean!`),
    );
    // and Account is reachable only through operations that return the caller's own account
    const returnsAccount = ['Query', 'Mutation'].flatMap((root) => {
      const type = schema.getType(root);
      if (!isObjectType(type)) return [];
      return Object.values(type.getFields())
        .filter((f) => /\bAccount\b|AuthPayload/.test(String(f.type)))
        .map((f) => `${root}.${f.name}`);
    });
    expect(returnsAccount.sort()).toEqual(
      ['Mutation.refreshSession', 'Mutation.signIn', 'Mutation.updateProfile', 'Query.me'].sort(),
    );
  });

  it('shows another member only their display name and bio', async () => {
    const ana = await registerMember(app, { displayName: 'Ana R.' });
    const ben = await registerMember(app);
    const res = await app.gql<{ member: Record<string, unknown> }>(
      `query ($id: ID!) { member(id: $id) { id displayName bio } }`,
      { id: ana.id },
      { token: ben.token },
    );
    expect(res.data?.member).toEqual({ id: ana.id, displayName: 'Ana R.', bio: '' });
    expect(JSON.stringify(res)).not.toContain(ana.email);
    const probe = await app.gql(
      `query ($id: ID!) { member(id: $id) { email } }`,
      { id: ana.id },
      { token: ben.token },
    );
    expect(probe.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('data export and account deletion', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('exports everything about the member as JSON, and nothing about anyone else', async () => {
    const ana = await registerMember(app, { displayName: 'Ana R.' });
    const other = await registerMember(app);
    await app.gql(
      'mutation { updateProfile(input: { bio: "Clean since spring." }) { id } }',
      {},
      { token: ana.token },
    );
    const res = await app.gql<{ exportMyData: string }>('{ exportMyData }', {}, { token: ana.token });
    const data = JSON.parse(res.data!.exportMyData);
    expect(data).toMatchObject({
      format: 'kinship-account-export',
      version: 1,
      account: {
        id: ana.id,
        email: ana.email,
        displayName: 'Ana R.',
        bio: 'Clean since spring.',
        role: 'member',
      },
    });
    expect(data.sessions).toHaveLength(1);
    expect(JSON.stringify(data)).not.toContain(other.email);
    expect(JSON.stringify(data)).not.toMatch(/password|hash/i);
  });

  it('deletes the account only with the right password, then leaves nothing that links to it', async () => {
    const ana = await registerMember(app);
    const wrong = await app.gql(
      'mutation { deleteAccount(input: { password: "not it at all" }) }',
      {},
      { token: ana.token },
    );
    expect(wrong.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'password', message: 'That password is not right, so your account was not deleted.' },
    ]);
    expect((await app.gql('{ me { id } }', {}, { token: ana.token })).errors).toBeUndefined();

    // a failed sign-in leaves a throttle row keyed by the email's hash; deletion removes it
    await app.gql(SIGN_IN, { input: { email: ana.email, password: 'wrong wrong' } });
    const res = await app.gql<{ deleteAccount: boolean }>(
      'mutation ($p: String!) { deleteAccount(input: { password: $p }) }',
      { p: ana.password },
      { token: ana.token },
    );
    expect(res.data?.deleteAccount).toBe(true);

    const db = app.running.app.get(DataSource);
    const traces = await db.query(
      `SELECT (SELECT count(*) FROM users WHERE id = $1 OR email = $2)::int AS users,
              (SELECT count(*) FROM sessions WHERE user_id = $1)::int AS sessions,
              (SELECT count(*) FROM sign_in_throttle WHERE key LIKE 'sign-in:account:%')::int AS throttle`,
      [ana.id, ana.email],
    );
    expect(traces[0]).toEqual({ users: 0, sessions: 0, throttle: 0 });
    expect((await app.gql('{ me { id } }', {}, { token: ana.token })).errors?.[0].extensions?.['code']).toBe(
      'UNAUTHENTICATED',
    );
    const signIn = await app.gql(SIGN_IN, { input: { email: ana.email, password: ana.password } });
    expect(signIn.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
