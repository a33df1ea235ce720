import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Public } from '@kinship/api/core';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { AccountMailService } from './account-mail.service';
import {
  RequestEmailChangeArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
  VerifyEmailArgs,
} from './mail.args';

/** Password reset, address verification and email change, each through a single-use link by email. */
@Resolver()
export class MailResolver {
  constructor(private readonly mail: AccountMailService) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Emails a reset link when an account has this address. Always true, so it reveals nothing.',
  })
  requestPasswordReset(
    @Args() args: RequestPasswordResetArgs,
    @Context() ctx: { req: Request },
  ): Promise<boolean> {
    return this.mail.requestPasswordReset(args.email, ctx.req.ip ?? 'unknown');
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token from a reset link; every session of the account ends.',
  })
  resetPassword(@Args() args: ResetPasswordArgs): Promise<boolean> {
    return this.mail.resetPassword(args.token, args.password);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Confirms an email address with the token from the link.' })
  verifyEmail(@Args() args: VerifyEmailArgs): Promise<boolean> {
    return this.mail.verifyEmail(args.token);
  }

  @Mutation(() => Boolean, { description: 'Sends a new confirmation link to your address.' })
  resendVerification(@CurrentUser() user: AuthUser): Promise<boolean> {
    return this.mail.resendVerification(user.id);
  }

  @Mutation(() => Boolean, {
    description: 'Sends a confirmation link to the new address; the change happens when it is opened.',
  })
  requestEmailChange(@CurrentUser() user: AuthUser, @Args() args: RequestEmailChangeArgs): Promise<boolean> {
    return this.mail.requestEmailChange(user.id, args.newEmail, args.password);
  }
}
