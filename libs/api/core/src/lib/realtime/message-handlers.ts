import type { MessageMappingProperties } from '@nestjs/websockets';
import type { Observable } from 'rxjs';
import type { Socket } from 'socket.io';

/** The arguments of one socket.io event as Nest's IoAdapter sees them: the payload, and the ack if any. */
function payloadAndAck(args: unknown[]): { data: unknown; ack?: (response: unknown) => void } {
  const payload = args.length > 1 ? args : args[0];
  if (!Array.isArray(payload)) {
    return typeof payload === 'function'
      ? { data: undefined, ack: payload as (response: unknown) => void }
      : { data: payload };
  }
  const last: unknown = payload[payload.length - 1];
  if (typeof last !== 'function') return { data: payload };
  const size = payload.length - 1;
  return { data: size === 1 ? payload[0] : payload.slice(0, size), ack: last as (r: unknown) => void };
}

/**
 * What Nest's IoAdapter.bindMessageHandlers does — call the gateway's handler, emit `{ event, data }`
 * results or pass other results to the ack — with one plain listener per event instead of a chain of
 * RxJS subscribers per event and socket kept alive until the socket disconnects. An idle socket then
 * holds a few closures rather than about 50 KB of subscriber objects (measured by the idle-sockets bench).
 * After a disconnect socket.io delivers no more events, and an ack to a closed socket sends nothing, as
 * before.
 */
export function bindMessageHandlers(
  socket: Socket,
  handlers: MessageMappingProperties[],
  transform: (data: unknown) => Observable<unknown>,
): void {
  for (const { message, callback, isAckHandledManually } of handlers) {
    socket.on(message as string, (...args: unknown[]) => {
      const { data, ack } = payloadAndAck(args);
      transform(callback(data, ack)).subscribe((response) => {
        if (response === null || response === undefined) return;
        const event = (response as { event?: string; data?: unknown }).event;
        if (event) {
          socket.emit(event, (response as { data?: unknown }).data);
          return;
        }
        if (!isAckHandledManually && typeof ack === 'function') ack(response);
      });
    });
  }
}
