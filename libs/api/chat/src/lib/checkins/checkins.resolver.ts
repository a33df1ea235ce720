import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles, type AuthUser } from '@kinship/api/auth';
import { PageArgs } from '@kinship/api/core';
import { Role } from '@kinship/shared/contracts';
import { CrisisKindEnum } from '../dto/chat.enums';
import { ModeratorCheckInRequest } from '../dto/moderation-live.models';
import { ModerationItemInput } from '../dto/moderation-live.models';
import { uuidArg } from '../rooms/rooms.resolver';
import { CheckInRequestsService } from './checkin-requests.service';
import { CheckInsService } from './checkins.service';
import { ModeratorCheckIn, ModeratorCheckInSummary, ResolveCheckInRequestInput } from './checkin.models';

/** Check-in requests and the private check-in conversations between the moderator team and a member. */
@Resolver()
export class CheckInsResolver {
  constructor(
    private readonly checkIns: CheckInsService,
    private readonly requests: CheckInRequestsService,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'Ask a moderator to check in on you (opt-in). Moderators see your name and `kind` only, never your ' +
      'messages; overdose and suicide come first. One request is open at a time: asking again changes nothing.',
  })
  requestModeratorCheckIn(
    @CurrentUser() user: AuthUser,
    @Args('kind', { type: () => CrisisKindEnum, nullable: true }) kind?: CrisisKindEnum | null,
  ) {
    return this.checkIns.request(user, kind ?? null);
  }

  @Roles(Role.MODERATOR)
  @Query(() => [ModeratorCheckInRequest], {
    description: 'Moderators: open check-in requests, urgent first.',
  })
  moderatorCheckInRequests() {
    return this.requests.open();
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => Boolean, { description: 'Moderators: close a check-in request (audited).' })
  resolveModeratorCheckInRequest(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ResolveCheckInRequestInput,
  ) {
    return this.checkIns.resolveRequest(user, input.requestId, input.reason);
  }

  @Mutation(() => ModeratorCheckIn, {
    description:
      'Moderators: open the private conversation with the member a queue item is about (a crisis or ' +
      'reported message’s author, or who asked for a check-in). Made on first use; audited.',
  })
  openModeratorCheckIn(@CurrentUser() user: AuthUser, @Args('input') input: ModerationItemInput) {
    return this.checkIns.open(user, input.itemType, input.itemId);
  }

  @Query(() => ModeratorCheckIn, {
    description: 'One check-in conversation: its member, or a moderator (whose read is audited).',
  })
  moderatorCheckIn(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, uuidArg('id')) id: string) {
    return this.checkIns.get(user, id);
  }

  @Query(() => ModeratorCheckIn, {
    nullable: true,
    description: 'Your own check-in conversation with the moderators, if one was opened.',
  })
  myModeratorCheckIn(@CurrentUser() user: AuthUser) {
    return this.checkIns.mine(user);
  }

  @Roles(Role.MODERATOR)
  @Query(() => [ModeratorCheckInSummary], {
    description: 'Moderators: check-ins, most recently active first.',
  })
  moderatorCheckIns(@CurrentUser() user: AuthUser, @Args() args: PageArgs) {
    return this.checkIns.list(user, args.first);
  }
}
