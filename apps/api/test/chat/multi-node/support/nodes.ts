import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../../../../../..');
const MAIN = join(ROOT, 'dist/apps/api/main.js');
const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
export const JWT_SECRET = 'multi-node-test-secret-0123456789abcdef';

/**
 * Whether a Redis answers, decided before the tests are declared (so they can be skipped, not passed).
 * Without Redis they are skipped with a plain reason; with CI set, that is a failure instead.
 */
export function redisVerdict(): { run: boolean; failure: string | null } {
  const { hostname, port } = new URL(TEST_REDIS_URL);
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `const s=require('net').connect(${Number(port || 6379)},${JSON.stringify(hostname)});
       s.setTimeout(1500,()=>process.exit(1));s.on('error',()=>process.exit(1));
       s.on('connect',()=>s.write('PING\\r\\n'));s.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1));`,
    ],
    { timeout: 5000 },
  );
  if (probe.status === 0) return { run: true, failure: null };
  const reason = `no Redis answers at ${TEST_REDIS_URL}`;
  if (process.env['CI'])
    return { run: false, failure: `CI is set but ${reason}: the multi-node tests must run in CI.` };
  console.warn(`Skipping the multi-node chat tests: ${reason} (start redis-server, or set TEST_REDIS_URL).`);
  return { run: false, failure: null };
}

/** A Redis URL on a random database index (1 to 15): our keys and socket.io channels stay apart per run. */
export function isolatedRedisUrl(): string {
  const url = new URL(TEST_REDIS_URL);
  url.pathname = `/${1 + (randomBytes(1)[0] % 15)}`;
  return url.toString();
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

/**
 * The built API (`node tools/build-api.mjs`), rebuilt when any source is newer than the bundle, under a
 * lock so parallel test files build once. Each caller gets its own copy of the bundle, so a rebuild by
 * someone else (another suite, `nx build`) cannot pull the file from under running nodes.
 */
export async function builtApi(): Promise<string> {
  const lock = join(ROOT, 'tmp/api-build.lock');
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`waited too long for the build lock ${lock}`);
      if (lockAge(lock) > 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    const sources = Math.max(
      ...['apps/api/src', 'libs/api', 'libs/shared'].map((d) => newestSource(join(ROOT, d))),
    );
    if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < sources) {
      const build = spawnSync(process.execPath, ['tools/build-api.mjs'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 220_000,
      });
      if (build.status !== 0)
        throw new Error(`the API build failed:\n${build.stdout}\n${build.stderr}`.slice(-4000));
    }
    const dir = join(ROOT, 'tmp/chat-multi-node');
    mkdirSync(dir, { recursive: true });
    const copy = join(dir, `main-${process.pid}-${randomBytes(3).toString('hex')}.js`);
    copyFileSync(MAIN, copy);
    return copy;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function lockAge(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

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

export interface ApiNode {
  name: string;
  url: string;
  process: ChildProcess;
  /** The last lines the process wrote, for a failure's message. */
  output(): string;
  exited: Promise<number | null>;
  /** How the process ended: its exit code, or the signal that ended it. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node <bundle>` as one API node and resolves when it listens (it reports so over IPC). */
export async function startNode(
  name: string,
  bundle: string,
  env: { databaseUrl: string; redisUrl?: string; logLevel?: string },
): Promise<ApiNode> {
  const port = await freePort();
  const child = spawn(process.execPath, [bundle], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: env.databaseUrl,
      ...(env.redisUrl ? { REDIS_URL: env.redisUrl } : {}),
      JWT_SECRET,
      TRUST_PROXY: '1',
      LOG_LEVEL: env.logLevel ?? 'warn',
      // mail (no SMTP server here) goes to a throwaway outbox
      MAIL_OUTBOX_DIR: join(ROOT, 'tmp/chat-multi-node/outbox'),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const exited = ended.then(({ code }) => code);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 60 s:\n${tail}`)), 60_000);
    child.on('message', (m: { type?: string }) => {
      if (m?.type === 'listening') {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before listening:\n${tail}`));
    });
  });
  return { name, url: `http://127.0.0.1:${port}`, process: child, output: () => tail, exited, ended };
}

/** Stops a node gracefully (SIGTERM) unless it is already gone. */
export async function stopNode(node: ApiNode): Promise<void> {
  if (node.process.exitCode !== null || node.process.signalCode !== null) return;
  node.process.kill('SIGTERM');
  const timer = setTimeout(() => node.process.kill('SIGKILL'), 15_000);
  await node.exited;
  clearTimeout(timer);
}

let counter = 0;

/** One GraphQL operation against a node. */
export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `198.18.${Math.floor(counter / 250) % 250}.${counter % 250}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

export async function register(url: string): Promise<{ id: string; token: string }> {
  counter += 1;
  const input = {
    email: `node-member-${counter}-${Date.now()}@example.net`,
    password: 'correct horse battery',
    displayName: `Node ${String.fromCharCode(65 + (counter % 26))}.`,
  };
  const registered = await gql<{ register: boolean }>(
    url,
    'mutation ($input: RegisterInput!) { register(input: $input) }',
    { input },
  );
  if (!registered.data) throw new Error(`registration failed: ${JSON.stringify(registered.errors)}`);
  // Registration starts no session: the new member signs in with the same credentials.
  const res = await gql<{ signIn: { accessToken: string; account: { id: string } } }>(
    url,
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken account { id } } }',
    { input: { email: input.email, password: input.password } },
  );
  if (!res.data) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
  return { id: res.data.signIn.account.id, token: res.data.signIn.accessToken };
}
