import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMail } from '../../../apps/api/test/support/smtp';

/**
 * The first message to `address` with this subject that the test SMTP server (global setup) received.
 * Waits until it arrives; the test's own timeout bounds the wait.
 */
export async function mailTo(address: string, subject: string): Promise<{ subject: string; text: string }> {
  const dir = process.env['KINSHIP_E2E_MAIL_DIR'];
  if (!dir) throw new Error('KINSHIP_E2E_MAIL_DIR is not set: the global setup starts the SMTP server');
  for (;;) {
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith(`-${address.toLowerCase()}.eml`)) continue;
      const mail = parseMail(readFileSync(join(dir, file), 'utf8'));
      if (mail.subject === subject) return mail;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first link to `path` in a message's text. */
export function linkIn(mail: { text: string }, path: string): string {
  const found = new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_%-]+`).exec(mail.text);
  if (!found) throw new Error(`no ${path} link in:\n${mail.text}`);
  return found[0];
}
