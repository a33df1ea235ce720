import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { depthLimitRule } from './depth-limit';

const schema = buildSchema(`
  type Person { name: String, friends: [Person] }
  type Query { me: Person }
`);

function nested(depth: number): string {
  // depth counts fields: me(1) friends(2) ... name(depth)
  return `{ me { ${'friends { '.repeat(depth - 2)}name${' }'.repeat(depth - 2)} } }`;
}

const errorsFor = (query: string, max: number) => validate(schema, parse(query), [depthLimitRule(max)]);

describe('depthLimitRule', () => {
  it('allows a query exactly at the limit and refuses one level deeper, naming both numbers', () => {
    expect(errorsFor(nested(5), 5)).toHaveLength(0);
    const errors = errorsFor(nested(6), 5);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(
      'This query is nested 6 levels deep; the limit is 5. Ask for less at once.',
    );
    expect(errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', depth: 6, maxDepth: 5 });
  });

  it('follows named fragments and does not loop on fragment cycles', () => {
    const query = `
      query { me { ...F } }
      fragment F on Person { friends { friends { friends { name } } } }`;
    expect(errorsFor(query, 4)).toHaveLength(1);
    expect(errorsFor(query, 5)).toHaveLength(0);
    const cyclic = parse('query { me { ...A } } fragment A on Person { friends { ...A } }');
    expect(() => validate(schema, cyclic, [depthLimitRule(3)])).not.toThrow();
  });

  it('holds introspection-only operations to their own limit, which fits the standard query', () => {
    const rule = (max: number, maxIntro: number) =>
      validate(schema, parse(getIntrospectionQuery()), [depthLimitRule(max, maxIntro)]);
    expect(rule(5, 15)).toHaveLength(0);
    expect(rule(5, 14)[0].message).toBe(
      'This query is nested 15 levels deep; the limit is 14. Ask for less at once.',
    );
    // mixing a normal field in makes the whole operation subject to the normal limit
    const mixed = parse('{ me { name } __type(name: "Person") { fields { type { ofType { name } } } } }');
    expect(validate(schema, mixed, [depthLimitRule(3, 15)])).toHaveLength(1);
  });
});
