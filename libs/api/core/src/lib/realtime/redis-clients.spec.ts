import { createLogger } from '../logging/logger';
import { guardPublish, redisDatabaseIndex, socketChannelPrefix, type RedisClient } from './redis-clients';

describe('Redis helpers for several nodes', () => {
  it('keeps deployments on different database indexes apart on pub/sub too', () => {
    expect(redisDatabaseIndex('redis://127.0.0.1:6379')).toBe(0);
    expect(redisDatabaseIndex('redis://127.0.0.1:6379/7')).toBe(7);
    expect(socketChannelPrefix('redis://h:6379/3')).toBe('kinship:3:socket.io');
    expect(socketChannelPrefix('redis://h:6379/3')).not.toBe(socketChannelPrefix('redis://h:6379/4'));
  });

  it('turns a failed publish into a logged warning instead of an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const lines: string[] = [];
    const logger = createLogger('warn', { write: (line: string) => lines.push(line) });
    const client = {
      publish: () => Promise.reject(new Error('Command timed out')),
    } as unknown as RedisClient;
    guardPublish(client, logger);
    // the adapter calls publish and drops the promise, as @socket.io/redis-adapter does
    void (client as unknown as { publish: (c: string, m: string) => Promise<unknown> }).publish('ch', 'msg');
    await expect(
      (client as unknown as { publish: (c: string, m: string) => Promise<unknown> }).publish('ch', 'msg'),
    ).resolves.toBe(0);
    await new Promise((r) => setImmediate(r));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    expect(lines.join('')).toMatch(/redis publish failed/);
  });
});
