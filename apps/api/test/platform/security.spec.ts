import jwt from 'jsonwebtoken';
import request from 'supertest';
import type { Socket } from 'socket.io-client';
import { registerMember, REGISTER, SIGN_IN } from '../support/accounts';
import { connected, connectSocket, once } from '../support/sockets';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

const ME = '{ me { id } }';

describe('security details', () => {
  let app: TestApp;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: '1', MAX_SOCKETS_PER_MEMBER: '3' });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await app.close();
  });

  it('refuses an access token signed without an expiry', async () => {
    const member = await registerMember(app);
    const { sub, sid } = jwt.decode(member.token) as { sub: string; sid: string };
    const options = { algorithm: 'HS256' as const, audience: 'kinship', issuer: 'kinship' };
    const withExpiry = jwt.sign({ sub, sid }, TEST_JWT_SECRET, { ...options, expiresIn: 60 });
    const forever = jwt.sign({ sub, sid }, TEST_JWT_SECRET, options);
    expect((await app.gql(ME, {}, { token: withExpiry })).errors).toBeUndefined();
    const refused = await app.gql(ME, {}, { token: forever });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const socket = connectSocket(app.url, forever);
    sockets.push(socket);
    expect((await once<Error>(socket, 'connect_error')).message).toMatch(/^UNAUTHENTICATED/);
  });

  it('behind a trusted TLS proxy sets Secure cookies and HSTS; over plain HTTP neither', async () => {
    const input = {
      email: `tls-${Date.now()}@example.net`,
      password: 'correct horse battery',
      displayName: 'Tia L.',
    };
    await app.gql(REGISTER, { input });
    const tls = await request(app.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-proto', 'https')
      .send({ query: SIGN_IN, variables: { input: { email: input.email, password: input.password } } });
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const cookie = ([] as string[])
      .concat(tls.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('kinship_refresh='));
    expect(cookie).toMatch(/; Secure/);

    const plain = await request(app.url).get('/health');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('caps sockets per member on a node, with a clear refusal, and frees a slot on disconnect', async () => {
    const member = await registerMember(app);
    const open: Socket[] = [];
    for (let i = 0; i < 3; i++) {
      const s = connectSocket(app.url, member.token);
      sockets.push(s);
      open.push(await connected(s));
    }
    const fourth = connectSocket(app.url, member.token);
    sockets.push(fourth);
    const refusal = await once<Error & { data?: Record<string, unknown> }>(fourth, 'connect_error');
    expect(refusal.message).toMatch(/^TOO_MANY_CONNECTIONS: this account already has 3 open connections/);
    expect(refusal.data).toMatchObject({ code: 'RATE_LIMITED', max: 3 });

    // another member is not affected
    const other = await registerMember(app);
    const theirs = connectSocket(app.url, other.token);
    sockets.push(theirs);
    await connected(theirs);

    // the server frees the slot when it sees the disconnect; until then a new socket is still refused
    open[0].disconnect();
    const outcome = (s: Socket) =>
      new Promise<boolean>((resolve) => {
        s.once('connect', () => resolve(true));
        s.once('connect_error', () => resolve(false));
      });
    let admitted = false;
    while (!admitted) {
      const again = connectSocket(app.url, member.token);
      sockets.push(again);
      admitted = await outcome(again);
    }
    expect(admitted).toBe(true);
  });
});

describe('TLS headers need a trusted proxy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: '0' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('ignores X-Forwarded-Proto from an untrusted client', async () => {
    const res = await request(app.url).get('/health').set('x-forwarded-proto', 'https');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});
