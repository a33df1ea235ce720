import { ApolloServer } from '@apollo/server';
import { graphqlMetricsPlugin } from './graphql-metrics';
import { metrics } from './metrics';

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const v of (await metrics.graphqlDuration.get()).values) {
    if (v.metricName?.endsWith('_count')) out[`${v.labels['operation']}/${v.labels['type']}`] = v.value;
  }
  return out;
}

describe('GraphQL operation metrics', () => {
  it('labels operations by name and type, and folds new names into "other" past the cap', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { a: Int } type Mutation { b: Int }',
      resolvers: { Query: { a: () => 1 }, Mutation: { b: () => 2 } },
      plugins: [graphqlMetricsPlugin(2)],
    });
    await server.start();
    try {
      for (const query of [
        'query First { a }',
        'mutation Second { b }',
        'query Third { a }',
        'query Fourth { a }',
        'query First { a }',
        '{ a }',
      ]) {
        await server.executeOperation({ query });
      }
      expect(await counts()).toEqual({
        'First/query': 2,
        'Second/mutation': 1,
        'other/query': 2,
        'anonymous/query': 1,
      });
    } finally {
      await server.stop();
    }
  });
});
