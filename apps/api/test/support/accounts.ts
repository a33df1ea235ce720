import type { TestApp } from './test-app';

export const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) }`;
export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken expiresIn account { id email displayName role } }
}`;

let counter = 0;

/**
 * Registers a fresh member, signs them in (registration itself starts no session) and returns their id,
 * token and credentials. Their address counts as confirmed, as a member who opened the link, unless
 * `verified: false` (the mail specs test confirmation itself).
 */
export async function registerMember(
  app: TestApp,
  overrides: Partial<{ email: string; password: string; displayName: string; verified: boolean }> = {},
) {
  counter += 1;
  const input = {
    email: overrides.email ?? `member${counter}-${Date.now()}@example.net`,
    password: overrides.password ?? 'correct horse battery',
    displayName: overrides.displayName ?? `Member ${String.fromCharCode(64 + (counter % 26) + 1)}.`,
  };
  const ip = `198.51.100.${counter % 250}`;
  const registered = await app.gql<{ register: boolean }>(REGISTER, { input }, { ip });
  if (!registered.data) throw new Error(`registration failed: ${JSON.stringify(registered.errors)}`);
  const res = await app.gql<{ signIn: { accessToken: string; account: { id: string } } }>(
    SIGN_IN,
    { input: { email: input.email, password: input.password } },
    { ip },
  );
  if (!res.data) throw new Error(`sign-in after registration failed: ${JSON.stringify(res.errors)}`);
  if (overrides.verified !== false) {
    await sql(app, 'UPDATE users SET email_verified_at = now() WHERE id = $1', [res.data.signIn.account.id]);
  }
  return {
    ...input,
    id: res.data.signIn.account.id,
    token: res.data.signIn.accessToken,
    headers: res.headers,
  };
}

async function sql(app: TestApp, query: string, params: unknown[]) {
  const { DataSource } = await import('typeorm');
  await app.running.app.get(DataSource).query(query, params);
}

/** Sets a member's role directly in the database (roles are granted by admins; tests need all three). */
export async function setRole(app: TestApp, userId: string, role: 'member' | 'moderator' | 'admin') {
  const { DataSource } = await import('typeorm');
  await app.running.app.get(DataSource).query('UPDATE users SET role = $2 WHERE id = $1', [userId, role]);
}
