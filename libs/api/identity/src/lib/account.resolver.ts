import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig, Public, unauthenticated } from '@kinship/api/core';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  CurrentUser,
  REFRESH_COOKIE,
  REFRESH_COOKIE_PATH,
  SessionService,
  type AuthUser,
  type IssuedTokens,
} from '@kinship/api/auth';
import type { UserEntity } from '@kinship/api/auth';
import { AccountService } from './account.service';
import { AccountDataService } from './account-data.service';
import { Account, AuthPayload } from './dto/account.models';
import { DeleteAccountInput, RegisterInput, SignInInput, UpdateProfileInput } from './dto/account.inputs';

interface HttpContext {
  req: Request & { cookies?: Record<string, string> };
  res: Response;
}

export function toAccount(user: UserEntity): Account {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    handle: user.handle,
    role: user.role,
    bio: user.bio,
    locale: user.locale,
    timeZone: user.timeZone,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
  };
}

/** Sign-up, sign-in, refresh and sign-out, and the member's own account. */
@Resolver(() => Account)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly accountData: AccountDataService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Create an account. The answer is true whether or not the email already has an account (its owner is ' +
      'emailed instead), so it reveals nobody; sign in with the same email and password next.',
  })
  async register(@Args('input') input: RegisterInput, @Context() ctx: HttpContext): Promise<boolean> {
    await this.accounts.register(input, ctx.req.ip ?? 'unknown');
    return true;
  }

  @Public()
  @Mutation(() => AuthPayload)
  async signIn(@Args('input') input: SignInInput, @Context() ctx: HttpContext): Promise<AuthPayload> {
    const { user, tokens } = await this.accounts.signIn(input, ctx.req.ip ?? 'unknown');
    return this.payload(ctx, user, tokens);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Trade the refresh cookie for a new access token; the cookie is rotated.',
  })
  async refreshSession(@Context() ctx: HttpContext): Promise<AuthPayload> {
    const token = ctx.req.cookies?.[REFRESH_COOKIE];
    if (!token) throw unauthenticated('You are not signed in on this device.');
    try {
      const tokens = await this.sessions.rotate(token);
      const user = await this.accounts.findById(tokens.userId);
      return this.payload(ctx, user, tokens);
    } catch (error) {
      this.clearCookie(ctx);
      throw error;
    }
  }

  @Mutation(() => Boolean, { description: 'End this session; its refresh token stops working.' })
  async signOut(@CurrentUser() user: AuthUser, @Context() ctx: HttpContext): Promise<boolean> {
    await this.sessions.revoke(user.sessionId, 'You signed out.');
    this.clearCookie(ctx);
    return true;
  }

  @Query(() => Account, { description: 'Your own account.' })
  async me(@CurrentUser() user: AuthUser): Promise<Account> {
    return toAccount(await this.accounts.findById(user.id));
  }

  @Mutation(() => Account)
  async updateProfile(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateProfileInput,
  ): Promise<Account> {
    return toAccount(await this.accounts.updateProfile(user.id, input));
  }

  @Query(() => String, { description: 'All your data as a JSON document (GDPR art. 20).' })
  async exportMyData(@CurrentUser() user: AuthUser): Promise<string> {
    return JSON.stringify(await this.accountData.exportFor(user.id), null, 2);
  }

  @Mutation(() => Boolean, { description: 'Erase your account and personal data. This cannot be undone.' })
  async deleteAccount(
    @CurrentUser() user: AuthUser,
    @Args('input') input: DeleteAccountInput,
    @Context() ctx: HttpContext,
  ): Promise<boolean> {
    await this.accountData.deleteAccount(user.id, input.password);
    this.clearCookie(ctx);
    return true;
  }

  private payload(ctx: HttpContext, user: UserEntity, tokens: IssuedTokens): AuthPayload {
    ctx.res.cookie(REFRESH_COOKIE, tokens.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      // Over TLS, directly or behind a trusted proxy (TRUST_PROXY and X-Forwarded-Proto: https).
      secure: this.config.nodeEnv === 'production' || ctx.req.secure,
      path: REFRESH_COOKIE_PATH,
      expires: tokens.refreshExpiresAt,
    });
    return { accessToken: tokens.accessToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, account: toAccount(user) };
  }

  private clearCookie(ctx: HttpContext): void {
    ctx.res.clearCookie(REFRESH_COOKIE, {
      path: REFRESH_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.nodeEnv === 'production' || ctx.req.secure,
    });
  }
}
