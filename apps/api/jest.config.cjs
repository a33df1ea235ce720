// Unit tests next to the code in libs/, and integration tests in apps/api/test/ against a real PostgreSQL.
const { join } = require('node:path');

const root = join(__dirname, '../..');

module.exports = {
  displayName: 'api',
  rootDir: root,
  roots: ['<rootDir>/apps/api', '<rootDir>/libs/api', '<rootDir>/libs/shared'],
  testMatch: ['**/*.spec.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': require('../../tools/jest/swc.cjs') },
  moduleNameMapper: require('../../tools/jest/module-paths.cjs'),
  globalSetup: '<rootDir>/tools/jest/postgres-setup.mjs',
  globalTeardown: '<rootDir>/tools/jest/postgres-teardown.mjs',
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
  maxWorkers: 2,
};
