import { createServer } from 'node:net';
import request from 'supertest';
import { JobRunner } from '@kinship/api/core';
import { RealtimeGateway } from '@kinship/api/auth';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { connectSocket, connected } from '../support/sockets';
import { sample, scrape } from '../support/metrics';
import { ChatClient } from '../chat/support/chat-client';
import { freshRoom, membersIn } from '../chat/support/chat';

const TOKEN = 'metrics-test-token-0123456789';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('/metrics is not public by default', () => {
  it('answers 404 with neither METRICS_TOKEN nor METRICS_PORT', async () => {
    const app = await startTestApp();
    try {
      const res = await request(app.url).get('/metrics');
      expect(res.status).toBe(404);
      expect(res.text).not.toMatch(/kinship_|process_cpu/);
    } finally {
      await app.close();
    }
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 401 without the token or with a wrong one, and the metrics with it', async () => {
    const none = await request(app.url).get('/metrics');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.text).not.toMatch(/kinship_/);
    const wrong = await request(app.url).get('/metrics').set('authorization', `Bearer ${TOKEN}x`);
    expect(wrong.status).toBe(401);
    const text = await scrape(app.url, TOKEN);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('times GraphQL operations by name and type, folds anonymous and invalid ones, counts errors by code', async () => {
    const before = await scrape(app.url, TOKEN);
    const count = (t: string, operation: string, type: string) =>
      sample(t, 'kinship_graphql_operation_duration_seconds_count', { operation, type }) ?? 0;
    expect((await app.gql('query MetricsProbe { __typename }')).data).toEqual({ __typename: 'Query' });
    await app.gql('query MetricsProbe { __typename }');
    await app.gql('{ __typename }');
    const broken = await app.gql('query NoSuchField { noSuchField }');
    expect(broken.errors?.length).toBe(1);

    const after = await scrape(app.url, TOKEN);
    expect(count(after, 'MetricsProbe', 'query') - count(before, 'MetricsProbe', 'query')).toBe(2);
    expect(count(after, 'anonymous', 'query') - count(before, 'anonymous', 'query')).toBe(1);
    // Not valid against the schema: its name is never taken as a label.
    expect(after).not.toMatch(/NoSuchField/);
    const errors = (t: string) =>
      sample(t, 'kinship_graphql_errors_total', {
        operation: 'invalid',
        type: 'unknown',
        code: 'GRAPHQL_VALIDATION_FAILED',
      }) ?? 0;
    expect(errors(after) - errors(before)).toBe(1);
  });

  it('times HTTP requests by route template, never by raw path', async () => {
    await request(app.url).get('/health').expect(200);
    await request(app.url).get('/no/such/place-4711?secret=1');
    const text = await scrape(app.url, TOKEN);
    expect(
      sample(text, 'kinship_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/health',
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'kinship_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/route="unmatched"/);
    expect(text).not.toMatch(/place-4711|secret/);
  });

  it('counts connected sockets up and down, and events by the names handlers know', async () => {
    const gauge = async () => sample(await scrape(app.url, TOKEN), 'kinship_sockets_connected');
    const events = (t: string, event: string) => sample(t, 'kinship_socket_events_total', { event }) ?? 0;
    const start = await gauge();
    const member = await registerMember(app);
    const socket = await connected(connectSocket(app.url, member.token));
    expect(await gauge()).toBe((start ?? 0) + 1);

    const before = await scrape(app.url, TOKEN);
    expect((await socket.timeout(3000).emitWithAck('ping', {})).ok).toBe(true);
    expect((await socket.timeout(3000).emitWithAck('drop-tables-4711', {})).ok).toBe(false);
    const after = await scrape(app.url, TOKEN);
    expect(events(after, 'ping') - events(before, 'ping')).toBe(1);
    expect(events(after, 'unknown') - events(before, 'unknown')).toBe(1);
    expect(after).not.toMatch(/drop-tables-4711/);

    // The server side of this socket: wait until it has seen the disconnect.
    const server = app.running.app.get(RealtimeGateway).server;
    const serverSide = server.of('/').sockets.get(socket.id as string);
    const gone = new Promise((resolve) => serverSide?.once('disconnect', resolve));
    socket.close();
    await gone;
    expect(await gauge()).toBe(start ?? 0);
  });

  it('records chat commits and the database pool', async () => {
    const before = await scrape(app.url, TOKEN);
    const roomId = await freshRoom(app);
    const [alice] = await membersIn(app, roomId, 1);
    const client = await ChatClient.connect(app.url, alice.token);
    try {
      expect((await client.subscribe(roomId)).ok).toBe(true);
      expect(await client.send(roomId, 'Hello metrics')).toMatchObject({ ok: true });
    } finally {
      client.close();
    }
    const after = await scrape(app.url, TOKEN);
    const commits = (t: string) => sample(t, 'kinship_chat_commit_seconds_count') ?? 0;
    expect(commits(after) - commits(before)).toBe(1);
    expect(sample(after, 'kinship_chat_commit_batch_size_bucket', { le: '1' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'kinship_db_pool_connections')).toBeGreaterThan(0);
    expect(sample(after, 'kinship_db_pool_waiting')).toBe(0);
    expect(sample(after, 'kinship_db_pool_acquire_seconds_count', { outcome: 'ok' })).toBeGreaterThan(0);
  });

  it('reports the depth of each job queue, sampled from pg-boss on the scrape', async () => {
    const jobs = app.running.app.get(JobRunner);
    const queue = jobs.names()[0];
    expect(queue).toBeDefined();
    // This node does not work jobs (RUN_JOBS=false), so the job waits in its queue.
    await jobs.send(queue, {});
    await jobs.send(queue, {});
    const text = await scrape(app.url, TOKEN);
    expect(sample(text, 'kinship_job_queue_depth', { queue })).toBe(2);
    for (const other of jobs.names().slice(1)) {
      expect(sample(text, 'kinship_job_queue_depth', { queue: other })).toBe(0);
    }
  });
});

describe('/metrics on METRICS_PORT', () => {
  it('serves metrics on the internal port only, with the token when one is set', async () => {
    const port = await freePort();
    const app = await startTestApp({ METRICS_PORT: String(port), METRICS_TOKEN: TOKEN });
    try {
      const internal = `http://127.0.0.1:${port}`;
      expect((await request(app.url).get('/metrics').set('authorization', `Bearer ${TOKEN}`)).status).toBe(
        404,
      );
      expect((await request(internal).get('/metrics')).status).toBe(401);
      expect(await scrape(internal, TOKEN)).toMatch(/^kinship_db_pool_connections \d+/m);
      expect((await request(internal).get('/graphql')).status).toBe(404);
    } finally {
      await app.close();
    }
    // Stopped with the app.
    await expect(request(`http://127.0.0.1:${port}`).get('/metrics')).rejects.toThrow();
  });
});
