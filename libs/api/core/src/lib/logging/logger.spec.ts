import { Writable } from 'node:stream';
import { createLogger, requestContext } from './logger';

function captured() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger('info', stream);
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines };
}

describe('createLogger', () => {
  it('removes emails, passwords, tokens and message texts at any depth', () => {
    const { logger, lines } = captured();
    logger.info(
      {
        email: 'ana@example.org',
        password: 'hunter2hunter2',
        user: { email: 'ana@example.org', displayName: 'Ana R.' },
        payload: { message: { text: 'I relapsed yesterday' } },
        refreshToken: 'abc',
      },
      'signed in',
    );
    const line = lines()[0];
    const raw = JSON.stringify(line);
    expect(raw).not.toContain('ana@example.org');
    expect(raw).not.toContain('hunter2');
    expect(raw).not.toContain('relapsed');
    expect(raw).not.toContain('abc');
    expect(line['user']).toEqual({ displayName: 'Ana R.' });
    expect(line['msg']).toBe('signed in');
  });

  it('stamps every line written inside a request with its request id', () => {
    const { logger, lines } = captured();
    requestContext.run({ requestId: 'req-12345678' }, () => logger.info('inside'));
    logger.info('outside');
    const [inside, outside] = lines();
    expect(inside['requestId']).toBe('req-12345678');
    expect(outside).not.toHaveProperty('requestId');
  });
});

describe('safeError', () => {
  it('keeps type, message and code but drops query parameters and detail', async () => {
    const { safeError } = await import('./logger');
    const err = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
      code: '23505',
      parameters: ['ana@example.org'],
      detail: 'Key (email)=(ana@example.org) already exists.',
    });
    const safe = safeError(err);
    expect(safe).toMatchObject({ type: 'Error', code: '23505' });
    expect(JSON.stringify(safe)).not.toContain('ana@example.org');
  });
});
