/** Web Push (VAPID) keys. Null when push is off: the API says so and the web client hides the option. */
export interface PushConfig {
  /** The uncompressed P-256 public key, base64url (65 bytes): browsers subscribe with it. */
  publicKey: string;
  /** The matching private key, base64url (32 bytes). */
  privateKey: string;
  /** Who runs this server, for push services: a mailto: or https: URL. */
  subject: string;
}

export const DEFAULT_VAPID_SUBJECT = 'mailto:admin@example.org';

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

function bytesOf(value: string): number {
  return BASE64URL.test(value) ? Buffer.from(value, 'base64url').length : -1;
}

/**
 * Reads VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT: both keys or neither (`npm start` generates a
 * pair into the data directory once). Problems are added to `problems`.
 */
export function readPushConfig(
  get: (name: string) => string | undefined,
  problems: string[],
): PushConfig | null {
  const publicKey = get('VAPID_PUBLIC_KEY');
  const privateKey = get('VAPID_PRIVATE_KEY');
  const subject = get('VAPID_SUBJECT') ?? DEFAULT_VAPID_SUBJECT;
  if (!publicKey && !privateKey) return null;
  const before = problems.length;
  if (!publicKey || !privateKey) {
    problems.push(
      'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: set both (for example from `npx web-push generate-vapid-keys`) or neither (push is then off)',
    );
    return null;
  }
  if (
    bytesOf(publicKey) !== 65 ||
    !Buffer.from(publicKey, 'base64url')
      .subarray(0, 1)
      .equals(Buffer.from([4]))
  ) {
    problems.push('VAPID_PUBLIC_KEY must be a base64url P-256 public key (65 bytes, uncompressed)');
  }
  if (bytesOf(privateKey) !== 32) {
    problems.push('VAPID_PRIVATE_KEY must be a base64url P-256 private key (32 bytes)');
  }
  if (!/^(mailto:.+@.+|https:\/\/.+)$/.test(subject)) {
    problems.push(`VAPID_SUBJECT must be a mailto: address or an https: URL (got "${subject}")`);
  }
  return problems.length > before ? null : { publicKey, privateKey, subject };
}
