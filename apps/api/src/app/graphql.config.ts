import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import {
  complexityPlugin,
  depthLimitRule,
  formatGraphQLError,
  graphqlMetricsPlugin,
  isOverload,
  normalizeArgumentsOf,
  unavailable,
  safeError,
  GRAPHQL_MAX_COMPLEXITY,
  GRAPHQL_MAX_DEPTH,
  GRAPHQL_MAX_INTROSPECTION_DEPTH,
  type AppConfig,
} from '@kinship/api/core';

/**
 * Apollo Server settings: depth and cost limits, no batching, CSRF prevention, no introspection or
 * "did you mean" hints in production, no stack traces ever, no landing page (it would load a third party).
 */
export function graphqlOptions(config: AppConfig, logger: Logger): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  return {
    path: '/graphql',
    autoSchemaFile: true,
    // Every field argument goes through the one text normalization before its resolver (see README).
    transformSchema: normalizeArgumentsOf,
    sortSchema: true,
    playground: false,
    introspection: !production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule(GRAPHQL_MAX_DEPTH, GRAPHQL_MAX_INTROSPECTION_DEPTH)],
    // Cache-control hints are unused (nothing is cached by a CDN), so Apollo's per-field cache-control plugin is off.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      complexityPlugin(GRAPHQL_MAX_COMPLEXITY),
      graphqlMetricsPlugin(),
    ],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const original = (error as { originalError?: Error })?.originalError ?? error;
      if (isOverload(original)) {
        // Busy, not broken: a retryable code the web client's retry link backs off on.
        logger.warn({ path: formatted.path }, 'database busy: answered UNAVAILABLE');
        const busy = unavailable();
        return { message: busy.message, path: formatted.path, extensions: busy.extensions };
      }
      const out = formatGraphQLError(formatted);
      if (out.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') {
        logger.error({ err: safeError(original), path: formatted.path }, 'unexpected GraphQL error');
      }
      return out;
    },
  } as ApolloDriverConfig;
}
