import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { safeError } from '../logging/logger';

/** pg-boss keeps its tables in their own schema of the app's database. */
export const JOBS_SCHEMA = 'pgboss';

export interface JobContext {
  id: string;
  /** 0 on the first attempt. */
  retryCount: number;
}

export interface JobDefinition<T extends object = object> {
  /** The queue's name (letters, digits, dashes, dots). */
  name: string;
  /** Must be safe to run again: a job interrupted by a crash is retried, possibly on another node. */
  handler: (data: T, job: JobContext) => Promise<void>;
  /** A cron expression (UTC) when the job runs on a schedule; one node sends each due run. */
  cron?: string;
  /** Attempts after the first one (default 5), waiting retryDelay seconds, doubling each time. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A run still active after this long is treated as dead (its node crashed) and retried. */
  expireInSeconds?: number;
}

export interface JobRunnerOptions {
  databaseUrl: string;
  /** False: this node sends jobs and answers status but never works them (RUN_JOBS=false). */
  work: boolean;
  logger: Logger;
  /** pg-boss intervals, for tests that need expiry and cron checks sooner than in production. */
  tuning?: Pick<
    PgBoss.ConstructorOptions,
    'maintenanceIntervalSeconds' | 'cronMonitorIntervalSeconds' | 'cronWorkerIntervalSeconds'
  > & { pollingIntervalSeconds?: number };
  /** Connections pg-boss keeps to PostgreSQL at most. */
  poolMax?: number;
}

