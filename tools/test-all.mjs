// `npm test`: every suite, one after the other — API unit + integration (jest, real PostgreSQL), web
// (vitest), browser end-to-end (jest + Playwright in Chromium, against the built app) — then one line
// "N passed, N failed, N skipped" summing them all. Exits non-zero if anything failed or did not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const out = join(root, 'tmp/test-results');
rmSync(out, { recursive: true, force: true });
rmSync(join(root, 'tmp/chat-multi-node'), { recursive: true, force: true }); // API copies the multi-node tests run
mkdirSync(out, { recursive: true });

const only = process.argv.slice(2); // e.g. `npm test -- api web`
const bin = (name) => join(root, 'node_modules/.bin', name);

const suites = [
  {
    name: 'api',
    cmd: bin('jest'),
    args: ['-c', 'apps/api/jest.config.cjs', '--json', `--outputFile=${join(out, 'api.json')}`],
  },
  {
    name: 'web',
    cmd: bin('vitest'),
    args: [
      'run',
      '--config',
      'apps/web/vitest.config.mts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(out, 'web.json')}`,
    ],
  },
  {
    name: 'e2e',
    before: () =>
      run('build', 'npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=static']),
    cmd: bin('jest'),
    args: [
      '-c',
      'test/e2e/jest.config.cjs',
      '--runInBand',
      '--json',
      `--outputFile=${join(out, 'e2e.json')}`,
    ],
  },
].filter((s) => only.length === 0 || only.includes(s.name));

function run(label, cmd, args) {
  process.stdout.write(`\n=== ${label}: ${[cmd.replace(root + '/', ''), ...args].join(' ')}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
for (const suite of suites) {
  if (suite.before && suite.before() !== 0) {
    problems.push(`${suite.name}: its build step failed`);
    continue;
  }
  const status = run(suite.name, suite.cmd, suite.args);
  const file = join(out, `${suite.name}.json`);
  if (!existsSync(file)) {
    problems.push(`${suite.name}: the runner wrote no results (exit ${status})`);
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += r.numFailedTests ?? 0;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (r.numFailedTestSuites > 0 || r.numRuntimeErrorTestSuites > 0) {
    problems.push(`${suite.name}: ${r.numFailedTestSuites} suite(s) failed`);
  }
  if ((r.numTotalTests ?? 0) === 0) problems.push(`${suite.name}: ran no test`);
  if (status !== 0 && r.numFailedTests === 0 && !problems.some((p) => p.startsWith(suite.name))) {
    problems.push(`${suite.name}: the runner exited with ${status}`);
  }
  process.stdout.write(
    `--- ${suite.name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests ?? 0} skipped\n`,
  );
}

process.stdout.write('\n');
for (const p of problems) process.stdout.write(`problem: ${p}\n`);
process.stdout.write(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(problems.length === 0 && totals.failed === 0 ? 0 : 1);
