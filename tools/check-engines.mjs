// `node tools/check-engines.mjs`: fails when an installed package (any depth of node_modules) declares an
// `engines.node` range that excludes the oldest Node.js the project promises (package.json engines, the
// README's "Node.js 20.19 or newer"). Exceptions live in ALLOWED below, each with its reason.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const promised = semver.minVersion(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node);

/** name@version → why it may stay although its engines range excludes the promised Node. */
const ALLOWED = {};

function* packages(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      yield* packages(path);
      continue;
    }
    const manifest = join(path, 'package.json');
    if (existsSync(manifest)) yield { path, manifest };
    yield* packages(join(path, 'node_modules'));
  }
}

const problems = [];
let checked = 0;
for (const { path, manifest } of packages(join(root, 'node_modules'))) {
  let pkg;
  try {
    pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  } catch {
    continue; // not a package manifest (fixtures inside some packages)
  }
  const range = pkg.engines?.node;
  if (typeof range !== 'string' || !pkg.name) continue;
  checked += 1;
  if (!semver.validRange(range)) continue; // unparseable ranges are npm's problem, not a promise
  if (semver.satisfies(promised, range) || ALLOWED[`${pkg.name}@${pkg.version}`]) continue;
  problems.push(`${relative(root, path)} (${pkg.name}@${pkg.version}) needs node ${range}`);
}

if (problems.length > 0) {
  console.error(
    `${problems.length} installed package(s) need a newer Node.js than the ${promised} package.json promises:\n  ` +
      problems.join('\n  ') +
      '\nPin (or override) a version that supports it, or add an exception with its reason to ALLOWED in tools/check-engines.mjs.',
  );
  process.exit(1);
}
console.log(`engines: ${checked} installed packages accept Node.js ${promised}`);
