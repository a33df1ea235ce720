import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { createLogger } from '@kinship/api/core';
import { startTestApp, type TestApp } from '../support/test-app';
import { REGISTER, SIGN_IN } from '../support/accounts';

describe('errors leaving the API over HTTP, and what is logged', () => {
  let app: TestApp;
  let webDist: string;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'kinship-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Kinship</title>');
    const sink = new Writable({
      write(chunk, _enc, cb) {
        for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        cb();
      },
    });
    app = await startTestApp({ WEB_DIST: webDist }, { logger: createLogger('info', sink) });
  });
  afterAll(async () => {
    await app.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('serves the web client for a page address no route handles, and a JSON 404 otherwise', async () => {
    const page = await request(app.url).get('/profile').set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Kinship</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const api = await request(app.url).get('/no-such-thing').set('accept', 'application/json');
    expect(api.status).toBe(404);
    expect(api.body).toEqual({ code: 'NOT_FOUND', message: 'There is nothing at this address.' });
  });

  it('logs expected refusals (bad input, wrong password, not signed in) below error level', async () => {
    lines.length = 0;
    await app.gql(REGISTER, { input: { email: 'x', password: 'y', displayName: 'z' } });
    await app.gql(SIGN_IN, { input: { email: 'someone@example.net', password: 'wrong password' } });
    await app.gql('{ me { id } }');
    expect(lines.filter((l) => Number(l['level']) >= 50)).toEqual([]);
    // and the request lines never carry the email that was sent
    expect(JSON.stringify(lines)).not.toContain('someone@example.net');
    expect(lines.some((l) => l['msg'] === 'request completed' && typeof l['requestId'] === 'string')).toBe(
      true,
    );
  });
});
