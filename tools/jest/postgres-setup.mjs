// Jest globalSetup: a real PostgreSQL for the run. TEST_DATABASE_URL (an admin URL of a server you own)
// is used when set; otherwise a throwaway embedded PostgreSQL starts in .data/test-<pid> and is removed
// at the end. Each test file then makes its own database and runs the real migrations on it.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../embedded-db.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

export default async function setup() {
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
