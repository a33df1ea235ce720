// Browser end-to-end tests: the built API (serving the built web client) on a throwaway embedded
// PostgreSQL, driven through headless Chromium with playwright-core. Build first:
//   npx nx run-many -t build --projects=api,web && npx jest -c test/e2e/jest.config.cjs
const swc = require('../../tools/jest/swc.cjs');
const modulePaths = require('../../tools/jest/module-paths.cjs');

module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: modulePaths,
  globalSetup: '<rootDir>/global-setup.mjs',
  globalTeardown: '<rootDir>/global-teardown.mjs',
  // One browser at a time: the machine has two cores, and the API and PostgreSQL need them too.
  maxWorkers: 1,
  testTimeout: 60_000,
};
