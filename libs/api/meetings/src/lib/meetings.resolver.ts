import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import type { Request } from 'express';
import { badInput, listComplexity, notFound, Public, queryNamed } from '@kinship/api/core';
import { OptionalUser, type AuthUser } from '@kinship/api/auth';
import { upcomingOccurrences } from './domain/schedule';
import {
  Meeting,
  MeetingConnection,
  MeetingOccurrence,
  MeetingType,
  RecoveryProgram,
} from './dto/meeting.model';
import { MeetingGroup } from './dto/group.model';
import { MeetingSearchArgs } from './dto/search.inputs';
import { MeetingLoaderRegistry } from './loaders/meeting-loaders';
import { MeetingAccessService } from './admin/meeting-access.service';
import { MeetingSearchService, METERS_PER_MILE, toCriteria } from './search/meeting-search.service';
import { toMeeting } from './search/meeting-mapper';
import { MEETING_COLUMNS, rowToMeeting, type MeetingRow } from './search/meeting-row';
import { toGroup } from './groups/group-mapper';
import { typeName, BUILT_IN_TYPES } from './vocabulary/vocabulary';
import { DataSource } from 'typeorm';
import { PlacesService } from './places/places.service';
import { nearPoint } from './places/near-point';
import { toPlace } from './places/place-mapper';

interface GqlContext {
  req: Request & { user?: AuthUser };
}

/** The signed-in member (set by the auth guard before any field resolves), else null. */
const viewer = (ctx: GqlContext): AuthUser | null => ctx.req.user ?? null;

const uuid = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => badInput(`${name} must be an id`) });
const MEETING_BY_ID_SQL = `SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = $1::uuid`;
const round = (n: number) => Math.round(n * 1000) / 1000;

