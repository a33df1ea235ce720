/**
 * The Redis the multi-node tests use, found by the jest global setup (tools/jest/postgres-setup.mjs).
 * Unset when none answers: those tests are then reported as skipped (CI fails the run before that).
 */
export const TEST_REDIS_URL = process.env['KINSHIP_TEST_REDIS_URL'] ?? null;

/** `it` when a real Redis is available, otherwise `it.skip` (shown as skipped, never as passed). */
export const itWithRedis: jest.It = TEST_REDIS_URL ? it : it.skip;
export const describeWithRedis: jest.Describe = TEST_REDIS_URL ? describe : describe.skip;
