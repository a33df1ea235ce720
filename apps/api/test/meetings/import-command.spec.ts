import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase } from '../support/test-database';
import { FIXTURES, mg } from './support';

const ROOT = join(__dirname, '../../../..');

/** `npm run import -- …` as a person runs it (the .mjs wrapper, then the TypeScript half), on a test database. */
function runImport(args: string[], databaseUrl: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['tools/import-meetings.mjs', ...args], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: databaseUrl, TZ: 'America/New_York' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('npm run import', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pg: Client;
  let dir: string;
  const meetings = async () =>
    (
      await pg.query<{ slug: string; published: boolean }>(
        `SELECT slug, published FROM meetings ORDER BY slug`,
      )
    ).rows;

  beforeAll(async () => {
    db = await createTestDatabase();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    dir = mkdtempSync(join(tmpdir(), 'kinship-import-'));
  });
  afterAll(async () => {
    await pg?.end();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a file into the database and reports the counts', async () => {
    const r = await runImport(
      [join(FIXTURES, 'tsml-template-sample.csv'), '--source', 'tsml-sample', '--program', 'AA'],
      db.url,
    );
    expect({ code: r.code, out: r.out }).toEqual({
      code: 0,
      out: expect.stringContaining('Imported TSML_CSV'),
    });
    const counts = /: (\d+) meetings: (\d+) new, (\d+) updated, (\d+) unchanged, (\d+) unpublished/.exec(
      r.out,
    );
    expect(counts?.slice(1).map(Number)).toEqual([4, 4, 0, 0, 0]);
    expect((await meetings()).map((m) => m.slug)).toEqual([
      'early-risers',
      'friday-night-online',
      'harbor-lights',
      'noon-closed-venue',
    ]);
    const [{ program }] = (
      await pg.query<{ program: string }>(
        `SELECT DISTINCT p.code AS program FROM meetings m JOIN programs p ON p.id = m.program_id`,
      )
    ).rows;
    expect(program).toBe('AA');
  }, 120_000);

  it('refuses a file with a bad row: exits non-zero, names the row and field, and changes nothing', async () => {
    const before = await meetings();
    const file = join(dir, 'bad-row.json');
    // a good new meeting, and one with an impossible time: all or nothing, so neither is written
    writeFileSync(file, JSON.stringify([mg('good-new'), mg('bad-time', { time: '25:00' })]));
    const r = await runImport([file, '--source', 'tsml-sample'], db.url);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ERROR\s+row 2, time: .*25:00/);
    expect(r.out).toContain('Nothing was imported: 1 error(s)');
    expect(await meetings()).toEqual(before);
  }, 120_000);

  it('a file that is not a feed, and a file that is missing, fail with a clear message', async () => {
    const before = await meetings();
    const notFeed = join(dir, 'notes.json');
    writeFileSync(notFeed, '{"hello": "world"');
    const broken = await runImport([notFeed], db.url);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('Nothing was imported');
    const missing = await runImport([join(dir, 'no-such-file.json')], db.url);
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/The import failed: .*no such file/);
    const usage = await runImport([], db.url);
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('usage: npm run import');
    expect(await meetings()).toEqual(before);
  }, 120_000);
});
