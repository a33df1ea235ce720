import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKinshipClient } from '../../apollo/create-apollo-client';
import { SessionProvider } from '../../session/session-context';
import { authPayload, fakeApi } from '../../testing/fake-api';
import { FakeSocket, fakeSocketFactory } from '../../testing/fake-socket';
import {
  RealtimeProvider,
  REALTIME_LINGER_MS,
  SocketFactoryProvider,
  useRealtime,
  type SocketFactory,
} from '../realtime';

/** A page that needs the socket. */
function Page({ name }: { name: string }) {
  const { socket, state } = useRealtime();
  return <p data-testid={name}>{socket ? state : 'no socket'}</p>;
}

/** Opens and closes pages that need the socket, as moving around the app does. */
function Pages() {
  const [pages, setPages] = useState<string[]>([]);
  return (
    <>
      <button onClick={() => setPages((p) => [...p, `page${p.length + 1}`])}>open</button>
      <button onClick={() => setPages((p) => p.slice(0, -1))}>close</button>
      {pages.map((name) => (
        <Page key={name} name={name} />
      ))}
    </>
  );
}

function setup({ signedIn = true } = {}) {
  const socket = new FakeSocket();
  const make = fakeSocketFactory(socket);
  const factory = vi.fn<SocketFactory>((auth) => make(auth));
  const api = fakeApi({ RealtimeTokenCheck: () => ({ data: { me: { __typename: 'Account', id: 'a1' } } }) });
  const kinship = createKinshipClient({ terminatingLink: api.link });
  if (signedIn) kinship.session.signedIn(authPayload('t1'));
  else kinship.session.clear();
  render(
    <SessionProvider value={kinship} restore={false}>
      <SocketFactoryProvider value={factory}>
        <RealtimeProvider>
          <Pages />
        </RealtimeProvider>
      </SocketFactoryProvider>
    </SessionProvider>,
  );
  return { socket, factory, api, kinship };
}

const openPage = () => fireEvent.click(screen.getByRole('button', { name: 'open' }));
const closePage = () => fireEvent.click(screen.getByRole('button', { name: 'close' }));
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const settle = async () => {
  for (let i = 0; i < 5; i += 1) await wait(0);
};
const shown = (name = 'page1') => screen.getByTestId(name).textContent;
const everyEvent = () => true;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the realtime connection', () => {
  it('opens when a page needs it, serves every page with one socket, and closes a while after the last', async () => {
    const { socket, factory } = setup();
    await settle();
    expect(factory).not.toHaveBeenCalled();

    openPage();
    await settle();
    expect(shown('page1')).toBe('connected');
    openPage();
    await settle();
    expect(shown('page2')).toBe('connected');
    expect(factory).toHaveBeenCalledTimes(1);

    // Between pages (a lazy one loading, say) the socket stays.
    closePage();
    closePage();
    await wait(REALTIME_LINGER_MS - 1_000);
    expect(socket.connected).toBe(true);
    openPage();
    await settle();
    expect(shown('page1')).toBe('connected');
    expect(factory).toHaveBeenCalledTimes(1);

    closePage();
    await wait(REALTIME_LINGER_MS);
    expect(socket.connected).toBe(false);
    expect(socket.listenerCount(everyEvent)).toBe(0);
  });

  it('opens none for a visitor', async () => {
    const { factory } = setup({ signedIn: false });
    openPage();
    await settle();
    expect(factory).not.toHaveBeenCalled();
    expect(shown()).toBe('no socket');
  });

  it('sends the access token, and when the server refuses it, refreshes it and connects again', async () => {
    const { socket, factory, api } = setup();
    openPage();
    await settle();
    const tokenSent = vi.fn();
    factory.mock.calls[0][0](tokenSent);
    expect(tokenSent).toHaveBeenCalledWith({ token: 't1' });

    act(() => socket.refuse('UNAUTHENTICATED: your session has ended, sign in again'));
    expect(shown()).toBe('reconnecting');
    await wait(100);
    expect(api.seen.map((r) => r.operationName)).toEqual(['RealtimeTokenCheck']);
    expect(api.seen[0].authorization).toBe('Bearer t1');
    expect(shown()).toBe('connected');
  });

  it('comes back after a server shuts down, after the hinted delay; not after the session ended', async () => {
    const { socket } = setup();
    openPage();
    await settle();

    act(() => {
      socket.serverEmit('server:shutdown', { reconnectInMs: 1_000 });
      socket.drop('io server disconnect');
    });
    expect(shown()).toBe('reconnecting');
    await wait(900);
    expect(socket.connected).toBe(false);
    await wait(600);
    expect(shown()).toBe('connected');

    const reconnect = vi.spyOn(socket, 'connect');
    act(() => {
      socket.serverEmit('session:ended', { reason: 'You signed out.' });
      socket.drop('io server disconnect');
    });
    expect(shown()).toBe('offline'); // not "reconnecting": nothing will reconnect
    await wait(60_000);
    expect(reconnect).not.toHaveBeenCalled();
    expect(socket.connected).toBe(false);
  });

  it('says when the browser is offline, and reconnects when it is back online', async () => {
    const { socket } = setup();
    openPage();
    await settle();
    act(() => {
      socket.drop();
      window.dispatchEvent(new Event('offline'));
    });
    expect(shown()).toBe('offline');
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(shown()).toBe('connected');
  });

  it('closes when the member signs out', async () => {
    const { socket, kinship } = setup();
    openPage();
    await settle();
    act(() => kinship.session.clear());
    expect(socket.connected).toBe(false);
    expect(shown()).toBe('no socket');
    expect(socket.listenerCount(everyEvent)).toBe(0);
  });
});
