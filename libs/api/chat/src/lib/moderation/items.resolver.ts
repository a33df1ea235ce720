import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { ModerationItemState } from '../dto/chat.models';
import {
  ClaimModerationItemInput,
  ModerationItemInput,
  ModerationQueueCount,
} from '../dto/moderation-live.models';
import { ModerationItemsService } from './items.service';

/** Live queue work: claim, release, take over and acknowledge items; the open count for the navigation. */
@Resolver()
export class ModerationItemsResolver {
  constructor(private readonly items: ModerationItemsService) {}

  @Query(() => ModerationQueueCount, { description: 'Moderators: how many queue items are open and urgent.' })
  moderationQueueCount(@CurrentUser() user: AuthUser) {
    return this.items.count(user);
  }

  @Mutation(() => ModerationItemState, {
    description:
      'Say you are handling an item; other moderators see it at once. An item someone else holds is ' +
      'refused (CONFLICT, naming them) unless `takeOver` is true. Audited.',
  })
  claimModerationItem(@CurrentUser() user: AuthUser, @Args('input') input: ClaimModerationItemInput) {
    return this.items.claim(user, input.itemType, input.itemId, input.takeOver);
  }

  @Mutation(() => ModerationItemState, { description: 'Give back an item you claimed. Audited.' })
  releaseModerationItem(@CurrentUser() user: AuthUser, @Args('input') input: ModerationItemInput) {
    return this.items.release(user, input.itemType, input.itemId);
  }

  @Mutation(() => ModerationItemState, {
    description: 'Acknowledge an item (urgent ones stay on top until someone does). Once; audited.',
  })
  acknowledgeModerationItem(@CurrentUser() user: AuthUser, @Args('input') input: ModerationItemInput) {
    return this.items.acknowledge(user, input.itemType, input.itemId);
  }
}
