import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { createLogger, MEMBER_MAIL, type MemberMail } from '@kinship/api/core';
import { AccountMailService } from '@kinship/api/identity';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember, REGISTER, SIGN_IN } from '../support/accounts';
import { startSmtp, tokenFrom, type TestSmtp } from '../support/smtp';
import { matches, seeker, SAVE_PROFILE, sponsorInput } from '../sponsorship/sponsorship-helpers';

const REQUEST_RESET = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const RESET =
  'mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }';
const VERIFY = 'mutation ($token: String!) { verifyEmail(token: $token) }';
const CHANGE = `mutation ($newEmail: String!, $password: String!) {
  requestEmailChange(newEmail: $newEmail, password: $password)
}`;
const ME = '{ me { id email emailVerified } }';

describe('email: password reset, verification, email change (real SMTP server)', () => {
  let smtp: TestSmtp;
  let app: TestApp;
  let ip = 0;
  const nextIp = () => `192.0.2.${(ip += 1)}`;
  const to =
    (address: string, subject = 'Reset your password') =>
    (m: { to: string[]; subject: string }) =>
      m.to.includes(address.toLowerCase()) && m.subject === subject;
  const db = () => app.running.app.get(DataSource);
  /** Waits for every message on its way (they are sent after the answer). */
  const flush = () => app.running.app.get(AccountMailService).onModuleDestroy();

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'no-reply@kinship.test',
      PUBLIC_URL: 'https://kinship.test',
    });
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('a reset link works once, sets the new password, and stops working after an hour', async () => {
    const member = await registerMember(app);
    const res = await app.gql(REQUEST_RESET, { email: member.email }, { ip: nextIp() });
    expect(res.data).toEqual({ requestPasswordReset: true });
    const mail = await smtp.next(to(member.email));
    expect(mail.subject).toBe('Reset your password');
    expect(mail.user).toBe('kinship');
    expect(mail.from).toBe('no-reply@kinship.test');
    expect(mail.raw).toMatch(/^From: Kinship <no-reply@kinship\.test>/m);
    expect(mail.html).toContain('https://kinship.test/reset-password?token=');
    const token = tokenFrom(mail, '/reset-password');

    // Only the hash is stored.
    const rows: { token_hash: string }[] = await db().query(
      "SELECT token_hash FROM email_tokens WHERE account_id = $1 AND purpose = 'password_reset'",
      [member.id],
    );
    expect(rows.map((r) => r.token_hash)).toEqual([createHash('sha256').update(token).digest('hex')]);

    const short = await app.gql(RESET, { token, password: 'short' });
    expect(short.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'password' }],
    });

    expect((await app.gql(RESET, { token, password: 'a brand new passphrase' })).data).toEqual({
      resetPassword: true,
    });
    const signIn = (password: string) => app.gql(SIGN_IN, { input: { email: member.email, password } });
    expect((await signIn('a brand new passphrase')).errors).toBeUndefined();
    expect((await signIn(member.password)).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');

    const again = await app.gql(RESET, { token, password: 'yet another passphrase' });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'token' }],
    });

    await app.gql(REQUEST_RESET, { email: member.email }, { ip: nextIp() });
    const second = await smtp.next((m) => to(member.email)(m) && m !== mail);
    const later = tokenFrom(second, '/reset-password');
    await db().query(
      "UPDATE email_tokens SET expires_at = now() - interval '1 second' WHERE account_id = $1 AND used_at IS NULL",
      [member.id],
    );
    const expired = await app.gql(RESET, { token: later, password: 'yet another passphrase' });
    expect(expired.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'token' }],
    });
    const made: { n: number }[] = await db().query(
      "SELECT count(*)::int AS n FROM email_tokens WHERE account_id = $1 AND purpose = 'password_reset'",
      [member.id],
    );
    expect(made[0].n).toBe(2);
  });

  it('a reset ends every session of the account', async () => {
    const member = await registerMember(app);
    const other = await app.gql<{ signIn: { accessToken: string } }>(SIGN_IN, {
      input: { email: member.email, password: member.password },
    });
    const tokens = [member.token, other.data?.signIn.accessToken as string];
    for (const token of tokens) expect((await app.gql(ME, {}, { token })).errors).toBeUndefined();
    await app.gql(REQUEST_RESET, { email: member.email }, { ip: nextIp() });
    const token = tokenFrom(await smtp.next(to(member.email)), '/reset-password');
    await app.gql(RESET, { token, password: 'a brand new passphrase' });
    for (const t of tokens) {
      expect((await app.gql(ME, {}, { token: t })).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });

  it('answers true for an unknown email and sends nothing', async () => {
    await flush();
    const before = smtp.received.length;
    const res = await app.gql(REQUEST_RESET, { email: 'nobody-here@example.net' }, { ip: nextIp() });
    expect(res).toMatchObject({ status: 200, data: { requestPasswordReset: true } });
    expect(res.errors).toBeUndefined();
    await flush();
    expect(smtp.received.length).toBe(before);
  });

  it('limits reset requests per email (known or not, alike) and per network address', async () => {
    const member = await registerMember(app);
    for (const email of [member.email, 'unknown-limit@example.net']) {
      for (let i = 0; i < 3; i++) {
        expect((await app.gql(REQUEST_RESET, { email }, { ip: nextIp() })).data).toEqual({
          requestPasswordReset: true,
        });
      }
      const limited = await app.gql(REQUEST_RESET, { email }, { ip: nextIp() });
      expect(limited.errors?.[0].extensions?.['code']).toBe('RATE_LIMITED');
    }
    const address = nextIp();
    for (let i = 0; i < 10; i++) {
      await app.gql(REQUEST_RESET, { email: `flood-${i}@example.net` }, { ip: address });
    }
    const limited = await app.gql(REQUEST_RESET, { email: 'flood-x@example.net' }, { ip: address });
    expect(limited.errors?.[0].extensions?.['code']).toBe('RATE_LIMITED');
  });

  it('only members who confirmed their address can be found as sponsors', async () => {
    const candidate = await registerMember(app, { verified: false, displayName: 'Vera U.' });
    await app.gql(SAVE_PROFILE, { input: sponsorInput() }, { token: candidate.token });
    const me = await app.gql<{ me: { emailVerified: boolean } }>(ME, {}, { token: candidate.token });
    expect(me.data?.me.emailVerified).toBe(false);
    const looking = await seeker(app);
    const ids = async () => (await matches(app, looking)).candidates.map((c) => c.sponsorId);
    expect(await ids()).not.toContain(candidate.id);

    const mail = await smtp.next(to(candidate.email, 'Confirm your email address'));
    expect(mail.subject).toBe('Confirm your email address');
    const token = tokenFrom(mail, '/verify-email');
    expect((await app.gql(VERIFY, { token })).data).toEqual({ verifyEmail: true });
    const after = await app.gql<{ me: { emailVerified: boolean } }>(ME, {}, { token: candidate.token });
    expect(after.data?.me.emailVerified).toBe(true);
    expect(await ids()).toContain(candidate.id);
    expect((await app.gql(VERIFY, { token })).errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('changes the email only when the new address confirms, and tells the old one', async () => {
    const member = await registerMember(app);
    const newEmail = `moved-${Date.now()}@example.net`;
    const wrong = await app.gql(CHANGE, { newEmail, password: 'not my password' }, { token: member.token });
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'password' }],
    });

    const res = await app.gql(CHANGE, { newEmail, password: member.password }, { token: member.token });
    expect(res.data).toEqual({ requestEmailChange: true });
    const confirm = await smtp.next(to(newEmail, 'Confirm your new email address'));
    expect(confirm.subject).toBe('Confirm your new email address');
    const notice = await smtp.next(to(member.email, 'A change to your email address'));
    expect(notice.subject).toBe('A change to your email address');
    expect(notice.text).not.toContain(newEmail);

    const signIn = (email: string) => app.gql(SIGN_IN, { input: { email, password: member.password } });
    expect((await signIn(newEmail)).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await app.gql(VERIFY, { token: tokenFrom(confirm, '/verify-email') })).data).toEqual({
      verifyEmail: true,
    });
    expect((await signIn(newEmail)).errors).toBeUndefined();
    expect((await signIn(member.email)).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('registration with a taken email answers like any other and emails the owner instead', async () => {
    const owner = await registerMember(app);
    await db().query("UPDATE users SET locale = 'es' WHERE id = $1", [owner.id]);
    const input = { password: 'someone else entirely', displayName: 'Other P.' };
    const fresh = await app.gql(REGISTER, { input: { ...input, email: `fresh-${Date.now()}@example.net` } });
    const taken = await app.gql(REGISTER, { input: { ...input, email: owner.email.toUpperCase() } });
    expect(taken.status).toBe(fresh.status);
    expect(taken.data).toEqual(fresh.data);
    expect(taken.errors).toBeUndefined();
    const mail = await smtp.next(to(owner.email, 'Sobre tu cuenta'));
    expect(mail.text).toMatch(/^Alguien intentó crear una cuenta con esta dirección/);
    expect(mail.text).toContain('https://kinship.test/reset-password');
  });

  it('MEMBER_MAIL sends the weekly digest only to verified addresses, in their language and zones', async () => {
    const mail = app.running.app.get<MemberMail>(MEMBER_MAIL);
    const data = {
      meetings: [
        { name: 'Tuesday Lunch Group', startsAt: '2026-12-08T18:30:00.000Z', timeZone: 'America/Chicago' },
      ],
      unreadMessages: 2,
    };
    const unverified = await registerMember(app, { verified: false });
    expect(await mail.sendToMember(unverified.id, { template: 'weekly-digest', data })).toBe(false);
    expect(await mail.sendToMember('not-a-member', { template: 'weekly-digest', data })).toBe(false);

    const member = await registerMember(app);
    await db().query("UPDATE users SET locale = 'es' WHERE id = $1", [member.id]);
    expect(await mail.sendToMember(member.id, { template: 'weekly-digest', data })).toBe(true);
    const digest = await smtp.next(to(member.email, 'Tu semana'));
    expect(digest.text).toContain('Tuesday Lunch Group: martes, 8 de diciembre, 12:30');
    expect(digest.text).toContain('Tienes 2 mensajes sin leer.');
    expect(await mail.sendToMember(member.id, { template: 'no-such-template' })).toBe(false);
  });
});

describe('email with no SMTP_URL', () => {
  it('writes each message as an .eml file into the outbox folder and logs where', async () => {
    const outbox = mkdtempSync(join(tmpdir(), 'kinship-outbox-'));
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const app = await startTestApp({ MAIL_OUTBOX_DIR: outbox }, { logger: createLogger('info', sink) });
    try {
      await app.gql(REGISTER, {
        input: { email: 'outbox@example.net', password: 'correct horse battery', displayName: 'Otto B.' },
      });
      await app.running.app.get(AccountMailService).onModuleDestroy();
      const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
      expect(files).toHaveLength(1);
      const eml = readFileSync(join(outbox, files[0]), 'utf8');
      expect(eml).toMatch(/^Subject: Confirm your email address$/m);
      expect(eml).toMatch(/^To: outbox@example\.net$/m);
      expect(lines.join('')).toContain(outbox);
    } finally {
      await app.close();
    }
  });
});
