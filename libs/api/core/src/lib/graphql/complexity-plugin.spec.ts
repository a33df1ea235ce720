import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { complexityPlugin } from './complexity-plugin';

const schema = buildSchema(`
  input Filter { q: String }
  type Item { id: ID, big(size: Int): [Item] }
  type Query { items(first: Int, last: Int = 5, filter: Filter): [Item] }
`);
let costings = 0;
const items = schema.getQueryType()!.getFields()['items'];
// a page-size complexity that reads `last` only when `first` is not given
(items as { extensions: object }).extensions = {
  complexity: ({
    args,
    childComplexity,
  }: {
    args: { first?: number; last: number };
    childComplexity: number;
  }) => {
    costings++;
    return (args.first ?? args.last) * childComplexity;
  },
};
items.resolve = () => [];

const QUERY = `query Q($n: Int, $m: Int, $f: Filter, $deep: Boolean!) {
  items(first: $n, last: $m, filter: $f) { id big(size: 3) @include(if: $deep) { id } }
}`;

describe('complexityPlugin', () => {
  const server = new ApolloServer({ schema, plugins: [complexityPlugin(100)] });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function run(variables: Record<string, unknown>) {
    const res = await server.executeOperation({ query: QUERY, variables });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult.errors?.[0];
  }

  it('remembers a cost per value of the variables it depends on, not per search filter', async () => {
    expect(await run({ n: 10, f: { q: 'a' }, deep: false })).toBeUndefined();
    const after = costings;
    expect(await run({ n: 10, f: { q: 'b' }, deep: false })).toBeUndefined();
    expect(await run({ n: 10, m: 99, f: { q: 'c' }, deep: false })).toBeUndefined();
    expect(costings).toBe(after); // neither the filter nor an unread `last` changes the cost

    const tooBig = await run({ n: 120, f: { q: 'a' }, deep: false });
    expect(tooBig?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      complexity: 120,
      maxComplexity: 100,
    });
    // a directive's variable changes which fields count: 40 × (1 + 2) = 120, then 40 × 1
    expect(await run({ n: 10, f: null, deep: true })).toBeUndefined();
    expect((await run({ n: 40, deep: true }))?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(await run({ n: 40, deep: false })).toBeUndefined();
  });

  it('follows what the complexity function read: `last` counts once `first` is omitted', async () => {
    expect(await run({ m: 20, deep: false })).toBeUndefined();
    expect((await run({ m: 200, deep: false }))?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect((await run({ n: null, m: 200, deep: false }))?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(await run({ deep: false })).toBeUndefined(); // the default, 5
  });

  it('costs every time when the values it depends on are long, so they are never kept', async () => {
    expect(await run({ n: 10, deep: false })).toBeUndefined();
    const before = costings;
    const long = { q: 'x'.repeat(300) };
    const pageSize = items.extensions;
    // `filter` read by the complexity function would make the search filter part of the key
    (items as { extensions: object }).extensions = {
      complexity: ({
        args,
        childComplexity,
      }: {
        args: { filter?: { q: string } };
        childComplexity: number;
      }) => {
        costings++;
        return (args.filter?.q.length ?? 1) * childComplexity;
      },
    };
    const query = 'query L($f: Filter) { items(filter: $f) { id } }';
    const once = async (variables: Record<string, unknown>) =>
      (await server.executeOperation({ query, variables })).body;
    await once({ f: { q: 'ab' } });
    await once({ f: { q: 'ab' } });
    expect(costings).toBe(before + 1);
    await once({ f: long });
    await once({ f: long });
    expect(costings).toBe(before + 3);
    (items as { extensions: object }).extensions = pageSize;
  });

  it('still refuses variables that do not fit their type when the cost is known, with the same error', async () => {
    const miss = await run({ n: 'ten', deep: false });
    expect(await run({ n: 10, deep: false })).toBeUndefined();
    const hit = await run({ n: 10, f: { q: 1, nope: true }, deep: false });
    expect(miss?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(miss?.message).toMatch(/^Variable "\$n" got invalid value "ten"/);
    expect(hit?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(hit?.message).toMatch(/^Variable "\$f" got invalid value/);
    const costed = costings;
    expect((await run({ n: 10, deep: 'yes' }))?.message).toMatch(
      /^Variable "\$deep" got invalid value "yes"/,
    );
    expect(costings).toBe(costed);
  });
});
