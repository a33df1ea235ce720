import { once } from 'node:events';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RealtimeGateway } from '@kinship/api/auth';
import type { ChatMessagePayload } from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { describeWithRedis, TEST_REDIS_URL } from '../support/redis';
import { RedisProxy } from '../support/redis-proxy';
import { sample, scrape } from '../support/metrics';
import { once as onceSocket } from '../support/sockets';
import { ChatClient } from '../chat/support/chat-client';
import { freshRoom, membersIn } from '../chat/support/chat';

const TOKEN = 'metrics-test-token-0123456789';

describeWithRedis('a node whose Redis adapter cannot publish', () => {
  let proxy: RedisProxy;
  let app: TestApp;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    proxy = await RedisProxy.start(TEST_REDIS_URL as string, ['kinship-io-pub']);
    app = await startTestApp({ REDIS_URL: proxy.url(TEST_REDIS_URL as string), METRICS_TOKEN: TOKEN });
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await app?.close();
    await proxy?.close();
  });

  it('keeps serving, counts the errors, says Redis is degraded, and recovers when Redis is back', async () => {
    const roomId = await freshRoom(app);
    const [alice, bob] = await membersIn(app, roomId, 2);
    const a = await ChatClient.connect(app.url, alice.token);
    const b = await ChatClient.connect(app.url, bob.token);
    try {
      expect((await a.subscribe(roomId)).ok).toBe(true);
      expect((await b.subscribe(roomId)).ok).toBe(true);
      expect((await request(app.url).get('/health')).body).toEqual({
        status: 'ok',
        database: 'up',
        redis: 'up',
      });
      const errors = (t: string, kind: string) => sample(t, 'kinship_redis_errors_total', { kind }) ?? 0;
      const before = await scrape(app.url, TOKEN);

      // The adapter's publishing connection drops, and Redis stays unreachable for it.
      const adapter = app.running.app.get(RealtimeGateway).server.of('/').adapter as unknown as {
        pubClient: NodeJS.EventEmitter & { isReady: boolean };
      };
      const pub = adapter.pubClient;
      const dropped = once(pub, 'error');
      proxy.drop('kinship-io-pub');
      await dropped;
      expect(pub.isReady).toBe(false);

      // A message is still stored, acknowledged and delivered to the member on this node.
      const arrived = onceSocket<ChatMessagePayload>(b.socket, 'chat:message');
      expect(await a.send(roomId, 'Still here while Redis is away')).toMatchObject({
        ok: true,
        data: { status: 'sent' },
      });
      expect((await arrived).text).toBe('Still here while Redis is away');
      const stored: { body: string }[] = await app.running.app
        .get(DataSource)
        .query('SELECT body FROM chat_messages WHERE room_id = $1', [roomId]);
      expect(stored.map((r) => r.body)).toEqual(['Still here while Redis is away']);

      // Asking the other nodes (who is in the room) fails with an answer, not a crash.
      expect((await a.request('chat:who', { roomId })).ok).toBe(false);

      // GraphQL and /health answer; Redis itself answers /health's PING, so it is degraded, not down.
      expect((await app.gql('query StillServing { __typename }')).data).toEqual({ __typename: 'Query' });
      const health = await request(app.url).get('/health');
      expect(health.status).toBe(200);
      expect(health.body).toEqual({ status: 'ok', database: 'up', redis: 'degraded' });

      const after = await scrape(app.url, TOKEN);
      expect(errors(after, 'publish') - errors(before, 'publish')).toBeGreaterThanOrEqual(1);
      expect(errors(after, 'request') - errors(before, 'request')).toBeGreaterThanOrEqual(1);
      expect(sample(after, 'kinship_redis_degraded')).toBe(1);
      expect(unhandled).toEqual([]);

      // Redis is reachable again: the client reconnects and messages go through Redis again.
      const ready = once(pub, 'ready');
      proxy.restore('kinship-io-pub');
      await ready;
      const published = errors(await scrape(app.url, TOKEN), 'publish');
      const again = onceSocket<ChatMessagePayload>(b.socket, 'chat:message');
      expect(await a.send(roomId, 'Back')).toMatchObject({ ok: true });
      expect((await again).text).toBe('Back');
      expect(errors(await scrape(app.url, TOKEN), 'publish')).toBe(published);
      expect(unhandled).toEqual([]);
    } finally {
      a.close();
      b.close();
    }
  });
});
