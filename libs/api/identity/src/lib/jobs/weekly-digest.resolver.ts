import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { Account } from '../dto/account.models';

/** The weekly digest opt-in, on the member's own account (off until they turn it on). */
@Resolver(() => Account)
export class WeeklyDigestResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Boolean, {
    description: 'Whether you get a weekly email on Sunday evening with your saved meetings for the week.',
  })
  async weeklyDigest(@Parent() account: Account): Promise<boolean> {
    const [row]: { weekly_digest: boolean }[] = await this.dataSource.query(
      'SELECT weekly_digest FROM users WHERE id = $1',
      [account.id],
    );
    return row?.weekly_digest ?? false;
  }

  @Mutation(() => Boolean, {
    description: 'Turn the weekly digest email on or off; returns the new setting.',
  })
  async setWeeklyDigest(
    @CurrentUser() user: AuthUser,
    @Args('enabled', { type: () => Boolean }) enabled: boolean,
  ): Promise<boolean> {
    await this.dataSource.query('UPDATE users SET weekly_digest = $2 WHERE id = $1', [user.id, enabled]);
    return enabled;
  }
}
