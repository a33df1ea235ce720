export interface RedisHealth {
  check(): Promise<'up' | 'down' | 'not configured'>;
}

export const REDIS_HEALTH = Symbol('REDIS_HEALTH');
