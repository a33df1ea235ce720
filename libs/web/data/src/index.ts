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
// For tests of this and other web libs (tree-shaken out of the app bundle: nothing in the app uses it).
export {
  fakeApi,
  gqlError,
  account as fakeAccount,
  authPayload as fakeAuthPayload,
  type SeenRequest,
  type Handler as FakeApiHandler,
} from './lib/testing/fake-api';
