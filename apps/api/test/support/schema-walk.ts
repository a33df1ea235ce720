import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { GqlResult, TestApp } from './test-app';

/**
 * Walks the whole GraphQL schema with generated bad input: every mutation and every query with arguments,
 * from introspection. Values are property-based (fast-check, a fixed seed): wrong types, huge and empty
 * strings, NUL, lone surrogates, bidi and zero-width characters, nulls, negative and huge numbers, foreign
 * and random ids. An HTTP 5xx or an INTERNAL_SERVER_ERROR in the answer is a finding.
 */

export interface WalkFinding {
  operation: string;
  role: string;
  status: number;
  variables: string;
  errors: string;
}

export async function loadSchema(app: TestApp): Promise<GraphQLSchema> {
  const res = await app.gql<IntrospectionQuery>(getIntrospectionQuery());
  if (!res.data) throw new Error(`introspection failed: ${JSON.stringify(res.errors)}`);
  return buildClientSchema(res.data);
}

const NASTY_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  'x\uD800y',
  '\uDC00',
  '\u202Eevil\u202C',
  '\u2066isolate\u2069',
  '\u200B\u200B',
  '\uFEFF',
  '\u0085',
  '\u0007bell',
  '%',
  "'; DROP TABLE users; --",
  '../../etc/passwd',
  'US/Pacific-New',
  'America/New_York',
  'en',
  'es',
  'zz',
  'Member A.',
  'someone@example.org',
  'not an email',
  '2026-02-30',
  '2026-01-15',
  '0000-01-01',
  '9999-12-31',
  '2026-01-15T10:00:00Z',
  '25:00',
  '07:30',
  'https://example.org/x',
  'javascript:alert(1)',
  'meeting:00000000-0000-0000-0000-000000000000',
  'group:not-a-uuid',
  'NaN',
  '-1',
  '1e309',
  '👩‍👩‍👧 family',
  'Café\u0301',
];

const RANDOM_IDS = [
  '00000000-0000-0000-0000-000000000000',
  '1',
  '-1',
  'not-an-id',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

function stringArb(ids: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...ids, ...RANDOM_IDS) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.constantFrom('a'.repeat(5_000), 'é'.repeat(20_000), 'line\n'.repeat(2_000)) },
  );
}

const intArb = fc.oneof(
  fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 366, 367, 101, 100_000),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
);
const floatArb = fc.oneof(
  fc.constantFrom(0, -1, 90.0001, -180.5, 1e308, -1e308, 5e-324, 40.7128, -74.006),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
/** A value of the wrong JSON type for wherever it lands. */
const wrongTypeArb: fc.Arbitrary<unknown> = fc.constantFrom(
  true,
  12345,
  -0.5,
  'text',
  [],
  [null],
  {},
  { nested: 'x' },
  2 ** 53,
);

/** Generates values for one GraphQL input type: mostly the right shape with bad leaves, sometimes not. */
export function valueArb(type: GraphQLInputType, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  let base: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    base = fc.array(valueArb(inner.ofType as GraphQLInputType, ids, depth + 1), {
      maxLength: depth > 2 ? 1 : 4,
    });
    base = fc.oneof(
      { weight: 6, arbitrary: base },
      { weight: 1, arbitrary: fc.constant(new Array(500).fill('x')) },
    );
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) record[f.name] = valueArb(f.type, ids, depth + 1);
    const optional = fields.filter((f) => !isNonNullType(f.type)).map((f) => f.name);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    base =
      depth > 4
        ? fc.constant({})
        : fc.oneof(
            { weight: 4, arbitrary: fc.record(record, { requiredKeys: required }) },
            { weight: 1, arbitrary: fc.record(record, { requiredKeys: [...required, ...optional] }) },
          );
  } else if (isEnumType(inner)) {
    base = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
    );
  } else if (isScalarType(inner)) {
    switch (inner.name) {
      case 'Int':
        base = intArb;
        break;
      case 'Float':
        base = floatArb;
        break;
      case 'Boolean':
        base = fc.boolean();
        break;
      case 'ID':
        base = fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...ids, ...RANDOM_IDS) },
          { weight: 1, arbitrary: fc.uuid() },
          { weight: 1, arbitrary: stringArb(ids) },
        );
        break;
      default:
        base = stringArb(ids);
    }
  } else {
    base = fc.constant(null);
  }
  return fc.oneof(
    { weight: 12, arbitrary: base },
    { weight: nullable ? 3 : 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: wrongTypeArb },
  );
}

/** A value likely to pass validation, from the type and the field's name, so one bad leaf reaches deep. */
export function plausible(type: GraphQLInputType, name: string, ids: string[], depth = 0): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner))
    return depth > 3 ? [] : [plausible(inner.ofType as GraphQLInputType, name, ids, depth + 1)];
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const f of Object.values(inner.getFields())) out[f.name] = plausible(f.type, f.name, ids, depth + 1);
    return out;
  }
  if (isEnumType(inner)) return inner.getValues()[0]?.name ?? null;
  if (!isScalarType(inner)) return null;
  const n = name.toLowerCase();
  switch (inner.name) {
    case 'Int':
      return /minute|start|end|time/.test(n) ? 600 : 1;
    case 'Float':
      return /lat/.test(n) ? 40.7128 : /lng|lon/.test(n) ? -74.006 : 5;
    case 'Boolean':
      return false;
    case 'ID':
      return ids[depth % ids.length] ?? RANDOM_IDS[0];
    case 'DateTime':
      return '2026-01-15T10:00:00Z';
  }
  if (/zone/.test(n)) return 'America/New_York';
  if (/email/.test(n)) return 'someone@example.org';
  if (/password/.test(n)) return 'correct horse battery';
  if (/url|link/.test(n)) return 'https://example.org/x';
  if (/locale|language/.test(n)) return 'en';
  if (/country/.test(n)) return 'US';
  if (/date|day|from|to$|until/.test(n)) return '2026-01-15';
  if (/time|start|end/.test(n)) return '19:00';
  if (/phone/.test(n)) return '+1 212 555 0100';
  if (/key/.test(n)) return `meeting:${ids[0]}`;
  if (/name/.test(n)) return 'Member A.';
  if (/code|program/.test(n)) return 'NA';
  return 'Plain words';
}

