import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobRunner } from '../jobs/job-runner';
import { metrics, type PoolLike } from './metrics';

/** How long a scrape waits for the job queue depth before leaving it out. */
export const QUEUE_SAMPLE_TIMEOUT_MS = 1000;

/**
 * Connects this app's PostgreSQL pool (TypeORM's pg Pool) and job runner to the process metrics once the
 * app has started, and disconnects them when it stops.
 */
@Injectable()
export class MetricsBinding implements OnApplicationBootstrap, OnApplicationShutdown {
  private detachers: (() => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
  ) {}

  onApplicationBootstrap(): void {
    const pool = (this.dataSource.driver as unknown as { master?: PoolLike & { connect: () => unknown } })
      .master;
    if (pool && typeof pool.totalCount === 'number') this.detachers.push(metrics.attachPool(pool));
    this.detachers.push(metrics.attachQueueSizes(() => this.jobs.queueSizes(QUEUE_SAMPLE_TIMEOUT_MS)));
  }

  onApplicationShutdown(): void {
    this.detachers.splice(0).forEach((detach) => detach());
  }
}
