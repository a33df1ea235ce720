import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@kinship/shared/contracts';
import { isOverload } from '../errors/overload';
import { metrics, secondsSince } from './metrics';

/** The most distinct operation names reported; later new names count as `other`. */
export const GRAPHQL_METRICS_MAX_OPERATIONS = 200;

// Ours, and Apollo's for requests that never reached a resolver.
const CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/**
 * Times each GraphQL operation by its name and type, and counts errors by code. Names are bounded: an
 * operation without a name is `anonymous`, one that failed before it was parsed and validated is
 * `invalid`, and after GRAPHQL_METRICS_MAX_OPERATIONS distinct names any new one is `other`. One timer per
 * operation, no per-field hooks.
 */
export function graphqlMetricsPlugin(maxOperations = GRAPHQL_METRICS_MAX_OPERATIONS): ApolloServerPlugin {
  const known = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (known.has(name)) return name;
    if (known.size >= maxOperations) return 'other';
    known.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = 'invalid';
      let type = 'unknown';
      return {
        async didResolveOperation(ctx) {
          operation = label(ctx.operationName);
          type = ctx.operation?.operation ?? 'unknown';
        },
        async didEncounterErrors(ctx) {
          for (const error of ctx.errors) {
            metrics.graphqlErrors.inc({ operation, type, code: codeOf(error) });
          }
        },
        async willSendResponse() {
          metrics.graphqlDuration.observe({ operation, type }, secondsSince(started));
        },
      };
    },
  };
}

/** The code the client sees (formatError maps an uncoded error to INTERNAL_SERVER_ERROR, overload to UNAVAILABLE). */
function codeOf(error: { extensions?: Record<string, unknown>; originalError?: unknown }): string {
  const code = error.extensions?.['code'];
  if (typeof code === 'string' && CODES.has(code)) return code;
  if (isOverload(error.originalError ?? error)) return ErrorCode.Unavailable;
  return code === undefined ? ErrorCode.InternalServerError : 'other';
}
