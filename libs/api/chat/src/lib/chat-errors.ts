import { AppError } from '@kinship/api/core';
import { ErrorCode, type ChatRefusalReason } from '@kinship/shared/contracts';

/**
 * A refusal a member can understand and a client can branch on: the code, a sentence for the person,
 * and `reason` (plus `retryAfterSeconds` or `until` when they apply) in the error's details.
 */
export function refusal(
  code: ErrorCode,
  reason: ChatRefusalReason,
  message: string,
  extra: { retryAfterSeconds?: number; until?: string; note?: string } = {},
): AppError {
  return new AppError(code, message, { reason, ...extra });
}

export const invalid = (message: string) => refusal(ErrorCode.BadUserInput, 'invalid', message);

export const roomNotFound = () =>
  refusal(ErrorCode.NotFound, 'room_not_found', 'That room does not exist, or you cannot see it.');

export const notMember = () =>
  refusal(ErrorCode.Forbidden, 'not_member', 'Join this room first to read and post in it.');
