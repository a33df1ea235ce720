import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@kinship/shared/contracts';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
/** Codes Apollo itself produces for malformed requests; they describe the client's mistake, so they are kept. */
const CLIENT_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BadUserInput,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BadUserInput,
  BAD_REQUEST: ErrorCode.BadUserInput,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BadUserInput,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BadUserInput,
};

/**
 * Maps every error leaving the API to one of our codes. Errors we did not raise on purpose are masked:
 * their message and stack never reach the client (they are logged by the caller).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const rawCode = String(formatted.extensions?.['code'] ?? '');
  const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (KNOWN_CODES.has(rawCode) && rawCode !== ErrorCode.InternalServerError) {
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  const clientCode = CLIENT_CODES[rawCode];
  if (clientCode) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: clientCode },
    };
  }
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: ErrorCode.InternalServerError },
  };
}
