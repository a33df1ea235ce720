import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import type { Request } from 'express';
import { badInput, listComplexity, notFound, Public } from '@kinship/api/core';
import { CurrentUser, OptionalUser, type AuthUser } from '@kinship/api/auth';
import {
  ContactGroupInput,
  GroupMessage,
  MeetingGroup,
  MeetingGroupConnection,
  MeetingGroupSearchArgs,
} from '../dto/group.model';
import { Meeting, RecoveryProgram } from '../dto/meeting.model';
import { MeetingLoaderRegistry } from '../loaders/meeting-loaders';
import { MeetingAccessService } from '../admin/meeting-access.service';
import { MyMeetingsService } from '../members/my-meetings.service';
import { METERS_PER_MILE } from '../search/meeting-search.service';
import { toMeeting } from '../search/meeting-mapper';
import { GroupsService } from './groups.service';
import { PlacesService } from '../places/places.service';
import { nearPoint } from '../places/near-point';
import { toGroup } from './group-mapper';

interface GqlContext {
  req: Request;
}

const uuid = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => badInput(`${name} must be an id`) });
const round = (n: number) => Math.round(n * 1000) / 1000;

/** Groups: their pages, "find local groups", home groups, and contacting a group through Kinship. */
@Resolver(() => MeetingGroup)
export class MeetingGroupsResolver {
  constructor(
    private readonly groups: GroupsService,
    private readonly loaders: MeetingLoaderRegistry,
    private readonly access: MeetingAccessService,
    private readonly mine: MyMeetingsService,
    private readonly places: PlacesService,
  ) {}

  @Public()
  @Query(() => MeetingGroup)
  async meetingGroup(@Args('id', { type: () => ID }, uuid('id')) id: string): Promise<MeetingGroup> {
    return toGroup(await this.groups.find(id));
  }

  @Public()
  @Query(() => MeetingGroupConnection, {
    description: 'Find local groups, nearest first.',
    complexity: listComplexity,
  })
  async meetingGroups(@Args() args: MeetingGroupSearchArgs): Promise<MeetingGroupConnection> {
    const near = args.filter?.near;
    if (near) {
      const { latitude, longitude } = await nearPoint(near, this.places);
      Object.assign(near, { latitude, longitude });
    }
    const result = await this.groups.search(args.filter, args.first, args.after);
    return {
      edges: result.hits.map((h) => ({
        cursor: h.cursor,
        node: toGroup(h.group),
        distanceKm: h.distanceMeters === null ? null : round(h.distanceMeters / 1000),
        distanceMiles: h.distanceMeters === null ? null : round(h.distanceMeters / METERS_PER_MILE),
      })),
      endCursor: result.hits.at(-1)?.cursor ?? null,
      hasNextPage: result.hasNextPage,
      radiusKm: result.radiusMeters === null ? null : round(result.radiusMeters / 1000),
      widened: result.widened,
    };
  }

  @ResolveField(() => RecoveryProgram)
  async program(
    @Parent() group: MeetingGroup,
    @Context() ctx: GqlContext,
    @OptionalUser() user: AuthUser | null,
  ) {
    const program = await this.loaders.for(ctx.req, user).programs.load(group.programId);
    if (!program) throw notFound('That group’s program no longer exists.');
    return program;
  }

  @ResolveField(() => [Meeting], { description: 'Its published meetings, by time of day.', complexity: 20 })
  async meetings(
    @Parent() group: MeetingGroup,
    @Context() ctx: GqlContext,
    @OptionalUser() user: AuthUser | null,
  ) {
    return (await this.loaders.for(ctx.req, user).groupMeetings.load(group.id)).map(toMeeting);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may manage it and read its messages.' })
  async canManage(
    @Parent() group: MeetingGroup,
    @Context() ctx: GqlContext,
    @OptionalUser() user: AuthUser | null,
  ) {
    if (!user) return false;
    return this.access.isAdmin(user) || this.loaders.for(ctx.req, user).contactOf.load(group.id);
  }

  @Query(() => MeetingGroup, { nullable: true, description: 'Your home group.' })
  async myHomeGroup(@CurrentUser() user: AuthUser): Promise<MeetingGroup | null> {
    const group = await this.mine.homeGroup(user.id);
    return group ? toGroup(group) : null;
  }

  @Mutation(() => MeetingGroup, { nullable: true, description: 'Set your home group; null clears it.' })
  async setHomeGroup(
    @CurrentUser() user: AuthUser,
    @Args(
      'groupId',
      { type: () => ID, nullable: true },
      new ParseUUIDPipe({ optional: true, exceptionFactory: () => badInput('groupId must be an id') }),
    )
    groupId?: string,
  ): Promise<MeetingGroup | null> {
    const group = await this.mine.setHomeGroup(user.id, groupId ?? null);
    return group ? toGroup(group) : null;
  }

  @Mutation(() => Boolean, {
    description: 'Send a message to a group’s contacts through Kinship (no email is exposed either way).',
  })
  async contactMeetingGroup(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ContactGroupInput,
  ): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(input.groupId)) throw badInput('groupId must be an id');
    await this.groups.contact(user, input.groupId, input.message);
    return true;
  }

  @Query(() => [GroupMessage], { description: 'Messages to a group: for its contacts and admins.' })
  async meetingGroupMessages(
    @CurrentUser() user: AuthUser,
    @Args('groupId', { type: () => ID }, uuid('groupId')) groupId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<GroupMessage[]> {
    if (first < 1 || first > 100) throw badInput('first must be 1 to 100');
    return this.groups.messages(user, groupId, first);
  }
}
