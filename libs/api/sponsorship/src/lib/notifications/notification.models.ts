import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@kinship/api/core';
import { SponsorshipParty } from '../domain/graphql-types';
import { SponsorshipKind } from '../domain/sponsorship.rules';

export enum SponsorshipNotificationKind {
  REQUEST_RECEIVED = 'request_received',
  REQUEST_ACCEPTED = 'request_accepted',
  REQUEST_DECLINED = 'request_declined',
  REQUEST_WITHDRAWN = 'request_withdrawn',
  SPONSORSHIP_ENDED = 'sponsorship_ended',
  CHECKIN_DUE = 'checkin_due',
  MEMBER_LEFT = 'member_left',
}
registerEnumType(SponsorshipNotificationKind, { name: 'SponsorshipNotificationKind' });

@ObjectType()
export class SponsorshipNotification {
  @Field(() => ID) id!: string;
  @Field(() => SponsorshipNotificationKind) kind!: SponsorshipNotificationKind;
  @Field(() => ID, { nullable: true }) sponsorshipId!: string | null;
  @Field(() => SponsorshipParty, { nullable: true, description: 'Who did it (null once they left).' })
  actor!: SponsorshipParty | null;
  @Field(() => SponsorshipKind, {
    nullable: true,
    description: 'Whether the relationship is a sponsorship or a mentorship (null once it is gone).',
  })
  relationshipKind!: SponsorshipKind | null;
  @Field({ description: 'In English, e.g. "Maria G. accepted your request."' }) text!: string;
  @Field() createdAt!: Date;
  @Field() read!: boolean;
}

@ObjectType()
export class SponsorshipNotificationPage {
  @Field(() => [SponsorshipNotification]) notifications!: SponsorshipNotification[];
  @Field(() => Int) unreadCount!: number;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ArgsType()
export class NotificationPageArgs extends PageArgs {}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'These notifications; all of yours when left out.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'ids must be notification ids' })
  ids?: string[] | null;
}
