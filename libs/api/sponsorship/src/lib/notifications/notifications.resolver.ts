import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { listComplexity } from '@kinship/api/core';
import {
  MarkNotificationsReadArgs,
  NotificationPageArgs,
  SponsorshipNotificationPage,
} from './notification.models';
import { NotificationsService } from './notifications.service';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => SponsorshipNotificationPage, {
    description: 'Your sponsorship notifications, newest first (check-in prompts included once due).',
    complexity: listComplexity,
  })
  sponsorshipNotifications(
    @CurrentUser() user: AuthUser,
    @Args() args: NotificationPageArgs,
  ): Promise<SponsorshipNotificationPage> {
    return this.notifications.list(user.id, args.first, args.after);
  }

  @Mutation(() => Int, { description: 'Marks notifications read; returns how many changed.' })
  markSponsorshipNotificationsRead(
    @CurrentUser() user: AuthUser,
    @Args() args: MarkNotificationsReadArgs,
  ): Promise<number> {
    return this.notifications.markRead(user.id, args.ids);
  }
}
