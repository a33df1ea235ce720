// The @kinship/... aliases for Vite and Vitest, read from tsconfig.base.json: one source of truth.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const workspaceRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

interface TsConfig {
  compilerOptions: { paths: Record<string, string[]> };
}

export function tsconfigAliases(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as TsConfig;
  return Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths).map(([name, [file]]) => [
      name,
      resolve(workspaceRoot, file),
    ]),
  );
}
