import { RealtimeGateway } from '@kinship/api/auth';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'socket.io-client';
import { createLogger, loadConfig } from '@kinship/api/core';
import type { DmMessagePayload, SocketAck } from '@kinship/shared/contracts';
import { createApp, type RunningApp } from '../../src/bootstrap';
import { registerMember } from '../support/accounts';
import { describeWithRedis, TEST_REDIS_URL } from '../support/redis';
import { once } from '../support/sockets';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { activeSponsorship, ok, openSocket } from './sponsorship-helpers';

const emit = <T>(socket: Socket, event: string, payload: unknown) =>
  socket.timeout(5000).emitWithAck(event, payload) as Promise<SocketAck<T>>;

/** Node A is a test app; node B a second API on the same database, sharing rooms through Redis. */
describeWithRedis('private messages across two nodes', () => {
  let a: TestApp;
  let b: RunningApp;
  let bUrl: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    const redis = new URL(TEST_REDIS_URL as string);
    redis.pathname = `/${1 + (randomBytes(1)[0] % 15)}`;
    a = await startTestApp({ REDIS_URL: redis.toString() });
    b = await createApp(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: a.databaseUrl,
        JWT_SECRET: TEST_JWT_SECRET,
        REDIS_URL: redis.toString(),
      }),
      createLogger('silent'),
    );
    await b.app.listen(0, '127.0.0.1');
    bUrl = `http://127.0.0.1:${(b.app.getHttpServer().address() as AddressInfo).port}`;
  }, 60_000);
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('delivers through the other node, and empties the room on both nodes when the sponsorship ends', async () => {
    const sponsor = await registerMember(a);
    const sponsee = await registerMember(a);
    const id = await activeSponsorship(a, sponsor.id, sponsee.id);
    const onA = await openSocket(a, sponsor);
    const onB = await openSocket({ ...a, url: bUrl }, sponsee);
    sockets.push(onA, onB);
    expect((await emit(onA, 'dm:join', { sponsorshipId: id, afterSeq: 0 })).ok).toBe(true);
    expect((await emit(onB, 'dm:join', { sponsorshipId: id, afterSeq: 0 })).ok).toBe(true);

    const arrives = once<DmMessagePayload>(onB, 'dm:message');
    await emit(onA, 'dm:send', { sponsorshipId: id, clientId: randomUUID(), text: 'from node A' });
    expect(await arrives).toMatchObject({ seq: 1, text: 'from node A', senderId: sponsor.id });

    const room = `dm:${id}`;
    const everywhere = async () =>
      (await a.running.app.get(RealtimeGateway).server.in(room).fetchSockets()).length;
    expect(await everywhere()).toBe(2);

    // The sponsor ends it through node A: the sponsee's socket on node B is told and leaves the room.
    const closed = once<{ sponsorshipId: string }>(onB, 'dm:closed');
    await ok(a, 'mutation ($id: ID!) { endSponsorship(id: $id) { id } }', { id }, sponsor);
    expect(await closed).toEqual({ sponsorshipId: id });
    expect(await everywhere()).toBe(0);
    expect((await b.app.get(RealtimeGateway).server.local.in(room).fetchSockets()).length).toBe(0);
    const refused = await emit(onB, 'dm:send', {
      sponsorshipId: id,
      clientId: randomUUID(),
      text: 'still there?',
    });
    expect(refused.ok).toBe(false);
  });
});
