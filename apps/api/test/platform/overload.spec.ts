import { DataSource, type QueryRunner } from 'typeorm';
import type { Socket } from 'socket.io-client';
import { registerMember } from '../support/accounts';
import { connected, connectSocket, once } from '../support/sockets';
import { startTestApp, type TestApp } from '../support/test-app';

const POOL = 2;

/**
 * With a small pool whose connections are all held by someone else, requests cannot get a connection in time: that is
 * "busy, retry", never INTERNAL_SERVER_ERROR, over GraphQL and over socket acks alike.
 */
describe('an exhausted database pool', () => {
  let app: TestApp;
  let member: Awaited<ReturnType<typeof registerMember>>;
  let roomId: string;
  let socket: Socket;
  let holders: QueryRunner[] = [];
  beforeAll(async () => {
    // a wait long enough for the start-up work on a busy machine, short enough for the test
    app = await startTestApp({ DATABASE_POOL_MAX: String(POOL), DATABASE_POOL_TIMEOUT_MS: '1500' });
    member = await registerMember(app);
    const rooms = await app.gql<{ chatRooms: { rooms: { id: string }[] } }>(
      '{ chatRooms { rooms { id } } }',
      {},
      { token: member.token },
    );
    roomId = rooms.data?.chatRooms.rooms[0]?.id as string;
    socket = await connected(connectSocket(app.url, member.token));
  });
  afterAll(async () => {
    socket?.disconnect();
    await releaseThePool();
    await app?.close();
  });

  const holdThePool = async () => {
    for (let i = 0; i < POOL; i++) {
      const runner = app.running.app.get(DataSource).createQueryRunner();
      await runner.connect();
      holders.push(runner);
    }
  };
  async function releaseThePool() {
    for (const runner of holders) await runner.release();
    holders = [];
  }

  it('answers GraphQL with UNAVAILABLE and retryAfterSeconds, then works again', async () => {
    await holdThePool();
    const busy = await app.gql('{ me { id } }', {}, { token: member.token });
    await releaseThePool();
    expect(busy.status).toBeLessThan(500);
    expect(busy.errors?.[0]?.extensions).toEqual({ code: 'UNAVAILABLE', retryAfterSeconds: 2 });
    const again = await app.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: member.token });
    expect(again.data?.me.id).toBe(member.id);
  });

  it('answers a socket event with a retryable error ack', async () => {
    await holdThePool();
    const ack = await socket.timeout(5000).emitWithAck('chat:subscribe', { roomId });
    await releaseThePool();
    expect(ack).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: expect.any(String), retryAfterSeconds: 2 },
    });
  });

  it('refuses a new socket with a retryable connect error', async () => {
    await holdThePool();
    const late = connectSocket(app.url, member.token);
    const error = await once<Error & { data?: unknown }>(late, 'connect_error');
    late.disconnect();
    await releaseThePool();
    expect(error?.message).toMatch(/^UNAVAILABLE/);
    expect(error?.data).toEqual({ code: 'UNAVAILABLE', retryAfterSeconds: 2 });
  });
});
