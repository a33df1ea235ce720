import { request } from 'node:http';
import { io } from 'socket.io-client';
import { builtApi, register, startNode, stopNode, type ApiNode } from '../chat/multi-node/support/nodes';
import { createTestDatabase } from '../support/test-database';

// The signal handler in apps/api/src/main.ts, on the built API as `npm start` and the Docker image run it.
describe('the API process on SIGTERM', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let node: ApiNode;

  beforeAll(async () => {
    db = await createTestDatabase();
    node = await startNode('api', await builtApi(), { databaseUrl: db.url, logLevel: 'info' });
  }, 300_000);
  afterAll(async () => {
    if (node) await stopNode(node);
    await db?.drop();
  }, 30_000);

  it('finishes the request in flight, closes sockets with a reconnect hint, and exits 0', async () => {
    const { token } = await register(node.url);
    const socket = io(node.url, {
      transports: ['websocket'],
      auth: { token },
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const hint = new Promise<unknown>((resolve) => socket.once('server:shutdown', resolve));

    // A request whose headers the server has read (it answered "100 Continue") but whose body is not sent
    // yet: it is in flight when the signal arrives, and its answer needs the database.
    const body = JSON.stringify({ query: '{ recoveryPrograms { code } }' });
    const url = new URL('/graphql', node.url);
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        expect: '100-continue',
      },
    });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
    });
    await new Promise<void>((resolve) => req.once('continue', () => resolve()));

    node.process.kill('SIGTERM');
    await waitForOutput(node, 'shutting down: finishing in-flight work');
    expect(await hint).toEqual({ reconnectInMs: expect.any(Number) });
    // a new connection is refused while the old request is still open
    await expect(fetch(`${node.url}/health`)).rejects.toThrow();

    // Hold the body a while: a shutdown that does not wait for it would close the database meanwhile. (Not a
    // timed assertion: the correct process waits however long this takes, up to its 10 s grace.)
    await new Promise((r) => setTimeout(r, 1500));
    req.end(body);
    const res = await answer;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      data: { recoveryPrograms: expect.arrayContaining([{ code: 'NA' }]) },
    });
    expect(await node.ended).toEqual({ code: 0, signal: null });
    expect(node.output()).toContain('stopped cleanly');
    socket.close();
  }, 60_000);
});

async function waitForOutput(node: ApiNode, text: string): Promise<void> {
  for (let i = 0; i < 200 && !node.output().includes(text); i += 1) {
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!node.output().includes(text)) throw new Error(`the API never logged "${text}":\n${node.output()}`);
}
