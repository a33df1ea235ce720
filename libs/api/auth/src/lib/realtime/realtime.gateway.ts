import { Inject } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import { APP_CONFIG, handleAck, LOGGER, type AppConfig } from '@kinship/api/core';
import { ErrorCode, type SocketAck } from '@kinship/shared/contracts';
import type { AuthUser } from '../auth-user';
import { SessionService } from '../session.service';
import { SessionEvents, sessionRoom, userRoom } from './session-events';
import { SocketQuota, tooManySocketsError } from './socket-quota';

export type AuthedSocket = Socket & { data: { user: AuthUser } };

/** How long clients wait before reconnecting when a node shuts down (to another node, behind the LB). */
export const SHUTDOWN_RECONNECT_HINT_MS = 1000;

/** Answers events no handler listens for with an error ack; one listener for every socket (`this`). */
function answerUnknownEvent(this: Socket, event: string, ...args: unknown[]): void {
  if (this.listeners(event).length > 0) return;
  const ack = args[args.length - 1];
  if (typeof ack === 'function') {
    (ack as (r: SocketAck) => void)({
      ok: false,
      error: { code: ErrorCode.BadUserInput, message: `Unknown event "${event.slice(0, 64)}".` },
    });
  }
}

/**
 * The root socket.io gateway: authenticates every connection at the handshake with the same access token
 * as GraphQL (`auth: { token }`), puts the socket in its member's and session's rooms, answers unknown
 * events with an error ack, and tells clients to reconnect elsewhere when this node shuts down.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  @WebSocketServer() server!: Server;
  private readonly quota: SocketQuota;
  /** Gives a socket's slot back when it disconnects; one listener for every socket (`this` = the socket). */
  private readonly releaseSlot: (this: AuthedSocket) => void;

  constructor(
    private readonly sessions: SessionService,
    private readonly events: SessionEvents,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const quota = (this.quota = new SocketQuota(config.maxSocketsPerMember));
    this.releaseSlot = function (this: AuthedSocket) {
      quota.release(this.data.user.id);
    };
  }

  afterInit(server: Server): void {
    this.events.attach(server);
    server.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.['token'];
      if (typeof token !== 'string' || token.length > 2048) {
        next(new Error('UNAUTHENTICATED: sign in to connect'));
        return;
      }
      this.sessions
        .authenticate(token)
        .then((user) => {
          if (!user) return next(new Error('UNAUTHENTICATED: your session has ended, sign in again'));
          if (!this.quota.take(user.id)) {
            this.logger.warn({ max: this.quota.max }, 'socket refused: too many for one member');
            return next(tooManySocketsError(this.quota.max));
          }
          socket.on('disconnect', this.releaseSlot);
          socket.data.user = user;
          next();
        })
        .catch(() => {
          // The database is busy or away for a moment: the client's reconnection retries.
          const error = new Error('UNAVAILABLE: busy for a moment, try again shortly') as Error & {
            data: unknown;
          };
          error.data = { code: 'UNAVAILABLE', retryAfterSeconds: 2 };
          next(error);
        });
    });
  }

  async handleConnection(socket: AuthedSocket): Promise<void> {
    const user = socket.data.user;
    await socket.join([userRoom(user.id), sessionRoom(user.sessionId)]);
    socket.onAny(answerUnknownEvent);
  }

  @SubscribeMessage('ping')
  ping(@ConnectedSocket() _socket: AuthedSocket, @MessageBody() _payload: unknown) {
    return handleAck(() => ({ at: new Date().toISOString() }));
  }

  /** Step one of a graceful shutdown: this node's sockets are told to reconnect (elsewhere) and closed. */
  announceShutdown(): void {
    if (!this.server) return;
    const count = this.server.of('/').sockets.size;
    this.server.local.emit('server:shutdown', { reconnectInMs: SHUTDOWN_RECONNECT_HINT_MS });
    this.server.local.disconnectSockets(true);
    this.logger.info({ sockets: count }, 'closed sockets with a reconnect hint');
  }
}
