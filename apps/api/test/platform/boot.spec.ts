import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

/** Runs the real entry point (apps/api/src/main.ts) with the given environment and no other. */
function boot(env: Record<string, string>) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', SWC_NODE_PROJECT: join(root, 'tsconfig.base.json'), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the API process refuses a bad environment with a readable error', () => {
  it('names every wrong variable and exits with 78 (configuration error) before touching anything', () => {
    const r = boot({ NODE_ENV: 'production', PORT: 'eighty', REDIS_URL: 'localhost:6379' });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('Invalid configuration:');
    expect(r.stderr).toContain('PORT must be a whole number from 1 to 65535 (got "eighty")');
    expect(r.stderr).toContain('DATABASE_URL is required');
    expect(r.stderr).toContain('REDIS_URL must be a URL starting with redis:// or rediss://');
    expect(r.stderr).toContain('JWT_SECRET is required in production');
    expect(r.stderr).toContain("See .env.example and the README's Configuration section.");
    expect(r.stdout).toBe('');
  });
});
