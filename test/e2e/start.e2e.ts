import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

// `npm start` itself (tools/start.mjs) on a fresh data folder: it comes up, serves /health and the web
// client, keeps its data across a restart, and Ctrl-C (SIGINT to the whole process group, as a terminal
// sends it) leaves no process behind. The build is the e2e suite's (KINSHIP_SKIP_BUILD): CI builds first.
const ROOT = resolve(__dirname, '../..');
const DATA = join(ROOT, 'tmp', `start-e2e-${process.pid}`);

interface Started {
  child: ChildProcess;
  url: string;
  output(): string;
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function npmStart(port: number): Promise<Started> {
  const child = spawn(process.execPath, ['tools/start.mjs'], {
    cwd: ROOT,
    detached: true, // its own process group, like a shell job: Ctrl-C goes to the group
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? ROOT,
      KINSHIP_DATA_DIR: DATA,
      KINSHIP_SKIP_BUILD: '1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  const ready = `Kinship is running at http://localhost:${port}`;
  for (let i = 0; i < 2400 && !out.includes(ready); i += 1) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!out.includes(ready)) {
    stopGroup(child, 'SIGKILL');
    throw new Error(`npm start did not come up:\n${out.slice(-3000)}`);
  }
  return { child, url: `http://127.0.0.1:${port}`, output: () => out, ended };
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-(child.pid as number), signal);
  } catch {
    // already gone
  }
}

/** Processes still alive from that run: in its process group, or naming its data folder (PostgreSQL). */
function leftovers(group: number): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') continue; // a zombie has exited; only its parent's bookkeeping is left
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      if (Number(fields[2]) === group || cmd.includes(DATA)) found.push(`${pid}: ${cmd}`);
    } catch {
      // exited while we looked
    }
  }
  return found;
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: T | null; errors?: unknown[] };
}

async function ctrlC(run: Started): Promise<void> {
  stopGroup(run.child, 'SIGINT');
  expect(await run.ended).toEqual({ code: 0, signal: null });
  expect(leftovers(run.child.pid as number)).toEqual([]);
  expect(run.output()).toContain('[kinship] stopped.');
}

describe('npm start', () => {
  const account = { email: `start-${Date.now()}@example.org`, password: 'kept across a restart' };
  let run: Started | null = null;

  beforeAll(() => {
    rmSync(DATA, { recursive: true, force: true });
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  });
  afterAll(() => {
    if (run && run.child.exitCode === null) stopGroup(run.child, 'SIGKILL');
    rmSync(DATA, { recursive: true, force: true });
  });

  it('comes up on a fresh data folder with /health and the web client, and Ctrl-C leaves no process', async () => {
    const port = await freePort();
    run = await npmStart(port);
    expect(existsSync(join(DATA, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(DATA, 'jwt-secret'))).toBe(true);
    expect(run.output()).toContain('member@example.org'); // the demo accounts, seeded on the first start

    const health = await fetch(`${run.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const page = await fetch(`${run.url}/meetings`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
    expect((await fetch(new URL(script as string, run.url))).status).toBe(200);

    const registered = await gql<{ register: boolean }>(
      run.url,
      'mutation ($input: RegisterInput!) { register(input: $input) }',
      { input: { ...account, displayName: 'Start T.' } },
    );
    expect(registered.errors).toBeUndefined();

    await ctrlC(run);
  }, 240_000);

  it('a restart keeps the data: the account signs in; Ctrl-C again leaves no process', async () => {
    run = await npmStart(await freePort());
    const signedIn = await gql<{ signIn: { accessToken: string } }>(
      run.url,
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: account },
    );
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.signIn.accessToken).toEqual(expect.any(String));
    await ctrlC(run);
  }, 240_000);

  it('a SIGINT sent to the start script alone (not its group, as a process manager may) stops everything', async () => {
    run = await npmStart(await freePort());
    process.kill(run.child.pid as number, 'SIGINT'); // the start script only; the API gets no signal
    expect(await run.ended).toEqual({ code: 0, signal: null });
    expect(leftovers(run.child.pid as number)).toEqual([]);
    expect(run.output()).toContain('[kinship] stopped.');
  }, 240_000);
});
