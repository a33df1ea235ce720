// The @kinship/... aliases for Vite and Vitest, read from tsconfig.base.json: one source of truth.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const workspaceRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

interface TsConfig {
  compilerOptions: { paths: Record<string, string[]> };
}

/**
 * Each alias matches its import exactly, so that `@kinship/web/data/testing` is not read as a file below
 * what `@kinship/web/data` points to (a plain string alias also matches everything under it).
 */
export function tsconfigAliases(): { find: RegExp; replacement: string }[] {
  const tsconfig = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as TsConfig;
  return Object.entries(tsconfig.compilerOptions.paths).map(([name, [file]]) => ({
    find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
    replacement: resolve(workspaceRoot, file),
  }));
}
