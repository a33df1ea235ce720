import { ConfigError, loadConfig } from './config';

const valid = { DATABASE_URL: 'postgres://kinship@127.0.0.1:5432/kinship', JWT_SECRET: 'x'.repeat(32) };
// Values shaped like VAPID keys (a P-256 public point and a private scalar), for configuration tests only.
const PUBLIC = `B${'A'.repeat(86)}`; // 65 bytes starting with 0x04
const PRIVATE = 'A'.repeat(43); // 32 bytes

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('push configuration (VAPID_*)', () => {
  it('is off with neither key', () => {
    expect(loadConfig(valid).push).toBeNull();
  });

  it('takes both keys, with a default subject', () => {
    expect(loadConfig({ ...valid, VAPID_PUBLIC_KEY: PUBLIC, VAPID_PRIVATE_KEY: PRIVATE }).push).toEqual({
      publicKey: PUBLIC,
      privateKey: PRIVATE,
      subject: 'mailto:admin@example.org',
    });
  });

  it('refuses one key without the other', () => {
    expect(problemsOf({ ...valid, VAPID_PUBLIC_KEY: PUBLIC })[0]).toMatch(
      /^VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together/,
    );
    expect(problemsOf({ ...valid, VAPID_PRIVATE_KEY: PRIVATE })[0]).toMatch(/go together/);
  });

  it('names a malformed key or subject', () => {
    expect(problemsOf({ ...valid, VAPID_PUBLIC_KEY: 'short', VAPID_PRIVATE_KEY: PRIVATE })).toEqual([
      'VAPID_PUBLIC_KEY must be a base64url P-256 public key (65 bytes, uncompressed)',
    ]);
    expect(problemsOf({ ...valid, VAPID_PUBLIC_KEY: PUBLIC, VAPID_PRIVATE_KEY: 'A+/=' })).toEqual([
      'VAPID_PRIVATE_KEY must be a base64url P-256 private key (32 bytes)',
    ]);
    expect(
      problemsOf({ ...valid, VAPID_PUBLIC_KEY: PUBLIC, VAPID_PRIVATE_KEY: PRIVATE, VAPID_SUBJECT: 'me' }),
    ).toEqual(['VAPID_SUBJECT must be a mailto: address or an https: URL (got "me")']);
  });
});
