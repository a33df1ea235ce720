import {
  buildSchema,
  execute,
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLScalarType,
  parse,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { CompiledExecution } from './compiled-execution';

const schema: GraphQLSchema = buildSchema(`
  scalar Day
  enum Unit { KM MI }
  input Near { lat: Float!, unit: Unit! = KM, radius: Int = 5 }
  input Filter { near: Near, nears: [Near!], day: Day }
  input Tree { near: Near, and: [Tree!] }
  type Item { id: ID!, name: String!, maybe: String, day: Day, unit: Unit }
  type Query {
    echo(filter: Filter): String
    tree(t: Tree): String
    count(n: Int!): Int
    items: [Item!]
    item: Item
    strict: Item!
    fails: String
    refuses(name: String): String
  }
`);
const day = schema.getType('Day') as GraphQLScalarType;
Object.assign(day, {
  serialize: (v: unknown) => (v as Date).toISOString().slice(0, 10),
  parseValue: (v: unknown) => {
    if (typeof v !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(v)) throw new TypeError('Day must be YYYY-MM-DD');
    return new Date(`${v}T00:00:00Z`);
  },
});
const unit = schema.getType('Unit');
// as Nest's code-first enums: internal values differ from the names, defaults are internal values
for (const value of (unit as GraphQLEnumType).getValues()) value.value = value.name.toLowerCase();
(schema.getType('Near') as GraphQLInputObjectType).getFields()['unit'].defaultValue = 'km';

const fields = schema.getQueryType()!.getFields();
const describe_ = (v: unknown) => JSON.stringify(v, (_k, x) => (x instanceof Date ? `Date(${x.toISOString()})` : x));
fields['echo'].resolve = (_s, args) => describe_(args['filter']);
fields['tree'].resolve = (_s, args) => describe_(args['t']);
fields['count'].resolve = (_s, args) => args['n'];
const when = new Date('2026-03-08T00:00:00Z');
fields['items'].resolve = async () => [
  { id: 1, name: 'a', maybe: null, day: when, unit: 'mi' },
  { id: 2, name: null, maybe: 'x', day: when, unit: 'km' },
];
fields['item'].resolve = () => ({ id: 3, name: null });
fields['strict'].resolve = () => ({ id: 4, name: null });
fields['fails'].resolve = () => {
  throw new Error('database down');
};
fields['refuses'].resolve = async (_s, args) => {
  throw new GraphQLError(`name is not allowed: ${args['name']}`, {
    extensions: { code: 'BAD_USER_INPUT', field: 'name' },
  });
};

let hash = 0;
async function both(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const document = parse(query);
  const expected = (await execute({ schema, document, variableValues: variables, operationName })) as ExecutionResult;
  const execution = new CompiledExecution();
  const req = { schema, document, operationName, queryHash: `q${hash++}`, context: {}, request: { variables } };
  // twice: the first compiles, the second reuses the compiled operation
  await execution.execute(req);
  const actual = await execution.execute(req);
  return { expected, actual, counts: execution.counts() };
}

/** Everything a client or Apollo's error formatting can see of an error. */
const shape = (e: GraphQLError) => ({
  message: e.message,
  path: e.path,
  locations: e.locations,
  extensions: e.extensions,
  json: e.toJSON(),
  isGraphQLError: Object.getPrototypeOf(e) === GraphQLError.prototype,
  original: e.originalError && {
    message: e.originalError.message,
    extensions: (e.originalError as GraphQLError).extensions,
  },
});
// graphql-jit lists errors at non-null fields after the others; graphql-js in the order they happened.
const byPath = (errors: readonly GraphQLError[] | undefined) =>
  errors?.map(shape).sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
const same = ({ expected, actual }: { expected: ExecutionResult; actual: ExecutionResult }) => {
  expect(actual.data).toEqual(expected.data);
  expect(byPath(actual.errors)).toEqual(byPath(expected.errors));
};

describe('CompiledExecution (graphql-jit) answers exactly as graphql-js', () => {
  it('compiles, and coerces variables with omitted defaults, enums and custom scalars as graphql-js does', async () => {
    const r = await both(
      'query Q($f: Filter, $n: Int! = 3) { echo(filter: $f) count(n: $n) }',
      { f: { near: { lat: 1.5 }, nears: [{ lat: 2, unit: 'MI', radius: null }], day: '2026-03-08' } },
    );
    same(r);
    expect(r.counts).toEqual({ compiled: 1, notCompilable: 0 });
    expect(r.actual.data).toEqual({
      echo: describe_({
        near: { lat: 1.5, unit: 'km', radius: 5 },
        nears: [{ lat: 2, unit: 'mi', radius: null }],
        day: when,
      }),
      count: 3,
    });
    same(await both('query Q($f: Filter) { echo(filter: $f) }', { f: { nears: { lat: 4 } } }));
    same(await both('query Q($f: Filter) { echo(filter: $f) }'));
  });

  it('serializes leaves and propagates nulls to the nearest nullable parent, with the same errors', async () => {
    same(await both('{ items { id name maybe day unit } }'));
    same(await both('{ item { id name } fails }'));
    const strict = await both('{ strict { id name } count(n: 1) }');
    same(strict);
    expect(strict.actual.data).toBeNull();
  });

  it('keeps a thrown error as the original, with its code, path and locations', async () => {
    const r = await both('query { a: refuses(name: "x") b: fails }');
    same(r);
    const refused = r.actual.errors?.find((e) => e.path?.[0] === 'a');
    expect(refused?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(refused?.locations).toEqual([{ line: 1, column: 9 }]);
  });

  it('answers bad variables like graphql-js', async () => {
    same(await both('query Q($f: Filter) { echo(filter: $f) }', { f: { day: 'soon' } }));
    same(await both('query Q($n: Int!) { count(n: $n) }', {}));
  });

  it('runs what graphql-jit cannot compile through graphql-js', async () => {
    const r = await both('query A { count(n: 1) } query B { count(n: 2) }', undefined, 'C');
    same(r);
    expect(r.counts).toEqual({ compiled: 0, notCompilable: 1 });
    // graphql-jit 0.8 would unroll a recursive input type forever
    const tree = await both('query T($t: Tree) { tree(t: $t) }', { t: { and: [{ near: { lat: 1 } }] } });
    same(tree);
    expect(tree.counts).toEqual({ compiled: 0, notCompilable: 1 });
    expect(tree.actual.data).toEqual({
      tree: describe_({ and: [{ near: { lat: 1, unit: 'km', radius: 5 } }] }),
    });
  });

  it('keeps at most the given number of operations, dropping the least recently used', async () => {
    const execution = new CompiledExecution(2);
    const run = (queryHash: string) =>
      execution.execute({ schema, document: parse(`{ count(n: ${queryHash.length}) }`), queryHash, context: {}, request: {} });
    await run('a');
    await run('bb');
    await run('a');
    await run('ccc');
    expect(execution.counts()).toEqual({ compiled: 2, notCompilable: 0 });
  });
});
