import type { TestApp } from './test-app';

export const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken expiresIn account { id email displayName role } }
}`;
export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken account { id email role } }
}`;

let counter = 0;

/** Registers a fresh member and returns their id, token and credentials. */
export async function registerMember(
  app: TestApp,
  overrides: Partial<{ email: string; password: string; displayName: string }> = {},
) {
  counter += 1;
  const input = {
    email: overrides.email ?? `member${counter}-${Date.now()}@example.net`,
    password: overrides.password ?? 'correct horse battery',
    displayName: overrides.displayName ?? `Member ${String.fromCharCode(64 + (counter % 26) + 1)}.`,
  };
  const res = await app.gql<{ register: { accessToken: string; account: { id: string } } }>(
    REGISTER,
    { input },
    { ip: `198.51.100.${counter % 250}` },
  );
  if (!res.data) throw new Error(`registration failed: ${JSON.stringify(res.errors)}`);
  return {
    ...input,
    id: res.data.register.account.id,
    token: res.data.register.accessToken,
    headers: res.headers,
  };
}

/** Sets a member's role directly in the database (roles are granted by admins; tests need all three). */
export async function setRole(app: TestApp, userId: string, role: 'member' | 'moderator' | 'admin') {
  const { DataSource } = await import('typeorm');
  await app.running.app.get(DataSource).query('UPDATE users SET role = $2 WHERE id = $1', [userId, role]);
}
