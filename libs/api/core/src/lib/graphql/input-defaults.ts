import {
  astFromValue,
  getNullableType,
  isInputObjectType,
  isListType,
  valueFromASTUntyped,
  type GraphQLInputObjectType,
  type GraphQLType,
} from 'graphql';

/** Returns the value with the defaults of omitted input fields written in (a copy when anything was added). */
export type DefaultsFiller = (value: unknown) => unknown;

/**
 * graphql-jit coerces variables itself and, unlike graphql-js, refuses an omitted required input field
 * that has a default (`unit: DistanceUnit! = KILOMETERS`), and writes other defaults as their internal
 * value. So before it runs, every omitted input field with a default gets that default in the form a
 * client would have sent it, which both coerce the same. `undefined` when the type has no such field.
 */
export function inputDefaultsFiller(type: GraphQLType): DefaultsFiller | undefined {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = inputDefaultsFiller(nullable.ofType);
    if (!item) return undefined;
    // A single value where a list is expected counts as a list of one.
    return (value) => (Array.isArray(value) ? mapChanged(value, item) : item(value));
  }
  if (!isInputObjectType(nullable)) return undefined;
  return objectFiller(nullable);
}

const fillers = new WeakMap<GraphQLInputObjectType, DefaultsFiller | undefined>();
const computing = new Set<GraphQLInputObjectType>();

function objectFiller(type: GraphQLInputObjectType): DefaultsFiller | undefined {
  if (fillers.has(type)) return fillers.get(type);
  // A type that contains itself: look its filler up when it runs, once it is known.
  if (computing.has(type)) return (value) => (fillers.get(type) ?? same)(value);
  computing.add(type);
  const defaults: Array<[string, unknown]> = [];
  const nested: Array<[string, DefaultsFiller]> = [];
  try {
    for (const field of Object.values(type.getFields())) {
      if (field.defaultValue !== undefined) {
        const ast = astFromValue(field.defaultValue, field.type);
        if (ast) defaults.push([field.name, valueFromASTUntyped(ast)]);
      }
      const inner = inputDefaultsFiller(field.type);
      if (inner) nested.push([field.name, inner]);
    }
  } finally {
    computing.delete(type);
  }
  const filler =
    defaults.length === 0 && nested.length === 0 ? undefined : fillObject(defaults, nested);
  fillers.set(type, filler);
  return filler;
}

function fillObject(defaults: Array<[string, unknown]>, nested: Array<[string, DefaultsFiller]>): DefaultsFiller {
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const given = value as Record<string, unknown>;
    let out = given;
    for (const [name, fallback] of defaults) {
      if (given[name] !== undefined) continue;
      if (out === given) out = { ...given };
      out[name] = fallback;
    }
    for (const [name, inner] of nested) {
      const field = given[name];
      if (field == null) continue;
      const filled = inner(field);
      if (filled === field) continue;
      if (out === given) out = { ...given };
      out[name] = filled;
    }
    return out;
  };
}

function mapChanged(values: unknown[], fill: DefaultsFiller): unknown[] {
  let out = values;
  values.forEach((value, i) => {
    const filled = fill(value);
    if (filled === value) return;
    if (out === values) out = [...values];
    out[i] = filled;
  });
  return out;
}

const same: DefaultsFiller = (value) => value;
