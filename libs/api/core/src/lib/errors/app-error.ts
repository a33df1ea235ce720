import { GraphQLError } from 'graphql';
import { ErrorCode } from '@kinship/shared/contracts';

/**
 * The one error type features throw. It carries a code clients can branch on and a message a person can
 * act on. It is a GraphQLError so Apollo sends the code in `extensions.code` unchanged.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...(details ?? {}) } });
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Please sign in to continue.') =>
  new AppError(ErrorCode.Unauthenticated, message);
export const forbidden = (message = 'You do not have permission to do that.') =>
  new AppError(ErrorCode.Forbidden, message);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.BadUserInput, message, details);
export const notFound = (message: string) => new AppError(ErrorCode.NotFound, message);
export const conflict = (message: string) => new AppError(ErrorCode.Conflict, message);
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError(ErrorCode.RateLimited, message, { retryAfterSeconds });
