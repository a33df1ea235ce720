import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SessionStore } from '../session/session-store';
import { createAuthLink, createRefreshErrorLink, createRefresher, type Refresher } from './auth-links';
import { createBusyRetryLink, type BusyRetryOptions } from './busy-retry-link';
import { offlineAwareFetch } from '../offline/offline-fetch';

export interface KinshipClientOptions {
  /** Defaults to `/graphql` on the same origin (the API serves the web client). */
  uri?: string;
  /** Replaces the HTTP link; tests pass a fake terminating link here. */
  terminatingLink?: ApolloLink;
  session?: SessionStore;
  /** How UNAVAILABLE answers are retried (tests shorten the waits). */
  busyRetry?: BusyRetryOptions;
}

export interface KinshipClient {
  client: ApolloClient;
  session: SessionStore;
  /** Restores the session from the refresh cookie; resolves to whether this device is signed in. */
  restoreSession(): Promise<boolean>;
  /** Asks again now (back online after a start without a connection), then refetches what is on screen. */
  reconnect(): Promise<void>;
}

/** The one Apollo Client factory of the web client: error link → busy retry → auth link → HTTP. */
export function createKinshipClient(options: KinshipClientOptions = {}): KinshipClient {
  const session = options.session ?? new SessionStore();
  const terminating =
    options.terminatingLink ??
    new HttpLink({ uri: options.uri ?? '/graphql', credentials: 'same-origin', fetch: offlineAwareFetch });
  const refresh: Refresher = createRefresher(session, terminating);
  const client = new ApolloClient({
    link: ApolloLink.from([
      createRefreshErrorLink(refresh),
      createBusyRetryLink(options.busyRetry),
      createAuthLink(session),
      terminating,
    ]),
    // The member's push settings are one object: every mutation's answer replaces the query's.
    cache: new InMemoryCache({ typePolicies: { PushSettings: { keyFields: [] } } }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  let restoring: Promise<boolean> | null = null;
  const restoreSession = () => {
    restoring ??= refresh(client);
    return restoring;
  };
  const reconnect = async () => {
    await refresh(client);
    await client.refetchQueries({ include: 'active' }).catch(() => undefined);
  };
  return { client, session, restoreSession, reconnect };
}
