import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './config/config';
import { LOGGER } from './logging/logger';
import { HealthController } from './health/health.controller';
import { ShutdownState } from './health/shutdown-state';
import { MemberNotifier } from './notify/member-notifier';
import { REDIS_HEALTH, type RedisHealth } from './health/redis-health';
import type { RedisClient } from './realtime/redis-clients';
import { JobRunner } from './jobs/job-runner';
import { metrics } from './metrics/metrics';
import { MetricsBinding } from './metrics/metrics-binding';

/** How long /health waits for Redis to answer a PING. */
export const REDIS_PING_TIMEOUT_MS = 2000;

/** Null when REDIS_URL is unset: the node then works alone. */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

export interface CoreModuleOptions {
  config: AppConfig;
  logger: Logger;
  redis: RedisClient | null;
}

/** Configuration, logging, Redis (when configured), shutdown state, /health and metrics, for every feature. */
@Global()
@Module({})
export class CoreModule {
  static forRoot({ config, logger, redis }: CoreModuleOptions): DynamicModule {
    const redisHealth: RedisHealth = {
      async check() {
        if (!redis) return 'not configured';
        let timer: NodeJS.Timeout | undefined;
        try {
          // A Redis that hangs (overloaded, a dropped route) must not hang /health: no answer in time is down.
          await Promise.race([
            redis.ping(),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error('redis ping timed out')), REDIS_PING_TIMEOUT_MS);
            }),
          ]);
          // Answering, but a publish, request or connection failed lately (the node keeps serving).
          return metrics.redisRecentlyFailed() ? 'degraded' : 'up';
        } catch {
          return 'down';
        } finally {
          clearTimeout(timer);
        }
      },
    };
    return {
      module: CoreModule,
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: REDIS_CLIENT, useValue: redis },
        { provide: REDIS_HEALTH, useValue: redisHealth },
        ShutdownState,
        MemberNotifier,
        MetricsBinding,
        {
          provide: JobRunner,
          useFactory: () =>
            new JobRunner({
              databaseUrl: config.databaseUrl,
              work: config.runJobs,
              logger: logger.child({ component: 'jobs' }),
            }),
        },
      ],
      exports: [APP_CONFIG, LOGGER, REDIS_CLIENT, ShutdownState, MemberNotifier, JobRunner],
    };
  }
}
