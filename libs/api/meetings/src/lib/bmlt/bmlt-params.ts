/** A request parameter BMLT clients sent that we cannot use: answered with a 4xx naming it. */
export class BmltParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export type Query = Record<string, unknown>;

/** A parameter's raw values: `x[]=1&x[]=2`, `x=1,2` and `x=1&x=2` all read as ["1", "2"]. */
function raw(query: Query, name: string): string[] {
  const value = query[name] ?? query[`${name}[]`];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') throw new BmltParameterError(name, `${name} must be a value or a list`);
    out.push(...item.split(','));
  }
  return out.map((v) => v.trim()).filter((v) => v !== '');
}

/** A single text value, or undefined when absent. */
export function text(query: Query, name: string, max = 500): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new BmltParameterError(name, `${name} must be a single value`);
  if (value.length > max) throw new BmltParameterError(name, `${name} is longer than ${max} characters`);
  return value;
}

/** A value-less flag (`get_used_formats`) or one set to anything but 0/false. */
export function flag(query: Query, name: string): boolean {
  const value = query[name];
  if (value === undefined) return false;
  const v = Array.isArray(value) ? value[0] : value;
  return !(typeof v === 'string' && /^(0|false)$/i.test(v.trim()));
}

export function integer(query: Query, name: string, min: number, max: number): number | undefined {
  const value = text(query, name, 20);
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max)
    throw new BmltParameterError(
      name,
      `${name} must be a whole number from ${min} to ${max} (got "${value}")`,
    );
  return Number(value);
}

export function decimal(query: Query, name: string, min: number, max: number): number | undefined {
  const value = text(query, name, 40);
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(value.trim()) || n < min || n > max)
    throw new BmltParameterError(name, `${name} must be a number from ${min} to ${max} (got "${value}")`);
  return n;
}

/** An id list where a negative id excludes: `weekdays=2,-3` → include [2], exclude [3]. */
export interface IdSet {
  include: number[];
  exclude: number[];
}

export function idSet(query: Query, name: string, min = 1, max = Number.MAX_SAFE_INTEGER): IdSet {
  const out: IdSet = { include: [], exclude: [] };
  for (const v of raw(query, name)) {
    if (!/^-?\d{1,16}$/.test(v) || Math.abs(Number(v)) < min || Math.abs(Number(v)) > max) {
      throw new BmltParameterError(
        name,
        `${name} takes ids${max < 100 ? ` from ${min} to ${max}` : ''}, a negative one to exclude (got "${v}")`,
      );
    }
    const n = Number(v);
    (n < 0 ? out.exclude : out.include).push(Math.abs(n));
  }
  return out;
}

export const allows = (set: IdSet, id: number) =>
  !set.exclude.includes(id) && (set.include.length === 0 || set.include.includes(id));

/** A list of names (`data_field_key`, `sort_keys`, `key_strings`). */
export function names(query: Query, name: string): string[] {
  const out = raw(query, name);
  for (const v of out)
    if (!/^[A-Za-z0-9_./-]{1,64}$/.test(v))
      throw new BmltParameterError(name, `"${v.slice(0, 40)}" is not a ${name} value`);
  return out;
}

/** Minutes after midnight from `<prefix>H` and `<prefix>M` (StartsAfterH=19&StartsAfterM=30). */
export function clock(query: Query, prefix: string): number | undefined {
  const h = integer(query, `${prefix}H`, 0, 24);
  const m = integer(query, `${prefix}M`, 0, 59);
  if (h === undefined && m === undefined) return undefined;
  return (h ?? 0) * 60 + (m ?? 0);
}
