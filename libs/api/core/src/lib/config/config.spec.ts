import { ConfigError, loadConfig } from './config';

const valid = {
  DATABASE_URL: 'postgres://kinship@127.0.0.1:5432/kinship',
  JWT_SECRET: 'x'.repeat(32),
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('accepts a minimal valid environment with defaults', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({ port: 3000, nodeEnv: 'development', redisUrl: null, trustProxy: 0 });
    expect(config.maxSocketsPerMember).toBe(20);
  });

  it('names TRUST_PROXY and MAX_SOCKETS_PER_MEMBER when they are not numbers in range', () => {
    expect(problemsOf({ ...valid, TRUST_PROXY: 'yes' })[0]).toMatch(/^TRUST_PROXY must be the number/);
    expect(problemsOf({ ...valid, MAX_SOCKETS_PER_MEMBER: '0' })).toEqual([
      'MAX_SOCKETS_PER_MEMBER must be a whole number from 1 to 1000 (got "0")',
    ]);
    expect(loadConfig({ ...valid, MAX_SOCKETS_PER_MEMBER: '3' }).maxSocketsPerMember).toBe(3);
  });

  it('validates the mail settings, with an outbox under the data folder when there is no SMTP_URL', () => {
    expect(loadConfig(valid).mail).toEqual({
      smtpUrl: null,
      from: 'no-reply@localhost',
      fromName: 'Kinship',
      outboxDir: '.data/outbox',
    });
    expect(loadConfig({ ...valid, KINSHIP_DATA_DIR: '/srv/kinship' }).mail.outboxDir).toBe(
      '/srv/kinship/outbox',
    );
    expect(problemsOf({ ...valid, SMTP_URL: 'http://mail' })[0]).toMatch(/^SMTP_URL must be a URL/);
    expect(problemsOf({ ...valid, SMTP_URL: 'smtps://u:p@mail:465' })).toEqual([
      'MAIL_FROM is required with SMTP_URL: the address mail is sent from',
    ]);
    expect(problemsOf({ ...valid, MAIL_FROM: 'not an address' })[0]).toMatch(/^MAIL_FROM must be/);
    expect(problemsOf({ ...valid, PUBLIC_URL: 'kinship.example' })[0]).toMatch(/^PUBLIC_URL must be/);
    expect(loadConfig({ ...valid, PUBLIC_URL: 'https://kinship.example/' }).publicUrl).toBe(
      'https://kinship.example',
    );
  });

  it('validates METRICS_TOKEN and METRICS_PORT (metrics are off the public port by default)', () => {
    expect(loadConfig(valid)).toMatchObject({ metricsToken: null, metricsPort: null });
    const token = 'm'.repeat(24);
    expect(loadConfig({ ...valid, METRICS_TOKEN: token, METRICS_PORT: '9464' })).toMatchObject({
      metricsToken: token,
      metricsPort: 9464,
    });
    expect(problemsOf({ ...valid, METRICS_TOKEN: 'short' })).toEqual([
      'METRICS_TOKEN must be 16 to 200 printable characters without spaces (a random string)',
    ]);
    expect(problemsOf({ ...valid, METRICS_PORT: 'internal' })).toEqual([
      'METRICS_PORT must be a whole number from 1 to 65535 (got "internal")',
    ]);
    expect(problemsOf({ ...valid, PORT: '8080', METRICS_PORT: '8080' })).toEqual([
      'METRICS_PORT must differ from PORT: it is the internal port for metrics only',
    ]);
  });

  it('names DATABASE_URL when it is missing or not a postgres URL', () => {
    expect(problemsOf({ JWT_SECRET: valid.JWT_SECRET })[0]).toMatch(/^DATABASE_URL is required/);
    expect(problemsOf({ ...valid, DATABASE_URL: 'mysql://x' })[0]).toMatch(/^DATABASE_URL must be a URL/);
  });

  it('names REDIS_URL when it is not a redis URL', () => {
    expect(problemsOf({ ...valid, REDIS_URL: 'http://localhost' })).toEqual([
      'REDIS_URL must be a URL starting with redis:// or rediss://',
    ]);
  });

  it('rejects a PORT outside 1..65535 or not a number', () => {
    expect(problemsOf({ ...valid, PORT: '70000' })[0]).toMatch(/^PORT must be a whole number/);
    expect(problemsOf({ ...valid, PORT: 'abc' })[0]).toMatch(/^PORT must be a whole number/);
  });

  it('requires JWT_SECRET in production and a long enough one everywhere', () => {
    expect(problemsOf({ DATABASE_URL: valid.DATABASE_URL, NODE_ENV: 'production' })).toEqual([
      'JWT_SECRET is required in production: a random string of at least 32 characters',
    ]);
    expect(problemsOf({ ...valid, JWT_SECRET: 'short' })).toEqual([
      'JWT_SECRET must be at least 32 characters long',
    ]);
  });

  it('refuses demo data in production and anything but true/false', () => {
    expect(problemsOf({ ...valid, NODE_ENV: 'production', DEMO_DATA: 'true' })).toEqual([
      'DEMO_DATA=true is refused in production: demo accounts have a published password',
    ]);
    expect(problemsOf({ ...valid, DEMO_DATA: 'yes' })).toEqual([
      'DEMO_DATA must be true or false (got "yes")',
    ]);
    expect(loadConfig({ ...valid, DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig(valid).runJobs).toBe(true);
    expect(loadConfig({ ...valid, RUN_JOBS: 'false' }).runJobs).toBe(false);
    expect(problemsOf({ ...valid, RUN_JOBS: 'no' })).toEqual(['RUN_JOBS must be true or false (got "no")']);
  });

  it('rejects an unknown NODE_ENV and reports every problem at once', () => {
    const problems = problemsOf({ NODE_ENV: 'staging', PORT: '0' });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['NODE_ENV', 'PORT', 'DATABASE_URL', 'JWT_SECRET']);
  });
});
