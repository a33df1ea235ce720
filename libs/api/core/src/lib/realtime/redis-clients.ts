import type { Logger } from 'pino';
import { createClient } from 'redis';
import { metrics } from '../metrics/metrics';

export type RedisClient = ReturnType<typeof createClient>;

/**
 * Opens a Redis connection that logs its errors instead of crashing the node, and reconnects with backoff.
 * Commands fail fast while disconnected (no offline queue), so an outage degrades instead of piling up.
 */
export async function connectRedis(url: string, logger: Logger, name: string): Promise<RedisClient> {
  const client = createClient({
    url,
    name: `kinship-${name}`,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 5000), connectTimeout: 5000 },
  });
  client.on('error', (err: Error) => {
    metrics.redisError('connection');
    logger.warn({ redis: name, err: err.message }, 'redis connection error');
  });
  await client.connect();
  return client;
}

/** The database index of a redis:// URL (`redis://host:6379/3` → 3; none → 0). */
export function redisDatabaseIndex(url: string): number {
  const path = new URL(url).pathname.replace(/^\//, '');
  return /^\d+$/.test(path) ? Number(path) : 0;
}

/**
 * The socket.io adapter's channel prefix. Redis pub/sub ignores database indexes, so the index is part of
 * the prefix: deployments (or test runs) sharing one Redis on different indexes never hear each other.
 */
export function socketChannelPrefix(url: string): string {
  return `kinship:${redisDatabaseIndex(url)}:socket.io`;
}

/**
 * The Redis adapter publishes without catching errors, so a publish that fails (Redis down, or a command
 * timing out while the node is overloaded) would be an unhandled rejection. This wraps the client's
 * publish so a failure is logged and counted (kinship_redis_errors_total, /health says Redis is degraded),
 * and the message is dropped: clients find the gap by its sequence number and catch up from PostgreSQL.
 */
export function guardPublish(client: RedisClient, logger: Logger): void {
  guardCommand(client, 'publish', logger, 'redis publish failed; clients will catch up from the database', 0);
}

/**
 * The adapter subscribes when a namespace is created and drops that promise too: a failure is logged
 * and counted instead of crashing the node (the client subscribes again when it reconnects).
 */
export function guardSubscribe(client: RedisClient, logger: Logger): void {
  guardCommand(client, 'subscribe', logger, 'redis subscribe failed', undefined);
  guardCommand(client, 'pSubscribe', logger, 'redis subscribe failed', undefined);
}

function guardCommand(
  client: RedisClient,
  method: string,
  logger: Logger,
  message: string,
  fallback: unknown,
) {
  const target = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const original = target[method].bind(client);
  let failures = 0;
  target[method] = (...args: unknown[]) =>
    original(...args).catch((err: unknown) => {
      failures += 1;
      metrics.redisError(method === 'publish' ? 'publish' : 'connection');
      if (failures === 1 || failures % 100 === 0) {
        logger.warn({ err: err instanceof Error ? err.message : String(err), failures }, message);
      }
      return fallback;
    });
}

/** The adapter's requests to the other nodes; they reject (timeout, Redis away) to their caller. */
const ADAPTER_REQUESTS = ['fetchSockets', 'allRooms'] as const;

/**
 * Counts failed requests between nodes (fetchSockets, allRooms, with the server count they ask first) in
 * kinship_redis_errors_total and /health, then rejects to the caller as before, which answers its
 * client with an error instead of crashing. Wraps an adapter instance in place.
 */
export function countAdapterRequestErrors<T extends object>(adapter: T): T {
  const target = adapter as unknown as Record<string, unknown>;
  for (const name of ADAPTER_REQUESTS) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = (...args: unknown[]) =>
      (original as (...a: unknown[]) => Promise<unknown>).apply(adapter, args).catch((err: unknown) => {
        metrics.redisError('request');
        throw err;
      });
  }
  return adapter;
}