/** Paths to every leaf (and every list and object) of a plain value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  return here;
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

const nastyLeafArb = (ids: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 6, arbitrary: stringArb(ids) },
    { weight: 2, arbitrary: intArb },
    { weight: 1, arbitrary: floatArb },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: wrongTypeArb },
  );

/** Plausible arguments with exactly one bad value somewhere inside them. */
export function oneBadLeafArb(
  field: GraphQLField<unknown, unknown>,
  ids: string[],
): fc.Arbitrary<Record<string, unknown>> {
  const base = () => {
    const args: Record<string, unknown> = {};
    for (const a of field.args) args[a.name] = plausible(a.type, a.name, ids);
    return args;
  };
  return fc.tuple(fc.nat(), nastyLeafArb(ids)).map(([pick, bad]) => {
    const args = base();
    const all = paths(args);
    if (all.length) setAt(args, all[pick % all.length], bad);
    return args;
  });
}

const FREE_TEXT = new Set(['Plain words', 'Member A.']);

/**
 * Fixed cases for every field: plausible arguments with a NUL in every free-text leaf, a lone surrogate
 * in every free-text leaf, and a NUL appended to every string leaf (formats included).
 */
export function fixedCases(field: GraphQLField<unknown, unknown>, ids: string[]): Record<string, unknown>[] {
  const make = (change: (value: string) => string | null) => {
    const args: Record<string, unknown> = {};
    for (const a of field.args) args[a.name] = plausible(a.type, a.name, ids);
    let changed = false;
    for (const path of paths(args)) {
      let node: unknown = args;
      for (const key of path) node = (node as Record<string | number, unknown>)[key];
      if (typeof node !== 'string') continue;
      const next = change(node);
      if (next !== null) {
        setAt(args, path, next);
        changed = true;
      }
    }
    return changed ? args : null;
  };
  return [
    make((v) => (FREE_TEXT.has(v) ? `${v}\u0000` : null)),
    make((v) => (FREE_TEXT.has(v) ? `x\uD800${v}` : null)),
    make((v) => `${v}\u0000`),
  ].filter((c): c is Record<string, unknown> => c !== null);
}

function typeRef(type: GraphQLInputType): string {
  return type.toString();
}

function selection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

/** The operation text for one root field, with every argument passed as a variable. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args as readonly GraphQLArgument[];
  const defs = args.map((a) => `$${a.name}: ${typeRef(a.type)}`).join(', ');
  const uses = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind} Walk${defs ? `(${defs})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${selection(field)} }`;
}

/** Arguments for one field: each argument generated, and sometimes left out (defaults and omissions). */
export function argsArb(
  field: GraphQLField<unknown, unknown>,
  ids: string[],
): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of field.args) record[a.name] = valueArb(a.type, ids);
  return fc.record(record, {
    requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
  });
}

/** Mutations that end the caller's session go last, so the rest of the walk runs signed in. */
const SESSION_ENDING = /^(signOut|deleteAccount|changePassword|setMemberRole)/;

export function rootFields(
  schema: GraphQLSchema,
): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  const queries = Object.values(schema.getQueryType()?.getFields() ?? {})
    .filter((f) => f.args.length > 0)
    .map((field) => ({ kind: 'query' as const, field }));
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
    kind: 'mutation' as const,
    field,
  }));
  const late = mutations.filter((m) => SESSION_ENDING.test(m.field.name));
  return [...queries, ...mutations.filter((m) => !late.includes(m)), ...late];
}

export function isFinding(res: GqlResult): boolean {
  return (
    res.status >= 500 || (res.errors ?? []).some((e) => e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR')
  );
}

function short(value: unknown): string {
  const text = JSON.stringify(value, (_k, v) =>
    typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v,
  );
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

export interface WalkOptions {
  seed: number;
  runs: number;
  ids: string[];
  callers: { role: string; token: string; ip: string }[];
}

/** Sends every generated operation and returns the findings (empty when nothing broke). */
export async function walkSchema(
  app: TestApp,
  schema: GraphQLSchema,
  options: WalkOptions,
): Promise<WalkFinding[]> {
  const findings: WalkFinding[] = [];
  const fields = rootFields(schema);
  for (const caller of options.callers) {
    for (const [index, { kind, field }] of fields.entries()) {
      const query = operationFor(kind, field);
      const arb = fc.oneof(
        argsArb(field, options.ids),
        oneBadLeafArb(field, options.ids),
        oneBadLeafArb(field, options.ids),
      );
      const samples = [
        ...fixedCases(field, options.ids),
        ...fc.sample(arb, { seed: options.seed + index, numRuns: options.runs }),
      ];
      const started = Date.now();
      for (const variables of samples) {
        const res = await app.gql(query, variables, { token: caller.token, ip: caller.ip });
        if (isFinding(res)) {
          findings.push({
            operation: `${kind} ${field.name}`,
            role: caller.role,
            status: res.status,
            variables: short(variables),
            errors: short(res.errors),
          });
        }
      }
      if (process.env['WALK_TIMING'])
        process.stdout.write(`${Date.now() - started} ms ${caller.role} ${field.name}\n`);
    }
  }
  return findings;
}
