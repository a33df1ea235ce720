import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, REDIS_CLIENT, safeError, type RedisClient } from '@kinship/api/core';

export interface RateDecision {
  allowed: boolean;
  /** When refused: milliseconds until the window resets. */
  retryAfterMs: number;
}

// One round trip: count this attempt, start the window on the first one, report the count and the time left.
const FIXED_WINDOW = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end
return {n, ttl}`;

/** How long a Redis answer may take before this node decides alone (overload must degrade, not stall). */
const REDIS_DEADLINE_MS = 500;

/**
 * Fixed-window counters. With Redis (REDIS_URL) the count is shared by every node, so a member cannot
 * get around a limit by reconnecting to another node; without Redis the node counts alone. If Redis is
 * slow or down, the node falls back to its own count for that call and logs it: a limit that is briefly
 * per node beats refusing everyone or crashing.
 */
@Injectable()
export class ChatRateLimiter {
  private readonly local = new Map<string, { count: number; resetAt: number }>();
  private lastWarning = 0;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient | null,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async consume(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    if (this.redis?.isReady) {
      try {
        const [count, ttl] = await withDeadline(
          this.redis.eval(FIXED_WINDOW, {
            keys: [`kinship:chat:rate:${key}`],
            arguments: [String(windowMs)],
          }),
        );
        return { allowed: count <= limit, retryAfterMs: count <= limit ? 0 : Math.max(ttl, 1) };
      } catch (error) {
        this.warn(error);
      }
    }
    return this.consumeLocally(key, limit, windowMs);
  }

  private consumeLocally(key: string, limit: number, windowMs: number): RateDecision {
    const now = Date.now();
    if (this.local.size > 50_000) {
      for (const [k, v] of this.local) if (v.resetAt <= now) this.local.delete(k);
    }
    let entry = this.local.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + windowMs };
      this.local.set(key, entry);
    }
    entry.count += 1;
    return { allowed: entry.count <= limit, retryAfterMs: entry.count <= limit ? 0 : entry.resetAt - now };
  }

  private warn(error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < 10_000) return;
    this.lastWarning = now;
    this.logger.warn({ err: safeError(error) }, 'chat rate limit: Redis unavailable, counting on this node');
  }
}

function withDeadline(work: Promise<unknown>): Promise<[number, number]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis rate limit timed out')), REDIS_DEADLINE_MS);
    work.then(
      (reply) => {
        clearTimeout(timer);
        if (Array.isArray(reply) && reply.length === 2) resolve([Number(reply[0]), Number(reply[1])]);
        else reject(new Error('unexpected redis reply'));
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
