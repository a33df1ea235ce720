import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { unauthenticated } from '@kinship/api/core';
import { requestOf } from './auth.guard';
import type { AuthUser } from '../auth-user';

/** The signed-in member of a guarded GraphQL operation or HTTP route. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context)?.user;
  if (!user) throw unauthenticated();
  return user;
});

/** The member when signed in, else null (for @Public() operations that show more to members). */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser | null => requestOf(context)?.user ?? null,
);
