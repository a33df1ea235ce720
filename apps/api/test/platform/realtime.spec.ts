import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { Client } from 'pg';
import { PasswordHasher } from '@kinship/api/identity';
import { registerMember, REGISTER } from '../support/accounts';
import { connectSocket, connected, once } from '../support/sockets';

describe('socket.io: handshake auth and the connection lifecycle', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a connection without a token, or with a bad one, with a clear reason', async () => {
    const none = connectSocket(app.url);
    const e1 = await once<Error>(none, 'connect_error');
    expect(e1.message).toBe('UNAUTHENTICATED: sign in to connect');
    none.close();
    const bad = connectSocket(app.url, 'not.a.token');
    const e2 = await once<Error>(bad, 'connect_error');
    expect(e2.message).toMatch(/^UNAUTHENTICATED/);
    bad.close();
  });

  it('accepts the GraphQL access token and acknowledges events', async () => {
    const member = await registerMember(app);
    const socket = await connected(connectSocket(app.url, member.token));
    const ack = await socket.timeout(3000).emitWithAck('ping', {});
    expect(ack).toMatchObject({ ok: true, data: { at: expect.any(String) } });
    socket.close();
  });

  it('answers an unknown event with an error ack and keeps serving', async () => {
    const member = await registerMember(app);
    const socket = await connected(connectSocket(app.url, member.token));
    const ack = await socket.timeout(3000).emitWithAck('drop-tables', { x: 1 });
    expect(ack).toEqual({
      ok: false,
      error: { code: 'BAD_USER_INPUT', message: 'Unknown event "drop-tables".' },
    });
    expect((await socket.timeout(3000).emitWithAck('ping', {})).ok).toBe(true);
    socket.close();
  });

  it('ends the sockets of a session when the member signs out, and only those', async () => {
    const member = await registerMember(app);
    const other = await registerMember(app);
    const mine = await connected(connectSocket(app.url, member.token));
    const theirs = await connected(connectSocket(app.url, other.token));
    const ended = once<{ reason: string }>(mine, 'session:ended');
    const disconnected = once<string>(mine, 'disconnect');
    await app.gql('mutation { signOut }', {}, { token: member.token });
    expect(await ended).toEqual({ reason: 'You signed out.' });
    expect(await disconnected).toBe('io server disconnect');
    expect(theirs.connected).toBe(true);
    theirs.close();
  });

  it('ends every socket of a member whose account is deleted', async () => {
    const member = await registerMember(app);
    const socket = await connected(connectSocket(app.url, member.token));
    const ended = once<{ reason: string }>(socket, 'session:ended');
    await app.gql(
      'mutation ($p: String!) { deleteAccount(input: { password: $p }) }',
      { p: member.password },
      {
        token: member.token,
      },
    );
    expect(await ended).toEqual({ reason: 'Your account was deleted.' });
  });
});

describe('health and graceful shutdown', () => {
  it('reports the database, then tells sockets to reconnect elsewhere when the node stops', async () => {
    const app = await startTestApp();
    const health = await request(app.url).get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'up', redis: 'not configured' });
    expect(health.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const member = await registerMember(app);
    const socket = await connected(connectSocket(app.url, member.token));
    const hint = once<{ reconnectInMs: number }>(socket, 'server:shutdown');
    const closing = app.close();
    expect(await hint).toEqual({ reconnectInMs: 1000 });
    await closing;
    socket.close();
  });

  it('finishes a request that is in flight when shutdown begins, and stores its work', async () => {
    const app = await startTestApp();
    const hasher = app.running.app.get(PasswordHasher);
    const realHash = hasher.hash.bind(hasher);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inFlight = new Promise<void>((r) => (entered = r));
    jest.spyOn(hasher, 'hash').mockImplementation(async (password: string) => {
      entered();
      await gate;
      return realHash(password);
    });
    const databaseUrl = app.databaseUrl;
    const pending = app.gql(REGISTER, {
      input: { email: 'late@example.net', password: 'just in time!', displayName: 'Late L.' },
    });
    await inFlight;
    const closing = app.running.close();
    release();
    const res = await pending;
    expect(res.errors).toBeUndefined();
    await closing;
    const check = new Client({ connectionString: databaseUrl });
    await check.connect();
    const { rows } = await check.query('SELECT display_name FROM users WHERE email = $1', [
      'late@example.net',
    ]);
    await check.end();
    expect(rows).toEqual([{ display_name: 'Late L.' }]);
    await app.close();
  });

  it('keeps a well-formed incoming request id and replaces a malformed one', async () => {
    const app = await startTestApp();
    const kept = await request(app.url).get('/health').set('x-request-id', 'lb-1234abcd');
    expect(kept.headers['x-request-id']).toBe('lb-1234abcd');
    const replaced = await request(app.url).get('/health').set('x-request-id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).not.toBe('bad id with spaces');
    await app.close();
  });
});
