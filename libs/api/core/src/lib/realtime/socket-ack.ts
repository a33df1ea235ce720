import { ErrorCode, type SocketAck } from '@kinship/shared/contracts';
import { AppError } from '../errors/app-error';

/** Turns a thrown error into an error ack: our own errors keep code and message, others are masked. */
export function errorAck(error: unknown): SocketAck<never> {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
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
 */
export async function handleAck<T>(work: () => Promise<T> | T): Promise<SocketAck<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return errorAck(error);
  }
}
