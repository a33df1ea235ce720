import { createLogger, type RedisClient } from '@kinship/api/core';
import { ChatRateLimiter } from './rate-limiter';

const quiet = createLogger('silent');

describe('the chat rate limiter', () => {
  it('counts on this node when there is no Redis', async () => {
    const limiter = new ChatRateLimiter(null, quiet);
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await limiter.consume('k', 3, 60_000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3].retryAfterMs).toBeGreaterThan(0);
  });

  it('uses the shared count in Redis when it answers', async () => {
    let n = 0;
    const redis = { isReady: true, eval: async () => [++n, 5000] } as unknown as RedisClient;
    const limiter = new ChatRateLimiter(redis, quiet);
    expect((await limiter.consume('k', 2, 60_000)).allowed).toBe(true);
    expect((await limiter.consume('k', 2, 60_000)).allowed).toBe(true);
    expect(await limiter.consume('k', 2, 60_000)).toEqual({ allowed: false, retryAfterMs: 5000 });
  });

  it('falls back to counting alone when Redis fails or hangs, instead of refusing or stalling', async () => {
    const failing = {
      isReady: true,
      eval: () => Promise.reject(new Error('down')),
    } as unknown as RedisClient;
    expect((await new ChatRateLimiter(failing, quiet).consume('k', 1, 60_000)).allowed).toBe(true);
    const hanging = { isReady: true, eval: () => new Promise(() => undefined) } as unknown as RedisClient;
    const limiter = new ChatRateLimiter(hanging, quiet);
    expect((await limiter.consume('k', 1, 60_000)).allowed).toBe(true);
    expect((await limiter.consume('k', 1, 60_000)).allowed).toBe(false);
  });
});
