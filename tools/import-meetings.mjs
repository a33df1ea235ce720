// `npm run import -- <file-or-URL> [options]`: imports meetings (Meeting Guide JSON, BMLT GetSearchResults
// JSON, or a TSML CSV) into the database at DATABASE_URL, or into the embedded PostgreSQL that `npm start`
// uses (started here when it is not already running). All or nothing; prints every problem with its row.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
  console.log(`usage: npm run import -- <file-or-URL> [options]

  --source <name>      names the feed; importing again with the same source updates in place
                       (default: the file name, or the URL's host and path)
  --program <code>     NA, AA, SMART, … (default: NA for BMLT, AA otherwise)
  --format <format>    MEETING_GUIDE, BMLT or TSML_CSV (default: recognised from the content)
  --time-zone <zone>   IANA zone for meetings that have none (default: this machine's zone)
  --formats <file-or-URL>  BMLT GetFormats response, when the search results lack their formats
  --dry-run            check and count, change nothing`);
  process.exit(args.length === 0 ? 2 : 0);
}

const portOpen = (port) =>
  new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });

async function main() {
  const env = { ...process.env };
  let db = null;
  if (!env.DATABASE_URL) {
    const dataRoot = resolve(root, env.KINSHIP_DATA_DIR || '.data'); // as `npm start` (tools/start.mjs)
    const dataDir = join(dataRoot, 'postgres');
    const portFile = join(dataRoot, 'postgres.port');
    const port = existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) : null;
    let adminUrl;
    if (port && (await portOpen(port))) {
      adminUrl = `postgres://kinship:kinship@127.0.0.1:${port}/postgres`;
    } else {
      console.log(`[import] no DATABASE_URL: starting the embedded PostgreSQL (data in ${dataDir})…`);
      db = await startEmbeddedPostgres({ dataDir });
      adminUrl = db.adminUrl;
    }
    env.DATABASE_URL = await ensureDatabase(adminUrl, 'kinship');
  }
  const r = spawnSync(
    process.execPath,
    [join(root, 'tools/run-ts.mjs'), 'tools/import-meetings.ts', ...args],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
  if (db) await db.stop();
  process.exit(r.status ?? 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
