import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@kinship/shared/contracts';
import { REALTIME_TOKEN_CHECK } from '../graphql/realtime.documents';
import { useAccessToken, useSession } from '../session/session-context';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';
/** socket.io's `auth` as a function: asked for the access token at every (re)connection. */
export type SocketAuth = (cb: (data: { token: string | null }) => void) => void;
/** Opens the socket; tests pass a fake (see `@kinship/web/data/testing`). */
export type SocketFactory = (auth: SocketAuth) => RealtimeSocket | Promise<RealtimeSocket>;

export interface Realtime {
  /** The tab's socket, shared by every feature: add listeners with `on` and remove them with `off`. */
  socket: RealtimeSocket | null;
  state: ConnectionState;
}

/** socket.io-client is downloaded when a page first needs the socket, so it is not part of the first page. */
export const openSocket: SocketFactory = async (auth) => {
  const { io } = await import('socket.io-client');
  return io({ path: SOCKET_PATH, auth, transports: ['websocket', 'polling'], reconnectionDelayMax: 10_000 });
};

/** How long the socket stays open after the last page that used it: moving between such pages keeps it. */
export const REALTIME_LINGER_MS = 15_000;
const RETRY_OPEN_MS = 5_000;

const OFFLINE: Realtime = { socket: null, state: 'offline' };
const RealtimeContext = createContext<Realtime>(OFFLINE);
/** Registers a page that needs the socket; returns the release. */
const DemandContext = createContext<() => () => void>(() => () => undefined);
const FactoryContext = createContext<SocketFactory>(openSocket);

/** For tests: the socket factory that RealtimeProvider uses. */
export const SocketFactoryProvider = FactoryContext.Provider;

const offlineNow = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * The tab's one socket.io connection, for every feature. It opens while a signed-in member is on a page that
 * needs it (`useRealtime`), and closes a little after the last such page, when they sign out, or never
 * reopens by itself when the server ended the session. Authenticated at the handshake with the same access
 * token as GraphQL (`auth: { token }`, read at every connection). socket.io reconnects after network trouble
 * by itself; when a node shuts down it reconnects after the hinted delay (to another node, through the load
 * balancer); when the token was refused, a signed-in query lets the auth link refresh it first. Features
 * resubscribe themselves on every `connect`.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const factory = useContext(FactoryContext);
  const { status } = useSession();
  const token = useAccessToken();
  const apollo = useApolloClient();
  const [realtime, setRealtime] = useState<Realtime>(OFFLINE);
  const [wanted, setWanted] = useState(false);
  const users = useRef(0);
  const linger = useRef<ReturnType<typeof setTimeout>>(undefined);

  const acquire = useCallback(() => {
    users.current += 1;
    clearTimeout(linger.current);
    setWanted(true);
    return () => {
      users.current -= 1;
      if (users.current > 0) return;
      clearTimeout(linger.current);
      linger.current = setTimeout(() => setWanted(false), REALTIME_LINGER_MS);
    };
  }, []);
  useEffect(() => () => clearTimeout(linger.current), []);

  const active = status === 'signedIn' && wanted;
  useEffect(() => {
    if (!active) return;
    let socket: RealtimeSocket | null = null;
    let opening = false;
    let ended = false;
    let refreshedAt = 0;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const auth: SocketAuth = (cb) => cb({ token: token() });

    const wire = (s: RealtimeSocket) => {
      opening = false;
      if (ended) {
        s.close();
        return;
      }
      socket = s;
      const set = (state: ConnectionState) => setRealtime({ socket: s, state });
      const later = (ms: number) => timers.push(setTimeout(() => !ended && s.connect(), ms));
      s.on('connect', () => set('connected'));
      s.on('disconnect', (reason) => {
        if (reason === 'io client disconnect') return;
        // The server closed it: a shutdown (which says when to come back) or an ended session (no return).
        if (ended) return set('offline');
        set(offlineNow() ? 'offline' : 'reconnecting');
        if (reason === 'io server disconnect') later(2_000);
      });
      s.on('connect_error', (error) => {
        set(offlineNow() ? 'offline' : 'reconnecting');
        // A network failure is retried by socket.io itself; a refusal by the server is not.
        if (s.active) return;
        if (!error.message.startsWith('UNAUTHENTICATED')) return later(3_000);
        if (Date.now() - refreshedAt < 30_000) return;
        refreshedAt = Date.now();
        apollo
          .query({ query: REALTIME_TOKEN_CHECK, fetchPolicy: 'network-only' })
          .then(() => later(0))
          .catch(() => set('offline'));
      });
      s.on('server:shutdown', ({ reconnectInMs }) => {
        set('reconnecting');
        later(reconnectInMs + Math.floor(Math.random() * 500));
      });
      s.on('session:ended', () => {
        ended = true;
        set('offline');
      });
      set(s.connected ? 'connected' : 'connecting');
    };

    const open = () => {
      opening = true;
      setRealtime({ socket: null, state: 'connecting' });
      const made = factory(auth);
      if (!(made instanceof Promise)) return wire(made);
      made.then(wire, () => {
        // socket.io-client could not be downloaded (a dropped connection): try again later.
        opening = false;
        if (ended) return;
        setRealtime(OFFLINE);
        timers.push(setTimeout(() => !ended && !socket && !opening && open(), RETRY_OPEN_MS));
      });
    };

    const online = () => {
      if (ended) return;
      if (!socket) return void (!opening && open());
      if (!socket.connected) socket.connect();
    };
    const offline = () => setRealtime({ socket, state: 'offline' });
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    open();
    return () => {
      ended = true;
      for (const timer of timers) clearTimeout(timer);
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      // Features remove their own listeners as they unmount; what is left here is this provider's.
      socket?.removeAllListeners();
      socket?.close();
      setRealtime(OFFLINE);
    };
  }, [active, factory, token, apollo]);

  return (
    <DemandContext.Provider value={acquire}>
      <RealtimeContext.Provider value={realtime}>{children}</RealtimeContext.Provider>
    </DemandContext.Provider>
  );
}

/**
 * The tab's socket and its state, for a page that needs it: while such a page is mounted (and the member is
 * signed in) the socket is open. Listeners added to it must be removed (`off`) when the page unmounts.
 */
export function useRealtime(): Realtime {
  const acquire = useContext(DemandContext);
  useEffect(() => acquire(), [acquire]);
  return useContext(RealtimeContext);
}
