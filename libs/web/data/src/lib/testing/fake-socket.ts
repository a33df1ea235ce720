import type { ClientToServerEvents, ServerToClientEvents } from '@kinship/shared/contracts';
import type { RealtimeSocket, SocketFactory } from '../realtime/realtime';

type Listener = (...args: unknown[]) => void;
type Acks = Partial<Record<keyof ClientToServerEvents, (payload: never) => unknown>>;

/**
 * For tests: a stand-in socket.io client. Records what the page sends, answers acks from `acks`, and lets
 * the test play the server (`serverEmit`) and the network (`drop`, `connect`).
 */
export class FakeSocket {
  connected = false;
  active = true;
  readonly sent: { event: string; payload: unknown }[] = [];
  private listeners = new Map<string, Set<Listener>>();

  constructor(readonly acks: Acks = {}) {}

  on(event: string, fn: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)?.add(fn);
    return this;
  }
  off(event: string, fn?: Listener) {
    if (fn) this.listeners.get(event)?.delete(fn);
    else this.listeners.delete(event);
    return this;
  }
  removeAllListeners() {
    this.listeners.clear();
    return this;
  }
  /** How many listeners `event` has, or all events whose name passes `event` when it is a function. */
  listenerCount(event: string | ((name: string) => boolean)) {
    const match = typeof event === 'string' ? (name: string) => name === event : event;
    return [...this.listeners].reduce((sum, [name, set]) => sum + (match(name) ? set.size : 0), 0);
  }
  timeout() {
    return this;
  }
  async emitWithAck(event: keyof ClientToServerEvents, payload: unknown) {
    this.sent.push({ event, payload });
    const answer = this.acks[event];
    if (!answer) return { ok: false, error: { code: 'BAD_USER_INPUT', message: 'no ack in this test' } };
    return answer(payload as never);
  }
  emit(event: keyof ClientToServerEvents, payload: unknown) {
    this.sent.push({ event, payload });
    return this;
  }
  connect() {
    this.connected = true;
    this.active = true;
    this.fire('connect');
    return this;
  }
  close() {
    this.connected = false;
    return this;
  }
  /** The network (or, with 'io server disconnect', the server) drops the connection. */
  drop(reason = 'transport close') {
    this.connected = false;
    this.fire('disconnect', reason);
  }
  /** The server refuses the connection (socket.io then stops trying by itself). */
  refuse(message: string) {
    this.connected = false;
    this.active = false;
    this.fire('connect_error', new Error(message));
  }
  serverEmit<E extends keyof ServerToClientEvents>(event: E, ...args: Parameters<ServerToClientEvents[E]>) {
    this.fire(event, ...args);
  }
  /** The payloads sent with `event`, in order. */
  sentOf(event: string) {
    return this.sent.filter((s) => s.event === event).map((s) => s.payload);
  }
  private fire(event: string, ...args: unknown[]) {
    for (const fn of [...(this.listeners.get(event) ?? [])]) fn(...args);
  }
}

/** A socket factory handing out `socket`, which connects right after (as a real one would, a moment later). */
export function fakeSocketFactory(socket: FakeSocket): SocketFactory {
  return () => {
    queueMicrotask(() => socket.connect());
    return socket as unknown as RealtimeSocket;
  };
}
