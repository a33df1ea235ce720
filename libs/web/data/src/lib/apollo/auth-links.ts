import { ApolloLink } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { firstValueFrom, from, mergeMap, of, throwError } from 'rxjs';
import { ErrorCode } from '@kinship/shared/contracts';
import { REFRESH_SESSION, SESSION_OPERATIONS } from '../graphql/session.documents';
import type { SessionStore } from '../session/session-store';

const RETRIED = 'kinshipRetriedAfterRefresh';

/** Trades the refresh cookie for a new access token, one request at a time however many callers ask. */
export type Refresher = (client: ApolloLink.ExecuteContext['client']) => Promise<boolean>;

/**
 * Runs `refreshSession` straight against the terminating link (no auth header: the httpOnly cookie is the
 * credential). On success the session gets the new token; on any failure the session is cleared.
 */
export function createRefresher(session: SessionStore, terminating: ApolloLink): Refresher {
  let inFlight: Promise<boolean> | null = null;
  const run = async (client: ApolloLink.ExecuteContext['client']): Promise<boolean> => {
    try {
      const result = await firstValueFrom(
        ApolloLink.execute(terminating, { query: REFRESH_SESSION }, { client }),
      );
      const payload = result.errors?.length ? null : result.data?.['refreshSession'];
      if (isPayload(payload)) {
        session.signedIn(payload);
        return true;
      }
    } catch {
      // A network failure or a refused cookie: either way this device has no usable session now.
    }
    session.clear();
    return false;
  };
  return (client) => {
    inFlight ??= run(client).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}

function isPayload(value: unknown): value is Parameters<SessionStore['signedIn']>[0] {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { accessToken?: unknown; account?: unknown };
  return typeof candidate.accessToken === 'string' && typeof candidate.account === 'object';
}

/** Adds `Authorization: Bearer <token>` from memory to every operation while signed in. */
export function createAuthLink(session: SessionStore): ApolloLink {
  return new SetContextLink((prevContext) => {
    const token = session.accessToken;
    const headers: Record<string, string> = { ...(prevContext['headers'] as Record<string, string>) };
    if (token) headers['authorization'] = `Bearer ${token}`;
    else delete headers['authorization'];
    return { headers };
  });
}

function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === ErrorCode.Unauthenticated)
  );
}

/**
 * On UNAUTHENTICATED: refresh the session once, then retry the operation with the new token. When the
 * refresh fails the session is already cleared (signed out) and the original error goes on to the caller.
 */
export function createRefreshErrorLink(refresh: Refresher): ApolloLink {
  return new ErrorLink(({ error, result, operation, forward }) => {
    if (!isUnauthenticated(error)) return;
    if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return;
    if (operation.getContext()[RETRIED]) return;
    return from(refresh(operation.client)).pipe(
      mergeMap((ok) => {
        // Signed out now: hand the caller the original answer, as if no refresh had been tried.
        if (!ok) return result ? of(result) : throwError(() => error);
        operation.setContext({ [RETRIED]: true });
        return forward(operation);
      }),
    );
  });
}
