import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@kinship/shared/contracts';
import { NETWORK_ERROR, toFormErrors } from '../form-errors';

const graphQLErrors = (...errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('toFormErrors', () => {
  it('maps BAD_USER_INPUT fields to one message per form field', () => {
    const error = graphQLErrors({
      message: 'displayName must be 2 to 40 characters long; email must be an email address',
      extensions: {
        code: ErrorCode.BadUserInput,
        fields: [
          { field: 'displayName', message: 'displayName must be 2 to 40 characters long' },
          { field: 'displayName', message: 'displayName may use letters only' },
          { field: 'input.email', message: 'email must be an email address' },
          { field: 'bio' },
        ],
      },
    });

    expect(toFormErrors(error)).toEqual({
      code: ErrorCode.BadUserInput,
      message: 'displayName must be 2 to 40 characters long; email must be an email address',
      fields: {
        displayName: 'displayName must be 2 to 40 characters long',
        email: 'email must be an email address',
      },
      retryAfterSeconds: null,
    });
  });

  it('keeps the retry delay of RATE_LIMITED', () => {
    const error = graphQLErrors({
      message: 'Too many failed sign-in attempts. Try again in 3 minutes.',
      extensions: { code: ErrorCode.RateLimited, retryAfterSeconds: 150 },
    });
    const mapped = toFormErrors(error);
    expect(mapped.code).toBe(ErrorCode.RateLimited);
    expect(mapped.retryAfterSeconds).toBe(150);
    expect(mapped.fields).toEqual({});
  });

  it('calls anything that is not a GraphQL error a network problem', () => {
    expect(toFormErrors(new TypeError('Failed to fetch'))).toEqual({
      code: NETWORK_ERROR,
      message: 'Failed to fetch',
      fields: {},
      retryAfterSeconds: null,
    });
  });

  it('falls back to INTERNAL_SERVER_ERROR when an error carries no code', () => {
    expect(toFormErrors(graphQLErrors({ message: 'odd', extensions: {} })).code).toBe(
      ErrorCode.InternalServerError,
    );
  });
});
