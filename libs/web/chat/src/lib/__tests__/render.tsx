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
import { ChatSocketFactoryProvider, type ChatSocket, type ChatSocketFactory } from '../realtime/ChatRealtime';

type Listener = (...args: unknown[]) => void;

/** A stand-in socket.io client: records what the page sends, answers acks, and lets the test play the server. */
export class FakeSocket {
  connected = false;
  active = true;
  readonly sent: { event: string; payload: unknown }[] = [];
  private listeners = new Map<string, Set<Listener>>();

  constructor(readonly acks: Partial<Record<keyof ClientToServerEvents, (payload: never) => unknown>> = {}) {}

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
  drop() {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }
  serverEmit<E extends keyof ServerToClientEvents>(event: E, ...args: Parameters<ServerToClientEvents[E]>) {
    this.fire(event, ...args);
  }
  sentOf(event: string) {
    return this.sent.filter((s) => s.event === event).map((s) => s.payload);
  }
  private fire(event: string, ...args: unknown[]) {
    for (const fn of [...(this.listeners.get(event) ?? [])]) fn(...args);
  }
}

function factory(socket: FakeSocket): ChatSocketFactory {
  return () => {
    queueMicrotask(() => socket.connect());
    return socket as unknown as ChatSocket;
  };
}

/** Renders `page` at `path`, signed in as Ana (id a1, role `role`), with a fake API and socket. */
export function renderChat(
  page: ReactElement,
  handlers: Record<string, FakeApiHandler>,
  {
    path = '/chat',
    pattern = path,
    socket = new FakeSocket(),
    role = 'MEMBER',
  }: { path?: string; pattern?: string; socket?: FakeSocket; role?: 'MEMBER' | 'MODERATOR' | 'ADMIN' } = {},
) {
  const api = fakeApi(handlers);
  const kinship = createKinshipClient({ terminatingLink: api.link });
  kinship.session.signedIn(fakeAuthPayload('t1', { role }));
  const view = render(
    <SessionProvider value={kinship} restore={false}>
      <ChatSocketFactoryProvider value={factory(socket)}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={pattern} element={page} />
            <Route path="*" element={<p>elsewhere</p>} />
          </Routes>
        </MemoryRouter>
      </ChatSocketFactoryProvider>
    </SessionProvider>,
  );
  return { ...view, api, socket };
}
