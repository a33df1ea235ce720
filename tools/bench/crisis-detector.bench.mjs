// detectCrisis, which reads every chat and private message: messages per second and µs per message for
// short and 20-word ordinary chat and for the labeled crisis corpus (in-process, a few seconds each).
// `node tools/run-ts.mjs tools/bench/crisis-detector.ts --snapshot FILE` writes its full output for the
// corpus, varied forms of it and generated chat, to compare before and after a change.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

export async function run() {
  const r = spawnSync(process.execPath, ['tools/run-ts.mjs', 'tools/bench/crisis-detector.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('the crisis-detector bench failed');
}
