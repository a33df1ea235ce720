import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getOperationAST,
  GraphQLError,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type SourceLocation,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { inputDefaultsFiller, type DefaultsFiller } from './input-defaults';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Compiled = { query: CompiledQuery['query']; fill: Array<[string, DefaultsFiller]> } | 'not compilable';

/** What the executor needs of Apollo's per-request context (a subset of its gateway request context). */
export interface ExecutionRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  queryHash: string;
  context: unknown;
  request: { variables?: Record<string, unknown> };
}

/**
 * Runs operations as JavaScript compiled for each document by graphql-jit instead of graphql-js
 * walking the document for every request. Apollo Server still parses, validates and runs every plugin;
 * only execution changes. Compiled operations are kept per (document, operation name) in a bounded
 * least-recently-used map. A document graphql-jit cannot compile runs through graphql-js' `execute`.
 * Errors are rebuilt as graphql-js errors (same message, path, locations, original error and so the same
 * extensions), as Apollo's error formatting expects.
 */
export class CompiledExecution {
  private readonly compiled = new Map<string, Compiled>();

  constructor(private readonly maxEntries = 500) {}

  /** How many operations are kept (compiled, or known not to compile). */
  get size(): number {
    return this.compiled.size;
  }

  async execute(req: ExecutionRequest): Promise<ExecutionResult> {
    const operation = this.operationFor(req);
    if (operation === 'not compilable') {
      return execute({
        schema: req.schema,
        document: req.document,
        contextValue: req.context,
        variableValues: req.request.variables,
        operationName: req.operationName,
      });
    }
    const result = await operation.query(undefined, req.context, withDefaults(req.request.variables, operation.fill));
    if (result.errors?.length) {
      return { ...result, errors: result.errors.map(asGraphQLJsError) };
    }
    return result;
  }

  private operationFor(req: ExecutionRequest): Compiled {
    const key = `${req.queryHash}:${req.operationName ?? ''}`;
    const known = this.compiled.get(key);
    if (known) {
      // Refresh its place: the map's insertion order is its recency order.
      this.compiled.delete(key);
      this.compiled.set(key, known);
      return known;
    }
    let operation: Compiled;
    try {
      const out = compileQuery(req.schema, req.document, req.operationName ?? undefined);
      operation = isCompiledQuery(out) ? { query: out.query, fill: fillersFor(req) } : 'not compilable';
    } catch {
      operation = 'not compilable';
    }
    this.compiled.set(key, operation);
    if (this.compiled.size > this.maxEntries) {
      this.compiled.delete(this.compiled.keys().next().value as string);
    }
    return operation;
  }
}

/** The operation's variables whose input objects have required fields with a default (see input-defaults). */
function fillersFor(req: ExecutionRequest): Array<[string, DefaultsFiller]> {
  const fill: Array<[string, DefaultsFiller]> = [];
  const operation = getOperationAST(req.document, req.operationName);
  for (const definition of operation?.variableDefinitions ?? []) {
    const type = typeFromAST(req.schema, definition.type);
    const inner = type && inputDefaultsFiller(type);
    const name = definition.variable.name.value;
    if (definition.defaultValue) {
      // graphql-jit refuses an omitted `$x: T! = value` too: send the default as a client would.
      const given = valueFromASTUntyped(definition.defaultValue);
      const fallback = inner ? inner(given) : given;
      fill.push([name, (value) => (value === undefined ? fallback : inner ? inner(value) : value)]);
    } else if (inner) {
      fill.push([name, inner]);
    }
  }
  return fill;
}

function withDefaults(
  variables: Record<string, unknown> | undefined,
  fill: Array<[string, DefaultsFiller]>,
): Record<string, unknown> | undefined {
  if (fill.length === 0) return variables;
  const given = variables ?? {};
  let out = given;
  for (const [name, filler] of fill) {
    const value = given[name];
    const filled = filler(value);
    if (filled !== value) {
      if (out === given) out = { ...given };
      out[name] = filled;
    }
  }
  return out;
}

/** graphql-jit's errors only look like graphql-js' (no `extensions` object when the cause has none). */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error;
  const out = new GraphQLError(error.message, {
    path: error.path,
    // graphql-js keeps the thrown error (a plain Error for "Cannot return null ...") as the original.
    originalError: error.originalError ?? new Error(error.message),
  });
  (out as { locations?: readonly SourceLocation[] }).locations = error.locations;
  return out;
}

/**
 * An Apollo Server "gateway" that serves the given schema and executes with `CompiledExecution`: the
 * supported way (Apollo Server 4 and 5) to replace its executor. `schema` is read when the server starts.
 */
export function compiledExecutionGateway(schema: () => GraphQLSchema, execution = new CompiledExecution()): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      const apiSchema = schema();
      callback({ apiSchema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return {
        schema: schema(),
        executor: (requestContext) =>
          execution.execute({
            schema: requestContext.schema,
            document: requestContext.document,
            operationName: requestContext.operationName,
            queryHash: requestContext.queryHash,
            context: requestContext.context,
            request: requestContext.request,
          }),
      };
    },
    async stop() {
      return undefined;
    },
  };
}
