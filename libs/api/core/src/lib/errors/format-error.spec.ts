import { formatGraphQLError } from './format-error';

describe('formatGraphQLError', () => {
  it('keeps our codes and messages but never a stack trace', () => {
    const out = formatGraphQLError({
      message: 'Please sign in to continue.',
      extensions: { code: 'UNAUTHENTICATED', stacktrace: ['at x'] },
    });
    expect(out).toEqual({
      message: 'Please sign in to continue.',
      extensions: { code: 'UNAUTHENTICATED' },
      path: undefined,
      locations: undefined,
    });
  });

  it('masks unknown errors so internals never reach the client', () => {
    const out = formatGraphQLError({
      message: 'relation "users" does not exist',
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at pg'] },
    });
    expect(out.message).toBe('Something went wrong on our side. Please try again.');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('reports malformed queries as BAD_USER_INPUT', () => {
    const out = formatGraphQLError({
      message: 'Cannot query field "x" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
