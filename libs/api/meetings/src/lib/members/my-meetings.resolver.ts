import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { badInput } from '@kinship/api/core';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { Meeting } from '../dto/meeting.model';
import { CalendarFeedInfo, NewCalendarFeed } from '../dto/my-meetings.model';
import { toMeeting } from '../search/meeting-mapper';
import { MAX_SAVED_MEETINGS, MyMeetingsService } from './my-meetings.service';

const uuid = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => badInput(`${name} must be an id`) });

/** "My meetings": saving meetings and the private calendar feed of them. Signed-in members only. */
@Resolver()
export class MyMeetingsResolver {
  constructor(private readonly mine: MyMeetingsService) {}

  @Query(() => [Meeting], {
    description: `Meetings you saved (up to ${MAX_SAVED_MEETINGS}), by time of day.`,
    // a bounded list loaded in one query (its programs, groups and types through loaders): priced like a
    // page of 10, so a week's view with its occurrences fits the cost limit
    complexity: ({ childComplexity }) => 10 * Math.max(childComplexity, 1),
  })
  async mySavedMeetings(@CurrentUser() user: AuthUser): Promise<Meeting[]> {
    return (await this.mine.saved(user.id)).map(toMeeting);
  }

  @Mutation(() => Meeting)
  async saveMeeting(
    @CurrentUser() user: AuthUser,
    @Args('meetingId', { type: () => ID }, uuid('meetingId')) meetingId: string,
  ): Promise<Meeting> {
    return toMeeting(await this.mine.save(user.id, meetingId));
  }

  @Mutation(() => Boolean)
  async unsaveMeeting(
    @CurrentUser() user: AuthUser,
    @Args('meetingId', { type: () => ID }, uuid('meetingId')) meetingId: string,
  ): Promise<boolean> {
    await this.mine.unsave(user.id, meetingId);
    return true;
  }

  @Query(() => CalendarFeedInfo, { nullable: true, description: 'Your calendar feed, if you made one.' })
  myCalendarFeed(@CurrentUser() user: AuthUser): Promise<CalendarFeedInfo | null> {
    return this.mine.calendarFeed(user.id);
  }

  @Mutation(() => NewCalendarFeed, {
    description:
      'Make a private calendar feed of your saved meetings. Any earlier feed address stops working.',
  })
  async createCalendarFeed(@CurrentUser() user: AuthUser): Promise<NewCalendarFeed> {
    const { token, createdAt } = await this.mine.createCalendarFeed(user.id);
    return { path: `/calendar/meetings.ics?token=${token}`, createdAt };
  }

  @Mutation(() => Boolean, { description: 'Turn your calendar feed off: its address stops working at once.' })
  revokeCalendarFeed(@CurrentUser() user: AuthUser): Promise<boolean> {
    return this.mine.revokeCalendarFeed(user.id);
  }
}
