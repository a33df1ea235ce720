import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Something that can say how many connections a pg Pool holds (TypeORM's pool is a pg Pool). */
export interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** What a socket.io server offers for counting: its main namespace's connected sockets. */
export interface SocketServerLike {
  of(name: '/'): { sockets: { size: number } };
}

/** Answers each queue's waiting jobs, or null when it cannot tell (not started, timed out, failed). */
export type QueueSizeSource = () => Promise<Map<string, number> | null>;

/** Where a Redis error came from: the adapter's publish, its requests between nodes, or a connection. */
export type RedisErrorKind = 'publish' | 'request' | 'connection';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** How long after its last error Redis is reported `degraded` in /health. */
export const REDIS_RECENT_ERROR_MS = 60_000;

/**
 * The process's Prometheus metrics: one registry per process with Node's default process metrics, and a
 * small typed API the rest of the code calls. Every label is bounded: callers pass templates and known
 * names, never raw input (see http-metrics.ts, graphql-metrics.ts and the socket events below).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly pools = new Set<PoolLike>();
  private readonly socketServers = new Set<SocketServerLike>();
  private readonly queueSources = new Set<QueueSizeSource>();
  private lastRedisErrorAt = 0;

  readonly httpDuration = new Histogram({
    name: 'kinship_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'kinship_graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name and type (query, mutation)',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'kinship_graphql_errors_total',
    help: 'Errors in GraphQL answers by operation name, type and error code',
    labelNames: ['operation', 'type', 'code'] as const,
    registers: [this.registry],
  });

  readonly socketEvents = new Counter({
    name: 'kinship_socket_events_total',
    help: 'socket.io events received, by event name (events no handler knows count as "unknown")',
    labelNames: ['event'] as const,
    registers: [this.registry],
  });

  readonly socketConnections = new Counter({
    name: 'kinship_socket_connections_total',
    help: 'socket.io connections accepted (signed in) since start',
    registers: [this.registry],
  });

  readonly chatCommitBatch = new Histogram({
    name: 'kinship_chat_commit_batch_size',
    help: 'Chat messages stored per database commit',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200],
    registers: [this.registry],
  });

  readonly chatCommitSeconds = new Histogram({
    name: 'kinship_chat_commit_seconds',
    help: 'Time to store one batch of chat messages',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly dbPoolAcquire = new Histogram({
    name: 'kinship_db_pool_acquire_seconds',
    help: 'Wait for a PostgreSQL connection from the pool, by outcome (ok, error: timed out or failed)',
    labelNames: ['outcome'] as const,
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly redisErrors = new Counter({
    name: 'kinship_redis_errors_total',
    help: 'Redis errors caught (publish, request between nodes, connection); the node keeps serving',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly unhandledRejections = new Counter({
    name: 'kinship_unhandled_rejections_total',
    help: 'Promise rejections nothing handled (logged, the node keeps serving)',
    registers: [this.registry],
  });

  readonly jobQueueSampleFailures = new Counter({
    name: 'kinship_job_queue_sample_failures_total',
    help: 'Scrapes where the job queue depth could not be read in time',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const pools = this.pools;
    const poolGauge = (name: string, help: string, read: (p: PoolLike) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          let n = 0;
          for (const pool of pools) n += read(pool);
          this.set(n);
        },
      });
    poolGauge('kinship_db_pool_connections', 'PostgreSQL connections the pool holds', (p) => p.totalCount);
    poolGauge('kinship_db_pool_idle', 'PostgreSQL connections idle in the pool', (p) => p.idleCount);
    poolGauge(
      'kinship_db_pool_waiting',
      'Requests waiting for a PostgreSQL connection',
      (p) => p.waitingCount,
    );

    const servers = this.socketServers;
    new Gauge({
      name: 'kinship_sockets_connected',
      help: 'socket.io sockets connected to this node now',
      registers: [this.registry],
      collect() {
        let n = 0;
        for (const server of servers) n += server.of('/').sockets.size;
        this.set(n);
      },
    });

    const sources = this.queueSources;
    const failures = this.jobQueueSampleFailures;
    new Gauge({
      name: 'kinship_job_queue_depth',
      help: 'Jobs waiting per queue (created or retrying), read from pg-boss on each scrape',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const source of sources) {
          const sizes = await source();
          if (!sizes) {
            failures.inc();
            continue;
          }
          for (const [queue, size] of sizes) this.set({ queue }, size);
        }
      },
    });

    const lastError = () => this.lastRedisErrorAt;
    new Gauge({
      name: 'kinship_redis_degraded',
      help: `1 while a Redis error happened in the last ${REDIS_RECENT_ERROR_MS / 1000} s, else 0`,
      registers: [this.registry],
      collect() {
        this.set(Date.now() - lastError() < REDIS_RECENT_ERROR_MS ? 1 : 0);
      },
    });
  }

  /** One database commit of `batchSize` chat messages that took `seconds`. */
  observeChatCommit(batchSize: number, seconds: number): void {
    this.chatCommitBatch.observe(batchSize);
    this.chatCommitSeconds.observe(seconds);
  }

  /** Runs `commit` (storing `batchSize` chat messages) and records its batch size and time when it succeeds. */
  async timeChatCommit<T>(batchSize: number, commit: () => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    const result = await commit();
    this.observeChatCommit(batchSize, secondsSince(started));
    return result;
  }

  /** Counts a caught Redis error; /health reports Redis `degraded` for a while after one. */
  redisError(kind: RedisErrorKind): void {
    this.redisErrors.inc({ kind });
    this.lastRedisErrorAt = Date.now();
  }

  /** Whether a Redis error was caught in the last `withinMs`. */
  redisRecentlyFailed(withinMs = REDIS_RECENT_ERROR_MS): boolean {
    return Date.now() - this.lastRedisErrorAt < withinMs;
  }

  /** Counts a socket.io connection and, from then on, its events. */
  countSocket(socket: {
    onAny(listener: (event: string) => void): unknown;
    listeners(event: string): unknown[];
  }): void {
    this.socketConnections.inc();
    socket.onAny(this.countSocketEvent);
  }

  /** One listener for every socket (socket.io calls it with `this` = the socket): no closure per socket. */
  private readonly countSocketEvent = ((events: Counter<'event'>) =>
    function (this: { listeners(event: string): unknown[] }, event: string) {
      // Only events a handler listens for are named, so the label stays bounded whatever clients send.
      events.inc({ event: this.listeners(event).length > 0 ? event : 'unknown' });
    })(this.socketEvents);

  /** Reports a socket.io server's sockets until `detach` is called. */
  attachSocketServer(server: SocketServerLike): () => void {
    this.socketServers.add(server);
    return () => this.socketServers.delete(server);
  }

  /** Reports a pg Pool's counts and times its connection acquires until `detach` is called. */
  attachPool(pool: PoolLike & { connect: (...args: never[]) => unknown }): () => void {
    this.pools.add(pool);
    const restore = timeAcquires(pool, this.dbPoolAcquire);
    return () => {
      this.pools.delete(pool);
      restore();
    };
  }

  /** Samples job queue depth from `source` on each scrape until `detach` is called. */
  attachQueueSizes(source: QueueSizeSource): () => void {
    this.queueSources.add(source);
    return () => this.queueSources.delete(source);
  }

  /** The text Prometheus scrapes. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

type Connect = (...args: unknown[]) => unknown;

/**
 * Wraps a pg Pool's connect (callback and promise forms, as TypeORM and pg's own pool.query call it) to
 * time how long each caller waited for a connection. Returns a function that puts the original back.
 */
function timeAcquires(pool: { connect: (...args: never[]) => unknown }, histogram: Metrics['dbPoolAcquire']) {
  const target = pool as unknown as { connect: Connect };
  const original = target.connect;
  const connect = original.bind(pool) as Connect;
  target.connect = (...args: unknown[]) => {
    const started = process.hrtime.bigint();
    const done = (ok: boolean) => histogram.observe({ outcome: ok ? 'ok' : 'error' }, secondsSince(started));
    const callback = args[0];
    if (typeof callback === 'function') {
      return connect((err: unknown, ...rest: unknown[]) => {
        done(!err);
        return (callback as Connect)(err, ...rest);
      });
    }
    return (connect() as Promise<unknown>).then(
      (client) => {
        done(true);
        return client;
      },
      (err: unknown) => {
        done(false);
        throw err;
      },
    );
  };
  return () => {
    target.connect = original;
  };
}

/** The process's one set of metrics. */
export const metrics = new Metrics();
