import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { io, type Socket } from 'socket.io-client';
import { useAccessToken, useSession } from '@kinship/web/data';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@kinship/shared/contracts';
import { CHAT_TOKEN_CHECK } from '../graphql/chat.documents';

export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** Opens the socket; tests pass a fake. `auth` is asked for the token at every (re)connection. */
export type ChatSocketFactory = (auth: (cb: (data: { token: string | null }) => void) => void) => ChatSocket;

export const openChatSocket: ChatSocketFactory = (auth) =>
  io({ path: SOCKET_PATH, auth, transports: ['websocket', 'polling'], reconnectionDelayMax: 10_000 });

interface Realtime {
  socket: ChatSocket | null;
  state: ConnectionState;
}

const RealtimeContext = createContext<Realtime>({ socket: null, state: 'offline' });
const FactoryContext = createContext<ChatSocketFactory>(openChatSocket);

/** For tests: the socket factory the provider below uses. */
export const ChatSocketFactoryProvider = FactoryContext.Provider;

const offlineNow = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * One socket.io connection for the chat pages, authenticated at the handshake with the same access token as
 * GraphQL (`auth: { token }`, read from the session at every connection). socket.io reconnects after network
 * trouble by itself; when a node shuts down it reconnects after the hinted delay (to another node, through
 * the load balancer); when the token was refused, a signed-in query refreshes it first; when the session
 * ended it stays closed. Rooms resubscribe themselves on every `connect` (see useChatRoom).
 */
export function ChatRealtime({ children }: { children: ReactNode }) {
  const factory = useContext(FactoryContext);
  const { status } = useSession();
  const token = useAccessToken();
  const apollo = useApolloClient();
  const [realtime, setRealtime] = useState<Realtime>({ socket: null, state: 'offline' });

  useEffect(() => {
    if (status !== 'signedIn') return;
    const socket = factory((cb) => cb({ token: token() }));
    let ended = false;
    let refreshedAt = 0;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const set = (state: ConnectionState) => setRealtime({ socket, state });
    const later = (ms: number) => timers.push(setTimeout(() => !ended && socket.connect(), ms));
    set('connecting');

    socket.on('connect', () => set('connected'));
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      set(offlineNow() ? 'offline' : 'reconnecting');
      if (reason === 'io server disconnect' && !ended) later(2_000);
    });
    socket.on('connect_error', (error) => {
      set(offlineNow() ? 'offline' : 'reconnecting');
      if (socket.active) return;
      if (!error.message.startsWith('UNAUTHENTICATED')) return later(3_000);
      if (Date.now() - refreshedAt < 30_000) return;
      refreshedAt = Date.now();
      apollo
        .query({ query: CHAT_TOKEN_CHECK, fetchPolicy: 'network-only' })
        .then(() => later(0))
        .catch(() => set('offline'));
    });
    socket.on('server:shutdown', ({ reconnectInMs }) => {
      set('reconnecting');
      later(reconnectInMs + Math.floor(Math.random() * 500));
    });
    socket.on('session:ended', () => {
      ended = true;
      set('offline');
    });
    const online = () => !ended && !socket.connected && socket.connect();
    const offline = () => set('offline');
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      ended = true;
      for (const timer of timers) clearTimeout(timer);
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      socket.removeAllListeners();
      socket.close();
      setRealtime({ socket: null, state: 'offline' });
    };
  }, [status, factory, token, apollo]);

  return <RealtimeContext.Provider value={realtime}>{children}</RealtimeContext.Provider>;
}

export function useChatRealtime(): Realtime {
  return useContext(RealtimeContext);
}
