import type { Logger } from 'pino';
import { createClient } from 'redis';

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
  client.on('error', (err: Error) =>
    logger.warn({ redis: name, err: err.message }, 'redis connection error'),
  );
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
 * publish so a failure is logged and counted, and the message is dropped: clients find the gap by its
 * sequence number and catch up from PostgreSQL.
 */
export function guardPublish(client: RedisClient, logger: Logger): void {
  const target = client as unknown as { publish: (...args: unknown[]) => Promise<unknown> };
  const publish = target.publish.bind(client);
  let failures = 0;
  target.publish = (...args: unknown[]) =>
    publish(...args).catch((err: unknown) => {
      failures += 1;
      if (failures === 1 || failures % 100 === 0) {
        logger.warn(
          { err: err instanceof Error ? err.message : String(err), failures },
          'redis publish failed; clients will catch up from the database',
        );
      }
      return 0;
    });
}
