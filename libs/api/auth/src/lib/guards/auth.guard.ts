import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import { forbidden, IS_PUBLIC, unauthenticated } from '@kinship/api/core';
import { Role, roleAtLeast } from '@kinship/shared/contracts';
import type { AuthUser } from '../auth-user';
import { SessionService } from '../session.service';
import { REQUIRED_ROLE } from './roles.decorator';

export type AuthedRequest = Request & { user?: AuthUser | null };

export function requestOf(context: ExecutionContext): AuthedRequest | null {
  const type = context.getType<GqlContextType>();
  if (type === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: AuthedRequest }>().req;
  if (type === 'http') return context.switchToHttp().getRequest<AuthedRequest>();
  return null;
}

export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
  return match ? match[1] : null;
}

/**
 * Global guard for GraphQL and HTTP: resolves the bearer token to a member (once per request), requires
 * one unless the handler is @Public(), and enforces @Roles(). Sockets authenticate at their handshake.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    if (!req) return true;
    if (req.user === undefined) {
      const token = bearerToken(req);
      req.user = token ? await this.sessions.authenticate(token) : null;
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!req.user) throw unauthenticated();
    const required = this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets);
    if (required && !roleAtLeast(req.user.role, required)) {
      throw forbidden(
        required === Role.ADMIN ? 'Only an admin can do that.' : 'Only a moderator can do that.',
      );
    }
    return true;
  }
}
