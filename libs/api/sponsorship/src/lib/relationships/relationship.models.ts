import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SPONSORSHIP_REASON_MAX, SPONSORSHIP_REQUEST_MESSAGE_MAX } from '@kinship/shared/contracts';
import { SponsorshipProgram, SponsorshipKind } from '../domain/sponsorship.rules';
import { SponsorshipParty } from '../domain/graphql-types';

export enum SponsorshipStatus {
  PENDING = 'pending',
  ACTIVE = 'active',
  DECLINED = 'declined',
  WITHDRAWN = 'withdrawn',
  ENDED = 'ended',
}
registerEnumType(SponsorshipStatus, { name: 'SponsorshipStatus' });

export enum SponsorshipRole {
  SPONSOR = 'sponsor',
  SPONSEE = 'sponsee',
}
registerEnumType(SponsorshipRole, {
  name: 'SponsorshipRole',
  description: 'Your side: SPONSOR (or mentor) or SPONSEE (or mentee).',
});

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A request or relationship, as one of its two members sees it. */
@ObjectType()
export class Sponsorship {
  @Field(() => ID) id!: string;
  @Field(() => SponsorshipRole) myRole!: SponsorshipRole;
  @Field(() => SponsorshipParty) other!: SponsorshipParty;
  @Field(() => SponsorshipProgram) program!: SponsorshipProgram;
  @Field(() => SponsorshipKind) kind!: SponsorshipKind;
  @Field(() => SponsorshipStatus) status!: SponsorshipStatus;
  @Field({ description: 'A temporary sponsorship: both are asked to check in every 90 days.' })
  temporary!: boolean;
  @Field() requestMessage!: string;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => String, { nullable: true }) endReason!: string | null;
  @Field({ description: 'You ended it (false when the other member did, or when it has not ended).' })
  endedByMe!: boolean;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => Date, { nullable: true }) checkInDueAt!: Date | null;
  @Field({ description: 'The 90-day check-in is due and you have not checked in yet.' }) checkInDue!: boolean;
  @Field(() => Int, { description: 'The last message sequence of the conversation.' }) lastSeq!: number;
  @Field(() => Int) myReadSeq!: number;
  @Field(() => Int, { description: 'Read receipts: how far the other member has read.' })
  otherReadSeq!: number;
  @Field(() => Int) unreadCount!: number;
}

@InputType()
export class RequestSponsorshipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sponsorId must be a member id' })
  sponsorId!: string;

  @Field(() => SponsorshipProgram, { nullable: true, description: 'Defaults to your preferences.' })
  @IsOptional()
  @IsString()
  program?: SponsorshipProgram | null;

  @Field(() => String, { defaultValue: '', description: 'An optional message with the request.' })
  @Transform(trim)
  @IsString()
  @MaxLength(SPONSORSHIP_REQUEST_MESSAGE_MAX, {
    message: `message must be at most ${SPONSORSHIP_REQUEST_MESSAGE_MAX} characters long`,
  })
  message = '';

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Ask for a temporary sponsorship (check-in after 90 days).',
  })
  @IsBoolean()
  temporary = false;
}

@ArgsType()
export class SponsorshipIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a sponsorship id' })
  id!: string;
}

@ArgsType()
export class ReasonArgs extends SponsorshipIdArgs {
  @Field(() => String, { nullable: true, description: 'Optional; the other member sees it.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(SPONSORSHIP_REASON_MAX, {
    message: `reason must be at most ${SPONSORSHIP_REASON_MAX} characters`,
  })
  reason?: string | null;
}

@ArgsType()
export class CheckInArgs extends SponsorshipIdArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'You would like to make it permanent (both must say so).',
  })
  @IsBoolean()
  makePermanent = false;
}

@ArgsType()
export class MemberIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be a member id' })
  memberId!: string;
}

@ArgsType()
export class SponsorshipListArgs {
  @Field(() => [SponsorshipStatus], { nullable: true, description: 'Only these statuses (default: all).' })
  @IsOptional()
  @IsArray()
  @IsEnum(SponsorshipStatus, { each: true })
  statuses?: SponsorshipStatus[] | null;
}

@ObjectType()
export class SponsorshipBlockedMember {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field() handle!: string;
  @Field() blockedAt!: Date;
}
