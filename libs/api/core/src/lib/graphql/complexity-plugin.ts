import type { ApolloServerPlugin } from '@apollo/server';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { ErrorCode } from '@kinship/shared/contracts';

/** Operations whose cost is remembered, and costs remembered per operation (for different variables). */
const OPERATIONS_KEPT = 500;
const COSTS_PER_OPERATION = 50;
/** Longer values (a whole input object read by a complexity function) are costed every time instead. */
const LONGEST_KEY = 200;

interface Known {
  /** The variables the cost was found to depend on. */
  costVariables: string[];
  costs: Map<string, number>;
}

/**
 * Refuses an operation whose estimated cost exceeds `maxComplexity` before anything is resolved. A field
 * costs 1 unless it declares `complexity` (code-first: `@Field({ complexity })`); list fields declare
 * theirs from their page-size argument, so asking for big pages of nested lists is what costs.
 *
 * The cost of an operation is remembered for the values of the variables it depends on: those in
 * directives (`@include(if: $x)`) and in the arguments a field's complexity function read while it was
 * costed (the page size, not the search filter). Every request still has its variables checked.
 */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  const known = new Map<string, Known>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, queryHash, operationName }) {
          const variables = request.variables ?? {};
          const operationKey = `${queryHash}:${operationName ?? ''}`;
          let entry = known.get(operationKey);
          let complexity = entry?.costs.get(valuesKey(entry.costVariables, variables));
          if (complexity === undefined) {
            const read = new Set<string>();
            complexity = costOf(schema, document, request.operationName, variables, read);
            if (!entry) {
              directiveVariables(document, read);
              entry = { costVariables: [...read].sort(), costs: new Map() };
              known.set(operationKey, entry);
              if (known.size > OPERATIONS_KEPT) known.delete(known.keys().next().value as string);
            }
            const key = valuesKey(entry.costVariables, variables);
            if (sameVariables(entry.costVariables, read) && key.length <= LONGEST_KEY) {
              entry.costs.set(key, complexity);
              if (entry.costs.size > COSTS_PER_OPERATION)
                entry.costs.delete(entry.costs.keys().next().value as string);
            }
          } else {
            checkVariables(schema, document, request.operationName, variables);
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

function costOf(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  read: Set<string>,
): number {
  try {
    return getComplexity({
      schema,
      operationName,
      query,
      variables,
      estimators: [recording(fieldExtensionsEstimator(), read), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // Costing needs the variables, so a variable that does not fit its type is found here first.
    throw badInput(error);
  }
}

/** What costing checks of the variables when the cost is already known (same errors). */
function checkVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): void {
  const operation = getOperationAST(document, operationName);
  const result = getVariableValues(schema, operation?.variableDefinitions ?? [], variables);
  if (result.errors) throw badInput(result.errors[0]);
}

function badInput(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  return new GraphQLError(error.message, {
    extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
  });
}

/** The estimator, with every argument its complexity function reads noted (as the variables in it). */
function recording(estimator: ComplexityEstimator, read: Set<string>): ComplexityEstimator {
  return (options) => {
    if (typeof options.field.extensions?.['complexity'] !== 'function') return estimator(options);
    const note = (name: string) => variablesOfArgument(options.node, name, read);
    const all = () => options.node.arguments?.forEach((a) => variablesIn(a.value, read));
    const args = new Proxy(options.args, {
      get: (target, key, receiver) => {
        if (typeof key === 'string') note(key);
        return Reflect.get(target, key, receiver);
      },
      has: (target, key) => {
        if (typeof key === 'string') note(key);
        return Reflect.has(target, key);
      },
      ownKeys: (target) => {
        all();
        return Reflect.ownKeys(target);
      },
      getOwnPropertyDescriptor: (target, key) => {
        all();
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    return estimator({ ...options, args });
  };
}

function variablesOfArgument(node: FieldNode, name: string, out: Set<string>): void {
  const argument = node.arguments?.find((a) => a.name.value === name);
  if (argument) variablesIn(argument.value, out);
}

function variablesIn(value: ValueNode, out: Set<string>): void {
  visit(value, { Variable: (v) => void out.add(v.name.value) });
}

function directiveVariables(document: DocumentNode, out: Set<string>): void {
  visit(document, { Directive: (d) => void d.arguments?.forEach((a) => variablesIn(a.value, out)) });
}

/** Whether costing read exactly the variables remembered (a complexity function may read others at times). */
function sameVariables(costVariables: string[], read: Set<string>): boolean {
  return [...read].every((name) => costVariables.includes(name));
}

function valuesKey(names: string[], variables: Record<string, unknown>): string {
  // An omitted variable (its default applies) differs from one given as null.
  return JSON.stringify(names.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : [])));
}
