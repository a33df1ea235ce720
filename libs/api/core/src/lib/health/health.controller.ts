import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { Public } from '../public.decorator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ShutdownState } from './shutdown-state';
import { REDIS_HEALTH, type RedisHealth } from './redis-health';

type Check = 'up' | 'down' | 'not configured';

/**
 * GET /health: liveness plus whether PostgreSQL (and Redis when configured) answer. 503 when a dependency
 * is down or the node is shutting down, so a load balancer stops sending it work. Redis `degraded` (it
 * answers, but errors were caught in the last minute) stays 200: the node still serves.
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly shutdown: ShutdownState,
    @Inject(REDIS_HEALTH) private readonly redis: RedisHealth,
  ) {}

  @Get()
  async health(@Res() res: Response): Promise<void> {
    const [database, redis] = await Promise.all([this.checkDatabase(), this.redis.check()]);
    const healthy = database === 'up' && redis !== 'down' && !this.shutdown.shuttingDown;
    res.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: this.shutdown.shuttingDown ? 'shutting down' : healthy ? 'ok' : 'degraded',
      database,
      redis,
    });
  }

  private async checkDatabase(): Promise<Check> {
    try {
      await this.dataSource.query('SELECT 1');
      return 'up';
    } catch {
      return 'down';
    }
  }
}
