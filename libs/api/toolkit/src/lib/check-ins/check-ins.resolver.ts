import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { CheckIn, CheckInHistory, CheckInHistoryArgs, CheckInInput } from './check-in.models';
import { CheckInsService } from './check-ins.service';

@Resolver(() => CheckIn)
export class CheckInsResolver {
  constructor(private readonly checkIns: CheckInsService) {}

  @Mutation(() => CheckIn, { description: 'Check in for today (in your time zone); again to change it.' })
  checkIn(@CurrentUser() user: AuthUser, @Args('input') input: CheckInInput): Promise<CheckIn> {
    return this.checkIns.checkIn(user.id, input);
  }

  @Query(() => CheckInHistory, { description: 'Your check-ins of the last days, for your chart. Private.' })
  myCheckIns(@CurrentUser() user: AuthUser, @Args() { days }: CheckInHistoryArgs): Promise<CheckInHistory> {
    return this.checkIns.history(user.id, days);
  }
}
