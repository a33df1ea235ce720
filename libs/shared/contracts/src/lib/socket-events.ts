import type { ErrorCode } from './error-codes';

/** Every socket.io acknowledgement has this shape: ok with data, or an error a person can act on. */
export type SocketAck<T = unknown> =
  { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** Sent to every socket before a node shuts down: reconnect (to another node) after the hinted delay. */
export interface ServerShutdownEvent {
  reconnectInMs: number;
}

/** Events the server emits; features add theirs to this map. */
export interface ServerToClientEvents {
  'server:shutdown': (event: ServerShutdownEvent) => void;
  'session:ended': (event: { reason: string }) => void;
}

/** Events a client emits; features add theirs to this map. */
export interface ClientToServerEvents {
  ping: (payload: unknown, ack: (response: SocketAck<{ at: string }>) => void) => void;
}

export const SOCKET_PATH = '/socket.io';
