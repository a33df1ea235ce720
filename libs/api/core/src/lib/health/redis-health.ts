export interface RedisHealth {
  /** `degraded`: Redis answers, but an error was caught lately (see kinship_redis_errors_total). */
  check(): Promise<'up' | 'degraded' | 'down' | 'not configured'>;
}

export const REDIS_HEALTH = Symbol('REDIS_HEALTH');
