// Jest globalSetup: a real PostgreSQL for the run (and a check for a real Redis). TEST_DATABASE_URL (an admin URL of a server you own)
// is used when set; otherwise a throwaway embedded PostgreSQL starts in .data/test-<pid> and is removed
// at the end. Each test file then makes its own database and runs the real migrations on it.
import { rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../embedded-db.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Multi-node tests need a real Redis: skipped (and said so) without one, but CI must have it. */
async function checkRedis() {
  const { hostname, port } = new URL(REDIS_URL);
  const ok = await new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (value) => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => {
      socket.write('PING\r\n');
      socket.once('data', (d) => done(String(d).startsWith('+PONG')));
    });
  });
  if (ok) {
    process.env.KINSHIP_TEST_REDIS_URL = REDIS_URL;
    return;
  }
  if (process.env.CI)
    throw new Error(`CI is set but no Redis answers at ${REDIS_URL}: the multi-node tests must run in CI.`);
  console.warn(
    `\n[tests] No Redis answers at ${REDIS_URL}: the multi-node tests are skipped. Start redis-server (or set TEST_REDIS_URL) to run them.\n`,
  );
}

export default async function setup() {
  await checkRedis();
  if (process.env.TEST_DATABASE_URL) {
    process.env.KINSHIP_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const dataDir = join(root, '.data', `test-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ dataDir, port: undefined });
  process.env.KINSHIP_TEST_ADMIN_URL = db.adminUrl;
  globalThis.__KINSHIP_TEST_DB__ = { db, dataDir };
}
