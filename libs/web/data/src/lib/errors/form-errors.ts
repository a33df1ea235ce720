import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@kinship/shared/contracts';

export interface FormErrors {
  /** The first error's code (`BAD_USER_INPUT`, `RATE_LIMITED`, …), or `NETWORK` when the API was unreachable. */
  code: string;
  /** The API's message for the whole form (a person can act on it). */
  message: string;
  /** Messages per input field, e.g. `{ displayName: 'displayName must be 2 to 40 characters long' }`. */
  fields: Record<string, string>;
  /** Set with RATE_LIMITED: how long until another try is allowed. */
  retryAfterSeconds: number | null;
}

export const NETWORK_ERROR = 'NETWORK';

interface FieldProblem {
  field: string;
  message: string;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof FieldProblem, unknown>>;
  return typeof candidate.field === 'string' && typeof candidate.message === 'string';
}

/** `input.displayName` (a nested path) names the same form field as `displayName`. */
function fieldName(path: string): string {
  return path.split('.').pop() ?? path;
}

function fromGraphQLErrors(errors: readonly GraphQLFormattedError[]): FormErrors {
  const first = errors[0];
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const problems = error.extensions?.['fields'];
    if (!Array.isArray(problems)) continue;
    for (const problem of problems) {
      if (!isFieldProblem(problem)) continue;
      const name = fieldName(problem.field);
      fields[name] ??= problem.message;
    }
  }
  const retry = first?.extensions?.['retryAfterSeconds'];
  return {
    code: String(first?.extensions?.['code'] ?? ErrorCode.InternalServerError),
    message: first?.message ?? '',
    fields,
    retryAfterSeconds: typeof retry === 'number' ? retry : null,
  };
}

/**
 * Turns whatever an Apollo operation threw into what a form shows: one message, per-field messages from
 * BAD_USER_INPUT's `extensions.fields`, and the retry delay of RATE_LIMITED. Anything that is not a GraphQL
 * error (the network, a crash) becomes code `NETWORK`.
 */
export function toFormErrors(error: unknown): FormErrors {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) return fromGraphQLErrors(error.errors);
  return {
    code: NETWORK_ERROR,
    message: error instanceof Error ? error.message : String(error),
    fields: {},
    retryAfterSeconds: null,
  };
}
