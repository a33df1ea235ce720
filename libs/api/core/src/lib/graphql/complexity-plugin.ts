import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '@kinship/shared/contracts';

/**
 * Refuses an operation whose estimated cost exceeds `maxComplexity` before anything is resolved. A field
 * costs 1 unless it declares `complexity` (code-first: `@Field({ complexity })`); list fields declare
 * theirs from their page-size argument, so asking for big pages of nested lists is what costs.
 */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Costing needs the variables, so a variable that does not fit its type is found here first.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(error.message, {
              extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
            });
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `This query would cost ${complexity} points; the limit is ${maxComplexity}. Ask for fewer items or fields.`,
              {
                extensions: {
                  code: ErrorCode.QueryTooComplex,
                  complexity,
                  maxComplexity,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
