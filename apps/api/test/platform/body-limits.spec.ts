import request from 'supertest';
import { registerMember, setRole, SIGN_IN } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

/** Bodies over a limit are the client's doing: 413 with the limit in the message, never a 500. */
describe('request body limits', () => {
  let app: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    app = await startTestApp();
    const admin = await registerMember(app);
    await setRole(app, admin.id, 'admin');
    const res = await app.gql<{ signIn: { accessToken: string } }>(SIGN_IN, {
      input: { email: admin.email, password: admin.password },
    });
    adminToken = res.data?.signIn.accessToken as string;
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers a JSON body over 100 KiB on /graphql with 413, the limit, and a GraphQL-shaped error', async () => {
    const res = await request(app.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ me { id } }', variables: { pad: 'x'.repeat(150 * 1024) } });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.body.message).toContain('100 KiB');
    expect(res.body.limitBytes).toBe(100 * 1024);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a 1 MB query with 413', async () => {
    const query = `{ me { id } } # ${'y'.repeat(1024 * 1024)}`;
    const res = await request(app.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query });
    expect(res.status).toBe(413);
    expect(res.body.message).toContain('100 KiB');
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await request(app.url)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('BAD_USER_INPUT');
  });

  it('answers an 11 MB file on the 10 MB import endpoint with 413 and the limit', async () => {
    const res = await request(app.url)
      .post('/admin/meetings/import?source=test&dryRun=true')
      .set('authorization', `Bearer ${adminToken}`)
      .set('content-type', 'text/csv')
      .send('a'.repeat(11 * 1024 * 1024));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitBytes: 10 * 1024 * 1024 });
    expect(res.body.message).toContain('10 MiB');
  });

  it('answers an oversized JSON body with 413 on every REST route too', async () => {
    for (const path of ['/health', '/feeds/meeting-guide.json', '/admin/meetings/import', '/no-such-route']) {
      const res = await request(app.url)
        .post(path)
        .set('content-type', 'application/json')
        .send({ pad: 'z'.repeat(200 * 1024) });
      expect({ path, status: res.status, code: res.body.code }).toEqual({
        path,
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      });
    }
  });
});
