// Runs a TypeScript tool script (decorators, metadata and the @kinship/* path aliases included).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [script, ...args] = process.argv.slice(2);
const r = spawnSync(process.execPath, ['-r', '@swc-node/register', script, ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
});
process.exit(r.status ?? 1);
