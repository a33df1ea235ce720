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
