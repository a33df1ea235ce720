import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { RecoveryPlan } from './plan.models';
import { RecoveryPlanInput } from './plan.inputs';
import { PlanService } from './plan.service';

@Resolver(() => RecoveryPlan)
export class PlanResolver {
  constructor(private readonly plans: PlanService) {}

  @Query(() => RecoveryPlan, {
    description: 'Your relapse-prevention plan (empty until you save it). Only you can see it.',
  })
  myPlan(@CurrentUser() user: AuthUser): Promise<RecoveryPlan> {
    return this.plans.get(user.id);
  }

  @Mutation(() => RecoveryPlan, { description: 'Save your whole relapse-prevention plan.' })
  savePlan(@CurrentUser() user: AuthUser, @Args('input') input: RecoveryPlanInput): Promise<RecoveryPlan> {
    return this.plans.save(user.id, input);
  }
}
