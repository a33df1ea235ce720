import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { Worksheet } from './worksheet.models';
import {
  AbcInput,
  ChangePlanInput,
  CostBenefitInput,
  MyWorksheetsArgs,
  ShareWorksheetArgs,
  WorksheetIdArgs,
} from './worksheet.inputs';
import { WorksheetsService } from './worksheets.service';

/** SMART worksheets: filled in and kept privately, optionally shared with one's current sponsor. */
@Resolver(() => Worksheet)
export class WorksheetsResolver {
  constructor(private readonly worksheets: WorksheetsService) {}

  @Query(() => [Worksheet], { description: 'Your worksheets, most recently changed first.' })
  myWorksheets(@CurrentUser() user: AuthUser, @Args() { kind }: MyWorksheetsArgs): Promise<Worksheet[]> {
    return this.worksheets.mine(user.id, kind);
  }

  @Query(() => Worksheet, {
    description: 'One worksheet: yours, or one your sponsee shares with you while you are their sponsor.',
  })
  worksheet(@CurrentUser() user: AuthUser, @Args() { id }: WorksheetIdArgs): Promise<Worksheet> {
    return this.worksheets.get(user.id, id);
  }

  @Query(() => [Worksheet], {
    description: 'Worksheets your sponsees share with you, while you sponsor them.',
  })
  worksheetsSharedWithMe(@CurrentUser() user: AuthUser): Promise<Worksheet[]> {
    return this.worksheets.sharedWithMe(user.id);
  }

  @Mutation(() => Worksheet, { description: 'Save a Cost-Benefit Analysis (new without an id).' })
  saveCostBenefit(@CurrentUser() user: AuthUser, @Args('input') input: CostBenefitInput): Promise<Worksheet> {
    return this.worksheets.saveCostBenefit(user.id, input);
  }

  @Mutation(() => Worksheet, { description: 'Save an ABC worksheet (new without an id).' })
  saveAbc(@CurrentUser() user: AuthUser, @Args('input') input: AbcInput): Promise<Worksheet> {
    return this.worksheets.saveAbc(user.id, input);
  }

  @Mutation(() => Worksheet, { description: 'Save a Change Plan (new without an id).' })
  saveChangePlan(@CurrentUser() user: AuthUser, @Args('input') input: ChangePlanInput): Promise<Worksheet> {
    return this.worksheets.saveChangePlan(user.id, input);
  }

  @Mutation(() => Worksheet, {
    description:
      'Share a worksheet with your current sponsor or mentor, or stop sharing. It stays readable to them only while they are your sponsor.',
  })
  shareWorksheet(
    @CurrentUser() user: AuthUser,
    @Args() { id, shared }: ShareWorksheetArgs,
  ): Promise<Worksheet> {
    return this.worksheets.share(user.id, id, shared);
  }

  @Mutation(() => Boolean)
  deleteWorksheet(@CurrentUser() user: AuthUser, @Args() { id }: WorksheetIdArgs): Promise<boolean> {
    return this.worksheets.delete(user.id, id);
  }
}
