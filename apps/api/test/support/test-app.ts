import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import request from 'supertest';
import { createLogger, loadConfig, type AppConfig } from '@kinship/api/core';
import { createApp, type RunningApp } from '../../src/bootstrap';
import { createTestDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-0123456789';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  headers: Record<string, string | string[]>;
}

export interface TestApp {
  running: RunningApp;
  url: string;
  config: AppConfig;
  databaseUrl: string;
  /** POSTs one GraphQL operation as JSON, optionally with a bearer token and cookies. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; cookie?: string; ip?: string },
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** The whole API on a fresh database (real migrations), listening on a free loopback port. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    JWT_SECRET: TEST_JWT_SECRET,
    TRUST_PROXY: '1',
    // Mail with no SMTP server goes to a throwaway outbox, not the repository's .data/
    MAIL_OUTBOX_DIR: join(tmpdir(), `kinship-outbox-${process.pid}-${db.url.split('/').pop()}`),
    // Background jobs run only in tests that ask for them (apps/api/test/jobs).
    RUN_JOBS: 'false',
    ...env,
  });
  const running = await createApp(
    config,
    options.logger ?? createLogger(process.env['TEST_LOG_LEVEL'] ?? 'silent'),
  );
  await running.app.listen(0, '127.0.0.1');
  const { port } = running.app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    running,
    url,
    config,
    databaseUrl: db.url,
    async gql(query, variables, options = {}) {
      let req = request(url)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', options.ip ?? '203.0.113.10');
      if (options.token) req = req.set('authorization', `Bearer ${options.token}`);
      if (options.cookie) req = req.set('cookie', options.cookie);
      const res = await req.send({ query, variables });
      return {
        status: res.status,
        data: res.body?.data ?? null,
        errors: res.body?.errors,
        headers: res.headers,
      };
    },
    async close() {
      await running.close();
      await db.drop();
    },
  };
}

/** The refresh cookie ("kinship_refresh=…") a response set, for the next request. */
export function refreshCookieOf(headers: Record<string, string | string[]>): string | undefined {
  const cookies = ([] as string[]).concat(headers['set-cookie'] ?? []);
  const found = cookies.find((c) => c.startsWith('kinship_refresh=') && !c.startsWith('kinship_refresh=;'));
  return found?.split(';')[0];
}
