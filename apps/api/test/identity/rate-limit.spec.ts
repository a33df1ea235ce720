import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember, SIGN_IN } from '../support/accounts';
import { PasswordHasher } from '@kinship/api/identity';

describe('sign-in rate limiting', () => {
  let app: TestApp;
  let verify: jest.SpyInstance;
  beforeAll(async () => {
    app = await startTestApp();
    verify = jest.spyOn(app.running.app.get(PasswordHasher), 'verify');
  });
  afterAll(async () => {
    await app.close();
  });

  it('locks an account after 5 failures, before any hashing, even with the right password', async () => {
    const member = await registerMember(app);
    for (let i = 0; i < 5; i++) {
      const res = await app.gql(
        SIGN_IN,
        { input: { email: member.email, password: `wrong ${i}` } },
        { ip: `10.9.0.${i}` },
      );
      expect(res.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    verify.mockClear();
    const locked = await app.gql(
      SIGN_IN,
      { input: { email: member.email, password: member.password } },
      { ip: '10.9.1.1' },
    );
    expect(locked.errors?.[0].extensions?.['code']).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].message).toMatch(
      /Too many failed sign-in attempts\. Try again in 15 minutes\./,
    );
    expect(locked.errors?.[0].extensions?.['retryAfterSeconds']).toBeGreaterThan(800);
    expect(verify).not.toHaveBeenCalled();
  });

  it('limits one address to 20 failures across many accounts', async () => {
    const ip = '10.20.30.40';
    for (let i = 0; i < 20; i++) {
      await app.gql(SIGN_IN, { input: { email: `guess${i}@example.net`, password: 'guess guess' } }, { ip });
    }
    verify.mockClear();
    const res = await app.gql(
      SIGN_IN,
      { input: { email: 'guess99@example.net', password: 'guess guess' } },
      { ip },
    );
    expect(res.errors?.[0].extensions?.['code']).toBe('RATE_LIMITED');
    expect(verify).not.toHaveBeenCalled();
    // another address is not affected
    const other = await app.gql(
      SIGN_IN,
      { input: { email: 'guess99@example.net', password: 'x' } },
      { ip: '10.20.30.41' },
    );
    expect(other.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('opens again when the window has passed, and a success clears the account counter', async () => {
    const member = await registerMember(app);
    for (let i = 0; i < 5; i++) {
      await app.gql(
        SIGN_IN,
        { input: { email: member.email, password: 'nope nope' } },
        { ip: `10.11.0.${i}` },
      );
    }
    await app.running.app
      .get(DataSource)
      .query(`UPDATE sign_in_throttle SET window_started_at = now() - interval '16 minutes'`);
    const ok = await app.gql(SIGN_IN, { input: { email: member.email, password: member.password } });
    expect(ok.errors).toBeUndefined();
  });

  it('stores no email or address in the throttle table, only hashes', async () => {
    const rows: { key: string }[] = await app.running.app
      .get(DataSource)
      .query('SELECT key FROM sign_in_throttle');
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).toMatch(/^[a-z:-]+:[0-9a-f]{64}$/);
  });
});
