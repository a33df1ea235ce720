import { ErrorCode } from '@kinship/shared/contracts';
import { AppError } from './app-error';

/** How long a client waits before retrying when we are busy. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/** PostgreSQL states that mean "busy or away for a moment", not "your input is wrong". */
const RETRYABLE_SQLSTATES = new Set([
  '53300', // too_many_connections
  '53400', // configuration_limit_exceeded
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '57014', // query_canceled (statement timeout)
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);
const RETRYABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
const RETRYABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated (due to connection timeout|unexpectedly)|Client has encountered a connection error/i;

/**
 * True when an error means the database pool or the database itself is exhausted or briefly away (pool
 * timeout, too many connections, a restart): the caller should retry, nothing was wrong with the input.
 */
export function isOverload(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    originalError?: unknown;
    cause?: unknown;
  };
  if (typeof e.code === 'string' && (RETRYABLE_SQLSTATES.has(e.code) || RETRYABLE_NODE_CODES.has(e.code))) {
    return true;
  }
  if (typeof e.message === 'string' && RETRYABLE_MESSAGES.test(e.message)) return true;
  return [e.driverError, e.originalError, e.cause].some((inner) => isOverload(inner, depth + 1));
}

/** The retryable error a busy moment becomes, for GraphQL (extensions) and socket acks alike. */
export function unavailable(retryAfterSeconds = BUSY_RETRY_AFTER_SECONDS): AppError {
  return new AppError(ErrorCode.Unavailable, 'We are very busy right now. Please try again in a moment.', {
    retryAfterSeconds,
  });
}
