import {
  ErrorCode,
  type ChatRefusalReason,
  type SocketAck,
  type SocketError,
} from '@kinship/shared/contracts';
import { AppError } from '../errors/app-error';
import { isOverload, unavailable } from '../errors/overload';

/** The optional details an AppError may carry into a socket error (`reason`, `retryAfterSeconds`, `until`, `note`). */
function details(error: AppError): Omit<SocketError, 'code' | 'message'> {
  const ext = error.extensions;
  const out: Omit<SocketError, 'code' | 'message'> = {};
  if (typeof ext['reason'] === 'string') out.reason = ext['reason'] as ChatRefusalReason;
  if (typeof ext['retryAfterSeconds'] === 'number') out.retryAfterSeconds = ext['retryAfterSeconds'];
  if (typeof ext['until'] === 'string') out.until = ext['until'];
  if (typeof ext['note'] === 'string') out.note = ext['note'];
  return out;
}

/**
 * Turns a thrown error into an error ack: our own errors keep code and message; a busy database becomes
 * UNAVAILABLE with `retryAfterSeconds` (the client retries); anything else is masked.
 */
export function errorAck(error: unknown): SocketAck<never> {
  if (!(error instanceof AppError) && isOverload(error)) error = unavailable();
  if (error instanceof AppError) {
    return { ok: false, error: { code: error.code, message: error.message, ...details(error) } };
  }
  return {
    ok: false,
    error: {
      code: ErrorCode.InternalServerError,
      message: 'Something went wrong on our side. Please try again.',
    },
  };
}

/**
 * Runs a socket event handler and always answers through its ack, so a bad payload gets an error the
 * client can show and nothing else happens. Returns the ack value for Nest's acknowledgement mechanism.
 * `onUnexpected` sees errors that are not AppErrors (to log them; the client gets a masked error).
 */
export async function handleAck<T>(
  work: () => Promise<T> | T,
  onUnexpected?: (error: unknown) => void,
): Promise<SocketAck<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (!(error instanceof AppError) && !isOverload(error)) onUnexpected?.(error);
    return errorAck(error);
  }
}
