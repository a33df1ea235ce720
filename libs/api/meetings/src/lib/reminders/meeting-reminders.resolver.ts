import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { badInput } from '@kinship/api/core';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { MeetingRemindersService, REMINDER_MINUTES } from './meeting-reminders.service';

@ObjectType({ description: 'A reminder you asked for on a saved meeting.' })
export class MeetingReminderSetting {
  @Field(() => ID) meetingId!: string;
  @Field(() => Int, { description: `Minutes before the meeting starts: ${REMINDER_MINUTES.join(', ')}.` })
  minutesBefore!: number;
}

@ObjectType({ description: 'A reminder that went out: the meeting starts soon (or has just started).' })
export class MeetingReminderNotice {
  @Field(() => ID) meetingId!: string;
  @Field() meetingName!: string;
  @Field() startsAt!: Date;
  @Field({ description: "The meeting's own time zone." }) timeZone!: string;
  @Field(() => Int) minutesBefore!: number;
  @Field() read!: boolean;
}

const uuid = new ParseUUIDPipe({ exceptionFactory: () => badInput('meetingId must be an id') });

/** Reminders for saved meetings: opt-in per meeting. Signed-in members only. */
@Resolver()
export class MeetingRemindersResolver {
  constructor(private readonly reminders: MeetingRemindersService) {}

  @Mutation(() => Int, {
    nullable: true,
    description:
      'Remind me this many minutes before a saved meeting starts (15, 30, 60 or 120), or null for no reminder.',
  })
  setMeetingReminder(
    @CurrentUser() user: AuthUser,
    @Args('meetingId', { type: () => ID }, uuid) meetingId: string,
    @Args('minutesBefore', { type: () => Int, nullable: true }) minutesBefore: number | null,
  ): Promise<number | null> {
    return this.reminders.setReminder(user.id, meetingId, minutesBefore ?? null);
  }

  @Query(() => [MeetingReminderSetting], { description: 'Your saved meetings that have a reminder.' })
  myMeetingReminderSettings(@CurrentUser() user: AuthUser): Promise<MeetingReminderSetting[]> {
    return this.reminders.settings(user.id);
  }

  @Query(() => [MeetingReminderNotice], { description: 'Reminders sent to you for meetings starting soon.' })
  myMeetingReminders(@CurrentUser() user: AuthUser): Promise<MeetingReminderNotice[]> {
    return this.reminders.notices(user.id);
  }
}
