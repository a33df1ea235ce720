// Starts a throwaway PostgreSQL and the built API (which serves the built web client), then hands the
// base URL to the tests as KINSHIP_E2E_BASE_URL. The API's output goes to test/e2e/artifacts/api.log.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../../tools/embedded-db.mjs';
import teardown from './global-teardown.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const apiMain = join(root, 'dist/apps/api/main.js');
const webDist = join(root, 'dist/apps/web');
const artifacts = join(root, 'test/e2e/artifacts');
const HEALTH_TIMEOUT_MS = 60_000;

function assertBuilt() {
  const missing = [
    [apiMain, 'the API'],
    [join(webDist, 'index.html'), 'the web client'],
  ].filter(([file]) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `End-to-end tests need the built apps; missing ${missing.map(([f, what]) => `${what} (${f})`).join(' and ')}.\n` +
        'Build them first: npx nx run-many -t build --projects=api,web',
    );
  }
}

async function waitForHealth(baseUrl, api, logFile) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) break;
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
  throw new Error(
    `The API did not answer GET /health with 200 within ${HEALTH_TIMEOUT_MS / 1000} s ` +
      `(exit code ${api.exitCode}). Last lines of ${logFile}:\n${log}`,
  );
}

export default async function setup() {
  assertBuilt();
  mkdirSync(artifacts, { recursive: true });
  const dataDir = join(root, '.data', `e2e-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ dataDir });
  const state = { db, dataDir, api: null, smtp: null };
  globalThis.__KINSHIP_E2E__ = state;
  try {
    await startSmtp(state);
    await startApi(state);
  } catch (error) {
    // Jest skips the global teardown when the setup fails: clean up here.
    await teardown();
    throw error;
  }
}

/**
 * A real SMTP server for the API's mail. Each message lands as an .eml file in a folder the tests read
 * (KINSHIP_E2E_MAIL_DIR), named after its recipient.
 */
async function startSmtp(state) {
  const mailDir = join(state.dataDir, 'mail');
  mkdirSync(mailDir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth: (auth, _session, cb) => cb(null, { user: auth.username }),
    onData(stream, session, cb) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        for (const rcpt of session.envelope.rcptTo) {
          count += 1;
          const name = `${String(count).padStart(5, '0')}-${rcpt.address.toLowerCase()}.eml`;
          writeFileSync(join(mailDir, name), Buffer.concat(chunks));
        }
        cb();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.smtp = server;
  state.smtpUrl = `smtp://e2e:e2e@127.0.0.1:${server.server.address().port}`;
  process.env.KINSHIP_E2E_MAIL_DIR = mailDir;
}

async function startApi(state) {
  const { db } = state;
  const databaseUrl = await ensureDatabase(db.adminUrl, 'kinship_e2e');
  const port = await freePort();
  const logFile = join(artifacts, 'api.log');
  const log = createWriteStream(logFile);
  const api = spawn(process.execPath, [apiMain], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      JWT_SECRET: 'e2e-only-secret-that-is-long-enough-0123456789',
      PORT: String(port),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'true',
      WEB_DIST: webDist,
      SMTP_URL: state.smtpUrl,
      MAIL_FROM: 'no-reply@kinship.test',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout.pipe(log);
  api.stderr.pipe(log);
  state.api = api;

  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, api, logFile);
  process.env.KINSHIP_E2E_BASE_URL = baseUrl;
  // Every suite registers its own members from 127.0.0.1: clear the per-address registration and sign-in
  // counters now and then, so the whole run is not refused by limits meant for one network per hour.
  const { default: pgLib } = await import('pg');
  const clearThrottles = async () => {
    const client = new pgLib.Client({ connectionString: databaseUrl });
    try {
      await client.connect();
      await client.query('DELETE FROM sign_in_throttle');
    } catch {
      // the API may not have created the table yet, or is stopping
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  globalThis.__kinshipThrottleTimer = globalThis.setInterval(() => void clearThrottles(), 1000);
  globalThis.__kinshipThrottleTimer.unref();
}
