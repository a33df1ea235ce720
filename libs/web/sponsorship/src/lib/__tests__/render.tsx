import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  createKinshipClient,
  fakeApi,
  fakeAuthPayload,
  SessionProvider,
  type FakeApiHandler,
} from '@kinship/web/data';
import type { ClientToServerEvents, ServerToClientEvents } from '@kinship/shared/contracts';
import { SocketFactoryProvider, type SocketFactory, type SponsorshipSocket } from '../hooks/realtime';

type Listener = (...args: unknown[]) => void;

/**
 * A stand-in for a socket.io client: records what the page emits, answers acks from `acks`, and lets the
 * test play the server (`serverEmit`, `drop`, `reconnect`).
 */
export class FakeSocket {
  connected = false;
  active = true;
  readonly sent: { event: string; payload: unknown }[] = [];
  private listeners = new Map<string, Set<Listener>>();

  constructor(readonly acks: Partial<Record<keyof ClientToServerEvents, (payload: never) => unknown>>) {}

  on(event: string, fn: Listener) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)?.add(fn);
    return this;
  }
  off(event: string, fn: Listener) {
    this.listeners.get(event)?.delete(fn);
    return this;
  }
  removeAllListeners() {
    this.listeners.clear();
    return this;
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
    this.fire('connect');
    return this;
  }
  close() {
    this.connected = false;
    return this;
  }
  /** The server (or the network) drops the connection. */
  drop() {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }
  serverEmit<E extends keyof ServerToClientEvents>(event: E, ...args: Parameters<ServerToClientEvents[E]>) {
    this.fire(event, ...args);
  }
  private fire(event: string, ...args: unknown[]) {
    for (const fn of [...(this.listeners.get(event) ?? [])]) fn(...args);
  }
}

export function fakeSocketFactory(socket: FakeSocket): SocketFactory {
  return () => {
    queueMicrotask(() => socket.connect());
    return socket as unknown as SponsorshipSocket;
  };
}

/** Renders `page` at `path` (matching `pattern`) signed in as Ana (id a1), with a fake API and socket. */
export function renderPage(
  page: ReactElement,
  handlers: Record<string, FakeApiHandler>,
  {
    path = '/',
    pattern = path,
    socket = new FakeSocket({}),
  }: { path?: string; pattern?: string; socket?: FakeSocket } = {},
) {
  const api = fakeApi(handlers);
  const kinship = createKinshipClient({ terminatingLink: api.link });
  kinship.session.signedIn(fakeAuthPayload('t1'));
  const view = render(
    <SessionProvider value={kinship} restore={false}>
      <SocketFactoryProvider value={fakeSocketFactory(socket)}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={pattern} element={page} />
            <Route path="*" element={<p>elsewhere</p>} />
          </Routes>
        </MemoryRouter>
      </SocketFactoryProvider>
    </SessionProvider>,
  );
  return { ...view, api, socket };
}
