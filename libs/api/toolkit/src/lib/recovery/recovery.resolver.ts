import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { CleanDateArgs, CountryArgs, MyRecovery } from './recovery.models';
import { RecoveryService } from './recovery.service';

/** My recovery: the clean date with its day counter and milestones, and the country for help lines. */
@Resolver(() => MyRecovery)
export class RecoveryResolver {
  constructor(private readonly recovery: RecoveryService) {}

  @Query(() => MyRecovery, { description: 'Your clean date, clean time and milestones. Only you see them.' })
  myRecovery(@CurrentUser() user: AuthUser): Promise<MyRecovery> {
    return this.recovery.myRecovery(user.id);
  }

  @Mutation(() => MyRecovery, {
    description: 'Set or reset your clean date. It replaces the old one and leaves no trace of it.',
  })
  setCleanDate(@CurrentUser() user: AuthUser, @Args() { cleanDate }: CleanDateArgs): Promise<MyRecovery> {
    return this.recovery.setCleanDate(user.id, cleanDate);
  }

  @Mutation(() => MyRecovery, { description: 'Remove your clean date.' })
  clearCleanDate(@CurrentUser() user: AuthUser): Promise<MyRecovery> {
    return this.recovery.clearCleanDate(user.id);
  }

  @Mutation(() => MyRecovery, { description: 'Your country, for the crisis lines of "Get help now".' })
  setRecoveryCountry(@CurrentUser() user: AuthUser, @Args() { country }: CountryArgs): Promise<MyRecovery> {
    return this.recovery.setCountry(user.id, country);
  }
}
