import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { BlocksService } from './blocks.service';
import {
  SponsorshipBlockedMember,
  CheckInArgs,
  MemberIdArgs,
  ReasonArgs,
  RequestSponsorshipInput,
  Sponsorship,
  SponsorshipIdArgs,
  SponsorshipListArgs,
} from './relationship.models';
import { RelationshipsService } from './relationships.service';

/** Requests and relationships, from either side, and blocking. */
@Resolver(() => Sponsorship)
export class RelationshipsResolver {
  constructor(
    private readonly relationships: RelationshipsService,
    private readonly blocks: BlocksService,
  ) {}

  @Query(() => [Sponsorship], {
    description: 'Your requests and relationships, as sponsor and as sponsee: waiting first, then active.',
  })
  mySponsorships(@CurrentUser() user: AuthUser, @Args() args: SponsorshipListArgs): Promise<Sponsorship[]> {
    return this.relationships.list(user.id, args.statuses);
  }

  @Query(() => Sponsorship)
  sponsorship(@CurrentUser() user: AuthUser, @Args() args: SponsorshipIdArgs): Promise<Sponsorship> {
    return this.relationships.get(user.id, args.id);
  }

  @Mutation(() => Sponsorship, { description: 'Ask a sponsor or mentor, with an optional message.' })
  requestSponsorship(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RequestSponsorshipInput,
  ): Promise<Sponsorship> {
    return this.relationships.request(user.id, input);
  }

  @Mutation(() => Sponsorship)
  acceptSponsorshipRequest(
    @CurrentUser() user: AuthUser,
    @Args() args: SponsorshipIdArgs,
  ): Promise<Sponsorship> {
    return this.relationships.accept(user.id, args.id);
  }

  @Mutation(() => Sponsorship)
  declineSponsorshipRequest(@CurrentUser() user: AuthUser, @Args() args: ReasonArgs): Promise<Sponsorship> {
    return this.relationships.decline(user.id, args.id, args.reason);
  }

  @Mutation(() => Sponsorship)
  withdrawSponsorshipRequest(
    @CurrentUser() user: AuthUser,
    @Args() args: SponsorshipIdArgs,
  ): Promise<Sponsorship> {
    return this.relationships.withdraw(user.id, args.id);
  }

  @Mutation(() => Sponsorship, { description: 'Either member may end an active sponsorship.' })
  endSponsorship(@CurrentUser() user: AuthUser, @Args() args: ReasonArgs): Promise<Sponsorship> {
    return this.relationships.end(user.id, args.id, args.reason);
  }

  @Mutation(() => Sponsorship, { description: 'The 90-day check-in of a temporary sponsorship.' })
  checkInSponsorship(@CurrentUser() user: AuthUser, @Args() args: CheckInArgs): Promise<Sponsorship> {
    return this.relationships.checkIn(user.id, args.id, args.makePermanent);
  }

  @Mutation(() => Boolean, {
    description: 'Never be matched with or asked by this member again; anything open between you ends.',
  })
  blockSponsorshipMember(@CurrentUser() user: AuthUser, @Args() args: MemberIdArgs): Promise<boolean> {
    return this.blocks.block(user.id, args.memberId);
  }

  @Mutation(() => Boolean)
  unblockSponsorshipMember(@CurrentUser() user: AuthUser, @Args() args: MemberIdArgs): Promise<boolean> {
    return this.blocks.unblock(user.id, args.memberId);
  }

  @Query(() => [SponsorshipBlockedMember], { description: 'Members you blocked in sponsorship.' })
  mySponsorshipBlocks(@CurrentUser() user: AuthUser): Promise<SponsorshipBlockedMember[]> {
    return this.blocks.list(user.id);
  }
}
