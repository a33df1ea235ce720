export { graphql } from './generated';
export type * from './generated/graphql';
export {
  createKinshipClient,
  type KinshipClient,
  type KinshipClientOptions,
} from './lib/apollo/create-apollo-client';
export {
  createAuthLink,
  createRefreshErrorLink,
  createRefresher,
  type Refresher,
} from './lib/apollo/auth-links';
export {
  SessionStore,
  type SessionAccount,
  type SessionState,
  type SessionStatus,
} from './lib/session/session-store';
export {
  SessionProvider,
  useAccessToken,
  useReconnect,
  useSession,
  type Session,
  type SessionProviderProps,
} from './lib/session/session-context';
export { toFormErrors, NETWORK_ERROR, type FormErrors } from './lib/errors/form-errors';
export {
  REFRESH_SESSION,
  SIGN_IN,
  REGISTER,
  SIGN_OUT,
  SESSION_OPERATIONS,
} from './lib/graphql/session.documents';
export {
  RealtimeProvider,
  SocketFactoryProvider,
  useRealtime,
  REALTIME_LINGER_MS,
  type ConnectionState,
  type Realtime,
  type RealtimeSocket,
  type SocketAuth,
  type SocketFactory,
} from './lib/realtime/realtime';
// Test support lives in its own entry point, `@kinship/web/data/testing`, so it never reaches the app bundle.
export { useCrisisHelp, conversationPath, CRISIS_MEETINGS_MINUTES } from './lib/crisis/useCrisisHelp';
export { useUnreadCount } from './lib/unread/useUnreadCount';
export { CRISIS_MEETINGS, CRISIS_SPONSOR, UNREAD_COUNTS } from './lib/graphql/crisis.documents';
export { useOnline } from './lib/offline/useOnline';
export { clearPrivateData, OFFLINE_MEMBER_KEY } from './lib/offline/private-data';
export { offlineAwareFetch, OFFLINE_HEADER } from './lib/offline/offline-fetch';