/** Finding meetings (public: nobody needs an account to find a meeting) and what each one shows. */
@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly search: MeetingSearchService,
    private readonly loaders: MeetingLoaderRegistry,
    private readonly access: MeetingAccessService,
    private readonly dataSource: DataSource,
    private readonly places: PlacesService,
  ) {}

  @Public()
  @Query(() => MeetingConnection, {
    description:
      'Find meetings near a point (nearest first) or by schedule (soonest first). No sign-in needed.',
    complexity: listComplexity,
  })
  async meetings(
    @OptionalUser() user: AuthUser | null,
    @Args() args: MeetingSearchArgs,
  ): Promise<MeetingConnection> {
    const { filter, first, after } = args;
    const scope = {
      canSeeUnpublished: filter?.includeUnpublished ? await this.access.unpublishedScope(user) : 'none',
    } as const;
    const point = filter?.near ? await nearPoint(filter.near, this.places) : undefined;
    const result = await this.search.search(toCriteria(filter, scope, new Date(), point), first, after);
    const km = (meters: number | null) => (meters === null ? null : round(meters / 1000));
    return {
      edges: result.hits.map((h) => ({
        cursor: h.cursor,
        node: toMeeting(h.meeting),
        distanceKm: h.distanceMeters === null ? null : round(h.distanceMeters / 1000),
        distanceMiles: h.distanceMeters === null ? null : round(h.distanceMeters / METERS_PER_MILE),
      })),
      pageInfo: { endCursor: result.hits.at(-1)?.cursor ?? null, hasNextPage: result.hasNextPage },
      radiusKm: km(result.radiusMeters),
      widened: result.widened,
      requestedRadiusKm: km(result.requestedRadiusMeters),
      widenedToKm: result.widened ? km(result.radiusMeters) : null,
      nothingNear: result.nothingNear,
      place: point?.place ? toPlace(point.place) : null,
    };
  }

  @Public()
  @Query(() => Meeting, {
    description: 'One meeting. Unpublished ones only for admins and the group’s contacts.',
  })
  async meeting(
    @OptionalUser() user: AuthUser | null,
    @Args('id', { type: () => ID }, uuid('id')) id: string,
  ): Promise<Meeting> {
    // a named statement and the search's row mapping: no TypeORM hydration on the meeting page's path
    const [row] = await queryNamed<MeetingRow>(this.dataSource, MEETING_BY_ID_SQL, [id]);
    const meeting = row ? rowToMeeting(row) : null;
    const visible =
      meeting && (meeting.published || (user && (await this.access.canManageGroup(user, meeting.groupId))));
    if (!meeting || !visible) throw notFound('There is no meeting with that id.');
    return toMeeting(meeting);
  }

  // The fields below that take no arguments have no parameter decorators: Nest then hands graphql-js the
  // method itself, called with (meeting, args, context), instead of wrapping each call in its pipes and
  // promises (every card of a search page resolves several of them).

  @ResolveField(() => RecoveryProgram)
  async program(meeting: Meeting, _args: unknown, ctx: GqlContext) {
    const program = await this.loaders.for(ctx.req, viewer(ctx)).programs.load(meeting.programId);
    if (!program) throw notFound('That meeting’s program no longer exists.');
    return program;
  }

  @ResolveField(() => MeetingGroup, { nullable: true })
  async group(meeting: Meeting, _args: unknown, ctx: GqlContext) {
    if (!meeting.groupId) return null;
    const group = await this.loaders.for(ctx.req, viewer(ctx)).groups.load(meeting.groupId);
    return group ? toGroup(group) : null;
  }

  @ResolveField(() => [MeetingType], { description: 'Type codes, named in the language asked for.' })
  async types(
    @Parent() meeting: Meeting,
    @Context() ctx: GqlContext,
    @Args('language', { type: () => String, defaultValue: 'en' }) language: string,
  ): Promise<MeetingType[]> {
    const custom = meeting.typeCodes.filter((c) => !BUILT_IN_TYPES.has(c));
    const found = custom.length
      ? await this.loaders.for(ctx.req, viewer(ctx)).customTypes.loadMany(custom)
      : [];
    const customByCode = new Map(
      found.flatMap((t) => (t && !(t instanceof Error) ? [[t.code, t] as const] : [])),
    );
    return meeting.typeCodes.map((code) => {
      const def = BUILT_IN_TYPES.get(code) ?? customByCode.get(code);
      return {
        code,
        name: typeName(def?.names, code, language.slice(0, 10)),
        source: def?.source ?? 'unknown',
      };
    });
  }

  @ResolveField(() => Boolean, { description: 'Whether you saved it (false when signed out).' })
  saved(meeting: Meeting, _args: unknown, ctx: GqlContext) {
    const user = viewer(ctx);
    return user ? this.loaders.for(ctx.req, user).saved.load(meeting.id) : false;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit it (admins and the group’s contacts).' })
  async canEdit(meeting: Meeting, _args: unknown, ctx: GqlContext) {
    const user = viewer(ctx);
    if (!user) return false;
    if (this.access.isAdmin(user)) return true;
    return meeting.groupId ? this.loaders.for(ctx.req, user).contactOf.load(meeting.groupId) : false;
  }

  @ResolveField(() => [MeetingOccurrence], {
    description: 'The occurrence in progress (if any) and the next ones, as instants: show them in any zone.',
  })
  upcoming(
    @Parent() meeting: Meeting,
    @Args('count', { type: () => Int, defaultValue: 1 }) count: number,
    @Args('at', { type: () => Date, nullable: true }) at?: Date,
  ): MeetingOccurrence[] {
    if (count < 1 || count > 14) throw badInput('count must be 1 to 14');
    const now = at ?? new Date();
    return upcomingOccurrences(
      {
        days: meeting.days,
        startMinute: meeting.startMinute,
        durationMinutes: meeting.durationMinutes,
        timeZone: meeting.timeZone,
      },
      now,
      count,
    ).map((o) => ({ ...o, startsInMinutes: Math.round((o.start.getTime() - now.getTime()) / 60_000) }));
  }
}
