// Fails when the committed generated GraphQL types differ from what codegen makes of schema.graphql.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = 'libs/web/data/src/generated';
const backup = mkdtempSync(join(tmpdir(), 'kinship-codegen-'));
cpSync(dir, backup, { recursive: true });
const r = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], { stdio: 'inherit' });
const stale = readdirSync(dir).filter(
  (f) => readFileSync(join(dir, f), 'utf8') !== readFileSync(join(backup, f), 'utf8'),
);
const added = readdirSync(backup).length !== readdirSync(dir).length;
cpSync(backup, dir, { recursive: true });
rmSync(backup, { recursive: true, force: true });
if (r.status !== 0) process.exit(r.status ?? 1);
if (stale.length || added) {
  console.error(
    `generated GraphQL types are stale (${stale.join(', ') || 'files added'}): run \`npm run schema\` and commit.`,
  );
  process.exit(1);
}
console.log('generated GraphQL types are up to date');
