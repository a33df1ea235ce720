import { defineConfig } from 'vitest/config';
import { tsconfigAliases, workspaceRoot } from './aliases.mts';

// Unit and component tests of the web client (apps/web and libs/web) in jsdom.
export default defineConfig({
  root: workspaceRoot,
  resolve: { alias: tsconfigAliases() },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['apps/web/src/**/*.spec.{ts,tsx}', 'libs/web/**/src/**/*.spec.{ts,tsx}'],
    setupFiles: ['apps/web/test/setup.ts'],
    restoreMocks: true,
    testTimeout: 30_000,
  },
});
