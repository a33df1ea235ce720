// What every benchmark that drives the real API needs: a fresh build, and a process started on a free
// loopback port that is ready when it says so (the API and the bare socket.io server both send
// `{ type: 'listening' }` over IPC).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../embedded-db.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
export const API_MAIN = join(root, 'dist/apps/api/main.js');

/** Builds the API bundle (about a second) and returns its path; throws when the build fails. */
export function buildApi() {
  const r = spawnSync(process.execPath, ['tools/build-api.mjs'], { cwd: root, stdio: 'ignore' });
  if (r.status !== 0 || !existsSync(API_MAIN)) {
    throw new Error('the API build failed: run `node tools/build-api.mjs` to see why');
  }
  return API_MAIN;
}

/**
 * Starts `script` with exactly `env` plus PORT, waits until it is listening (60 s at most), and returns
 * its URL, its process id, the child process (for IPC) and a stop that sends SIGTERM and waits for the exit.
 */
export async function startListening(script, env) {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let tail = '';
  child.stderr.on('data', (d) => (tail = (tail + d).slice(-2000)));
  await new Promise((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${script} did not start within 60 s:\n${tail}`));
    }, 60_000);
    child.on('message', (m) => {
      if (m?.type !== 'listening') return;
      clearTimeout(timer);
      ready();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${script} exited with code ${code}:\n${tail}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    child,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/** The environment benches start the built API with: production, quiet logs, no demo data, one node. */
export function apiEnv(databaseUrl, jwtSecret, extra = {}) {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: jwtSecret,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    REDIS_URL: '',
    ...extra,
  };
}
