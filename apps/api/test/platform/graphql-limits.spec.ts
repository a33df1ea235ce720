import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { GRAPHQL_MAX_COMPLEXITY, GRAPHQL_MAX_INTROSPECTION_DEPTH } from '@kinship/api/core';

/** `__type { fields { type { ofType { ofType … } } } }`: a real field chain of the given depth. */
function introspectionOfDepth(depth: number): string {
  const ofTypes = depth - 3;
  return `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(ofTypes - 1)}name${' }'.repeat(ofTypes - 1)} } } } }`;
}

describe('GraphQL hardening', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = (await registerMember(app)).token;
  });
  afterAll(async () => {
    await app.close();
  });

  it(`refuses an (introspection) query nested deeper than ${GRAPHQL_MAX_INTROSPECTION_DEPTH} levels`, async () => {
    const atLimit = await app.gql(introspectionOfDepth(GRAPHQL_MAX_INTROSPECTION_DEPTH), {}, { token });
    expect(atLimit.errors).toBeUndefined();
    const res = await app.gql(introspectionOfDepth(GRAPHQL_MAX_INTROSPECTION_DEPTH + 1), {}, { token });
    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].message).toBe(
      `This query is nested ${GRAPHQL_MAX_INTROSPECTION_DEPTH + 1} levels deep; the limit is ${GRAPHQL_MAX_INTROSPECTION_DEPTH}. Ask for less at once.`,
    );
  });

  it(`refuses a query costing more than ${GRAPHQL_MAX_COMPLEXITY} points before resolving anything`, async () => {
    const cheap = Array.from({ length: 100 }, (_, i) => `m${i}: me { id }`).join(' ');
    expect((await app.gql(`{ ${cheap} }`, {}, { token })).errors).toBeUndefined();
    const costly = Array.from({ length: 600 }, (_, i) => `m${i}: me { id displayName }`).join(' ');
    const res = await app.gql(`{ ${costly} }`, {}, { token });
    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].message).toBe(
      `This query would cost 1800 points; the limit is ${GRAPHQL_MAX_COMPLEXITY}. Ask for fewer items or fields.`,
    );
    expect(res.errors?.[0].extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a batched request (an array of operations) with a clear error', async () => {
    const res = await request(app.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body ?? res.text)).toMatch(/batching disabled/i);
  });

  it('refuses a simple (CSRF-able) GET without a preflight header', async () => {
    const res = await request(app.url).get('/graphql').query({ query: '{ __typename }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/);
  });

  it('answers a variable that does not fit its input type with BAD_USER_INPUT naming the field', async () => {
    const res = await app.gql(
      'mutation ($i: UpdateProfileInput!) { updateProfile(input: $i) { bio } }',
      { i: { bio: 'x', secret: 1 } },
      { token },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(res.errors?.[0].message).toMatch(
      /^Variable "\$i" got invalid value .*; Field "secret" is not defined by type "UpdateProfileInput"\.$/,
    );
  });

  it('sends a stack trace in no error', async () => {
    const res = await app.gql('{ nope }', {}, { token });
    expect(res.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts:/);
  });
});

describe('GraphQL in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('turns introspection off', async () => {
    const res = await app.gql('{ __schema { types { name } } }');
    expect(res.errors?.[0].message).toMatch(/introspection/i);
    expect(res.data).toBeNull();
  });

  it('gives no "did you mean" hints that would reveal the schema', async () => {
    const res = await app.gql('{ mee { id } }');
    expect(res.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