/**
 * Background jobs on pg-boss, in the app's own PostgreSQL. Features `define` their jobs while the app
 * starts (in onModuleInit); the runner starts after migrations (on application bootstrap) and stops on
 * shutdown, letting a running job finish for a few seconds.
 *
 * pg-boss takes each job with `FOR UPDATE SKIP LOCKED`, so a job runs on one node at a time however many
 * nodes there are; scheduled runs are sent once per due minute across nodes. A job whose node dies stays
 * "active" until its expiry, then pg-boss fails it and retries it with backoff on any node.
 */
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly definitions = new Map<string, JobDefinition>();
  private boss: PgBoss | null = null;
  private starting: Promise<void> | null = null;

  constructor(private readonly options: JobRunnerOptions) {}

  get working(): boolean {
    return this.options.work;
  }

  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.boss) throw new Error(`job ${definition.name} defined after the runner started`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition);
  }

  /** The handler of a job, for running one directly (tests, an admin "run now"). */
  handlerOf(name: string): JobDefinition['handler'] {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`no job named ${name}`);
    return definition.handler;
  }

  /** A working node starts at once; any other connects the first time it sends a job or reads status. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.options.work) await this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): Promise<void> {
    this.starting ??= this.startBoss();
    return this.starting;
  }

  private async startBoss(): Promise<void> {
    const { databaseUrl, work, logger, tuning = {} } = this.options;
    const { pollingIntervalSeconds, ...bossTuning } = tuning;
    const boss = new PgBoss({
      connectionString: databaseUrl,
      schema: JOBS_SCHEMA,
      application_name: 'kinship-jobs',
      max: this.options.poolMax ?? 4,
      // A node that does not work jobs does no maintenance and sends no scheduled runs either.
      supervise: work,
      schedule: work,
      ...bossTuning,
    });
    boss.on('error', (err) => logger.error({ err: safeError(err) }, 'job runner error'));
    this.boss = boss;
    await boss.start();
    for (const d of this.definitions.values()) {
      const queue: PgBoss.Queue = {
        name: d.name,
        retryLimit: d.retryLimit ?? 5,
        retryDelay: d.retryDelaySeconds ?? 30,
        retryBackoff: true,
        expireInSeconds: d.expireInSeconds ?? 15 * 60,
      };
      await this.ensureQueue(boss, queue);
      if (!work) continue;
      if (d.cron) await boss.schedule(d.name, d.cron, {}, { tz: 'UTC' });
      await boss.work<object>(
        d.name,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: pollingIntervalSeconds ?? 2 },
        async ([job]) => {
          try {
            await d.handler(job.data ?? {}, { id: job.id, retryCount: job.retryCount });
          } catch (err) {
            logger.warn({ err: safeError(err), job: d.name, attempt: job.retryCount }, 'job failed');
            throw err;
          }
        },
      );
    }
    logger.info({ jobs: [...this.definitions.keys()], working: work }, 'job runner started');
  }

  /** Creates or updates a queue; nodes starting together may race (duplicate, deadlock): check and retry. */
  private async ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
        else await boss.createQueue(queue.name, queue);
        return;
      } catch (err) {
        if (attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 200 * attempt));
      }
    }
  }

  /** Queues one run of a job (from any node, working or not). */
  async send(name: string, data: object = {}, options: PgBoss.SendOptions = {}): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`no job named ${name}`);
    await this.start();
    return (this.boss as PgBoss).send(name, data, options);
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    await this.starting?.catch(() => undefined);
    await boss.stop({ graceful: true, wait: true, timeout: 8000 });
    // pg-boss removes stopped workers on a one-second poll after stop() resolves; wait it out so nothing of
    // the runner is left behind (a process or test worker exits at once, not a second later).
    if (this.options.work) await new Promise((r) => setTimeout(r, 1100));
  }

  /** Counts, last runs and recent failures per queue, from pg-boss's tables (current and archived jobs). */
  async status(): Promise<JobsStatus> {
    await this.start();
    const db = (this.boss as PgBoss).getDb();
    const names = this.names();
    const { rows: counts } = await db.executeSql(
      `SELECT name, state, count(*)::int AS n FROM ${JOBS_SCHEMA}.job WHERE name = ANY ($1) GROUP BY 1, 2`,
      [names],
    );
    const { rows: last } = await db.executeSql(
      `SELECT name, max(completed_on) FILTER (WHERE state = 'completed') AS completed,
              max(completed_on) FILTER (WHERE state = 'failed') AS failed
         FROM (SELECT name, state, completed_on FROM ${JOBS_SCHEMA}.job WHERE name = ANY ($1)
               UNION ALL
               SELECT name, state, completed_on FROM ${JOBS_SCHEMA}.archive WHERE name = ANY ($1)) j
        GROUP BY name`,
      [names],
    );
    const { rows: failures } = await db.executeSql(
      `SELECT name, id, retry_count, completed_on, output FROM (
         SELECT name, id, retry_count, completed_on, output FROM ${JOBS_SCHEMA}.job
          WHERE name = ANY ($1) AND state = 'failed'
         UNION ALL
         SELECT name, id, retry_count, completed_on, output FROM ${JOBS_SCHEMA}.archive
          WHERE name = ANY ($1) AND state = 'failed') f
        ORDER BY completed_on DESC NULLS LAST LIMIT 20`,
      [names],
    );
    const count = (name: string, state: string) =>
      (counts as { name: string; state: string; n: number }[]).find(
        (c) => c.name === name && c.state === state,
      )?.n ?? 0;
    const lastOf = (name: string) =>
      (last as { name: string; completed: Date | null; failed: Date | null }[]).find((l) => l.name === name);
    const failureList = (failures as FailureRow[]).map((f) => ({
      queue: f.name,
      jobId: f.id,
      attempts: f.retry_count + 1,
      failedAt: f.completed_on,
      error: errorText(f.output),
    }));
    return {
      working: this.options.work,
      queues: names.map((name) => ({
        name,
        schedule: this.definitions.get(name)?.cron ?? null,
        waiting: count(name, 'created') + count(name, 'retry'),
        active: count(name, 'active'),
        completed: count(name, 'completed'),
        failed: count(name, 'failed'),
        lastCompletedAt: lastOf(name)?.completed ?? null,
        lastFailedAt: lastOf(name)?.failed ?? null,
        lastError: failureList.find((f) => f.queue === name)?.error ?? null,
      })),
      failures: failureList,
    };
  }

  /**
   * Waiting jobs (created or retrying) per queue, from pg-boss's getQueueSize, for the metrics. Empty when
   * pg-boss has not started on this node (a node that does not work jobs and has sent none); null when the
   * answer failed or took longer than `timeoutMs`. Never throws.
   */
  async queueSizes(timeoutMs = 1000): Promise<Map<string, number> | null> {
    const boss = this.boss;
    if (!boss || !this.starting) return new Map();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const read = (async () => {
      await this.starting;
      const names = this.names();
      const sizes = await Promise.all(names.map((name) => boss.getQueueSize(name)));
      return new Map(names.map((name, i) => [name, sizes[i] ?? 0]));
    })().catch(() => null);
    try {
      return await Promise.race([read, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The job names this runner knows. */
  names(): string[] {
    return [...this.definitions.keys()];
  }
}

interface FailureRow {
  name: string;
  id: string;
  retry_count: number;
  completed_on: Date | null;
  output: unknown;
}

/** pg-boss stores a thrown error as `{ message, stack }`; admins see the message only. */
function errorText(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) {
    return String((output as { message: unknown }).message).slice(0, 500);
  }
  return output == null ? '' : JSON.stringify(output).slice(0, 500);
}

export interface QueueStatus {
  name: string;
  schedule: string | null;
  waiting: number;
  active: number;
  completed: number;
  failed: number;
  lastCompletedAt: Date | null;
  lastFailedAt: Date | null;
  lastError: string | null;
}

export interface JobFailure {
  queue: string;
  jobId: string;
  attempts: number;
  failedAt: Date | null;
  error: string;
}

export interface JobsStatus {
  /** Whether this node works jobs (RUN_JOBS). */
  working: boolean;
  queues: QueueStatus[];
  failures: JobFailure[];
}
