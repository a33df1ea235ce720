import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Logger } from 'pino';
import type { Observable } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
import { SOCKET_PATH } from '@kinship/shared/contracts';
import { metrics } from '../metrics/metrics';
import { bindMessageHandlers } from './message-handlers';
import {
  connectRedis,
  countAdapterRequestErrors,
  guardPublish,
  guardSubscribe,
  socketChannelPrefix,
  type RedisClient,
} from './redis-clients';

/**
 * socket.io on the same origin as the API. With REDIS_URL set, rooms are shared between nodes through
 * the Redis adapter, so a message sent to one node reaches members connected to another. A failed publish
 * or subscribe is logged and counted, never thrown (see guardPublish); failed requests between nodes are
 * counted and answered to their caller. Sockets and their events are counted in the metrics. Gateway
 * handlers are bound to each socket with plain listeners (bindMessageHandlers).
 */
export class KinshipIoAdapter extends IoAdapter {
  private adapterConstructor: ReturnType<typeof createAdapter> | null = null;
  private clients: RedisClient[] = [];
  private readonly detachers: (() => void)[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly logger: Logger,
  ) {
    super(app);
  }

  async connectToRedis(url: string): Promise<void> {
    const pub = await connectRedis(url, this.logger, 'io-pub');
    const sub = await connectRedis(url, this.logger, 'io-sub');
    guardPublish(pub, this.logger);
    guardSubscribe(sub, this.logger);
    this.clients = [pub, sub];
    const redisAdapter = createAdapter(pub, sub, { requestsTimeout: 3000, key: socketChannelPrefix(url) });
    // socket.io calls this with `new`, so a plain function (an arrow function cannot be constructed).
    this.adapterConstructor = function adapter(nsp) {
      return countAdapterRequestErrors(redisAdapter(nsp));
    };
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      path: SOCKET_PATH,
      serveClient: false,
      maxHttpBufferSize: 64 * 1024,
      connectionStateRecovery: undefined,
    });
    if (this.adapterConstructor) server.adapter(this.adapterConstructor);
    this.detachers.push(metrics.attachSocketServer(server));
    server.on('connection', (socket) => metrics.countSocket(socket));
    return server;
  }

  /** Gateway handlers bound with plain listeners (see message-handlers.ts): far less memory per socket. */
  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    bindMessageHandlers(socket, handlers, transform);
  }

  override async close(server: Server): Promise<void> {
    this.detachers.splice(0).forEach((detach) => detach());
    await super.close(server);
  }

  async disconnectRedis(): Promise<void> {
    await Promise.allSettled(this.clients.map((c) => c.quit()));
    this.clients = [];
  }
}
