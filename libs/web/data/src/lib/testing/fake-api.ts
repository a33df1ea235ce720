import { ApolloLink } from '@apollo/client';
import type { FormattedExecutionResult } from 'graphql';
import { Observable } from 'rxjs';
import type { SessionAccount } from '../session/session-store';

/** One request as the fake API saw it. */
export interface SeenRequest {
  operationName: string;
  authorization: string | undefined;
  variables: Record<string, unknown>;
}

export type Handler = (request: SeenRequest) => FormattedExecutionResult;

/**
 * For tests: a terminating link standing in for the API: answers each operation by name with a canned result and
 * records what it was sent (operation, Authorization header, variables). No network involved.
 */
export function fakeApi(handlers: Record<string, Handler>) {
  const seen: SeenRequest[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const headers = (operation.getContext()['headers'] ?? {}) as Record<string, string>;
        const request: SeenRequest = {
          operationName: operation.operationName ?? '',
          authorization: headers['authorization'],
          variables: operation.variables,
        };
        seen.push(request);
        const handler = handlers[request.operationName];
        if (!handler) {
          observer.error(new Error(`fake API has no handler for ${request.operationName}`));
          return;
        }
        // Answer asynchronously, like a network would.
        const timer = setTimeout(() => {
          observer.next(handler(request));
          observer.complete();
        }, 0);
        return () => clearTimeout(timer);
      }),
  );
  return { link, seen };
}

export function gqlError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }], data: null };
}

export function account(overrides: Partial<SessionAccount> = {}): SessionAccount {
  return {
    id: 'a1',
    email: 'ana@example.org',
    displayName: 'Ana R.',
    handle: 'K7QM',
    role: 'MEMBER',
    bio: '',
    locale: 'en',
    timeZone: null,
    emailVerified: true,
    createdAt: '2025-01-02T03:04:05.000Z',
    ...overrides,
  };
}

export function authPayload(accessToken: string, overrides: Partial<SessionAccount> = {}) {
  return {
    __typename: 'AuthPayload',
    accessToken,
    expiresIn: 900,
    account: { __typename: 'Account', ...account(overrides) },
  };
}
