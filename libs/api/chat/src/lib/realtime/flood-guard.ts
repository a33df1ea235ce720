import type { Socket } from 'socket.io';
import { ErrorCode, type SocketAck } from '@kinship/shared/contracts';

/** Events one socket may send in a burst, and how many it regains per second. */
export const SOCKET_EVENT_BURST = 40;
export const SOCKET_EVENTS_PER_SECOND = 10;

/**
 * A token bucket per socket over every event it sends: a client that floods the server gets a
 * RATE_LIMITED ack and its extra events are dropped before any work is done, so it cannot slow the node
 * down for everyone else. (The per-member message limit, shared across nodes, is separate.)
 */
export function installFloodGuard(socket: Socket): void {
  let tokens = SOCKET_EVENT_BURST;
  let last = Date.now();
  socket.use((packet, next) => {
    const now = Date.now();
    tokens = Math.min(SOCKET_EVENT_BURST, tokens + ((now - last) / 1000) * SOCKET_EVENTS_PER_SECOND);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      next();
      return;
    }
    const ack = packet[packet.length - 1];
    if (typeof ack === 'function') {
      const refusal: SocketAck<never> = {
        ok: false,
        error: {
          code: ErrorCode.RateLimited,
          message: 'Too many events from this connection. Slow down for a moment.',
          retryAfterSeconds: 1,
        },
      };
      (ack as (r: SocketAck<never>) => void)(refusal);
    }
  });
}
