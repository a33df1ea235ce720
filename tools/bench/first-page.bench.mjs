// The JavaScript a phone downloads to show the first page: the entry script and every module it
// preloads, gzipped (level 9), from the production build. Lazy route chunks are listed apart.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dist = join(root, 'dist/apps/web');

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

export async function run() {
  const build = spawnSync('npx', ['nx', 'run', 'web:build', '--output-style=static'], {
    cwd: root,
    stdio: 'ignore',
  });
  if (build.status !== 0 || !existsSync(join(dist, 'index.html'))) throw new Error('the web build failed');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/?([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+)"/g),
  ].map((m) => m[1]);
  const unique = [...new Set(initial)];
  let raw = 0;
  let zipped = 0;
  for (const f of unique) {
    raw += readFileSync(join(dist, f)).length;
    zipped += gz(join(dist, f));
  }
  const assets = join(dist, 'assets');
  const lazy = readdirSync(assets).filter((f) => f.endsWith('.js') && !unique.includes(`assets/${f}`));
  const lazyZipped = lazy.reduce((sum, f) => sum + gz(join(assets, f)), 0);
  console.log(`first page JavaScript: ${unique.length} file(s), ${kb(raw)} raw, ${kb(zipped)} gzipped`);
  console.log(
    `lazy route chunks: ${lazy.length} file(s), ${kb(lazyZipped)} gzipped in all (loaded on demand)`,
  );
}
