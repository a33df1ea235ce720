// Shared by the sponsorship benchmarks: a throwaway embedded PostgreSQL, the built API on loopback, and
// a few GraphQL helpers. Nothing here leaves the machine.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../embedded-db.mjs';
import { API_MAIN, startListening } from './support/api-process.mjs';

export const root = resolve(fileURLToPath(import.meta.url), '../../..');

/** A fresh PostgreSQL in .data/bench-<name>-<pid>, removed by `stop()`. */
export async function throwawayDatabase(name) {
  const dataDir = join(root, '.data', `bench-${name}-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  const url = await ensureDatabase(db.adminUrl, 'bench');
  return {
    url,
    async stop() {
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.port`, { force: true });
    },
  };
}

/** Starts the built API on a free loopback port against `databaseUrl` (it runs the migrations). */
export function startApi(databaseUrl) {
  return startListening(API_MAIN, {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: randomBytes(48).toString('base64url'),
    LOG_LEVEL: 'warn',
    TRUST_PROXY: '1',
    DEMO_DATA: 'false',
  });
}

let registered = 0;

/** POSTs one GraphQL operation; throws on errors. */
export async function gql(url, query, variables = {}, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `198.18.${(registered >> 8) & 255}.${registered & 255}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Registers a member and returns { id, token }. */
export async function registerMember(url, displayName) {
  registered += 1;
  const input = {
    email: `bench-${registered}-${process.pid}@example.net`,
    password: 'benchmark password',
    displayName,
  };
  await gql(url, `mutation ($input: RegisterInput!) { register(input: $input) }`, { input });
  // Registration starts no session: sign in with the same credentials.
  const data = await gql(
    url,
    `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken account { id } } }`,
    { input: { email: input.email, password: input.password } },
  );
  return { id: data.signIn.account.id, token: data.signIn.accessToken };
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summary(label, samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (n) => `${n.toFixed(2)} ms`;
  return `${label}: n=${sorted.length}  p50 ${f(percentile(sorted, 50))}  p99 ${f(percentile(sorted, 99))}  max ${f(sorted[sorted.length - 1])}`;
}
