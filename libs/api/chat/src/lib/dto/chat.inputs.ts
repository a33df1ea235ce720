import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '@kinship/api/core';
import {
  CHAT_FILTER_PATTERN_MAX,
  CHAT_REASON_MAX,
  CHAT_REASON_MIN,
  CHAT_SLOW_MODE_MAX_SECONDS,
  CHAT_TIMEOUT_MAX_MINUTES,
} from '@kinship/shared/contracts';
import {
  ChatFilterAction,
  ChatFilterKind,
  ChatModerationAction,
  ChatReportReason,
  ChatRoomVisibility,
} from './chat.enums';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const REASON_RULE = {
  message: `reason must be ${CHAT_REASON_MIN} to ${CHAT_REASON_MAX} characters: say why, for the audit log`,
};

/** Every moderator action says why: it goes to the audit log (and, for sanctions, to the member). */
@InputType({ isAbstract: true })
abstract class WithReason {
  @Field({ description: 'Why. Written to the audit log; members see it for timeouts and bans.' })
  @Transform(trim)
  @IsString()
  @Length(CHAT_REASON_MIN, CHAT_REASON_MAX, REASON_RULE)
  reason!: string;
}

@ArgsType()
export class ChatRoomsArgs extends PageArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Moderators: every room, not only yours and the topics.',
  })
  @IsBoolean()
  includeAll = false;
}

@ArgsType()
export class ChatHistoryArgs {
  @Field(() => ID) @IsUUID('all', { message: 'roomId must be a room id' }) roomId!: string;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  last = 50;

  @Field(() => String, { nullable: true, description: 'The olderCursor of the page you have.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  before?: string;
}

@ArgsType()
export class ChatQueueArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'roomId must be a room id' })
  roomId?: string;
}

@InputType()
export class CreateChatRoomInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 80, { message: 'name must be 2 to 80 characters long' })
  name!: string;

  @Field(() => String, { defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  description = '';

  @Field(() => ChatRoomVisibility, { defaultValue: ChatRoomVisibility.PUBLIC })
  @IsEnum(ChatRoomVisibility)
  visibility = ChatRoomVisibility.PUBLIC;

  @Field(() => String, { nullable: true, description: 'Makes the key topic:<slug>.' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,64}$/, { message: 'slug may use a-z, 0-9 and "-" (2 to 64)' })
  slug?: string;
}

@InputType()
export class ReportChatMessageInput {
  @Field(() => ID) @IsUUID('all', { message: 'messageId must be a message id' }) messageId!: string;
  @Field(() => ChatReportReason) @IsEnum(ChatReportReason) reason!: ChatReportReason;
  @Field(() => String, { defaultValue: '' }) @Transform(trim) @IsString() @MaxLength(500) note = '';
}

@InputType()
export class ModerateChatMessageInput extends WithReason {
  @Field(() => ID) @IsUUID('all', { message: 'messageId must be a message id' }) messageId!: string;
  @Field(() => ChatModerationAction) @IsEnum(ChatModerationAction) action!: ChatModerationAction;
}

@InputType()
export class ChatMemberActionInput extends WithReason {
  @Field(() => ID) @IsUUID('all', { message: 'roomId must be a room id' }) roomId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'memberId must be a member id' }) memberId!: string;
}

@InputType()
export class TimeoutChatMemberInput extends ChatMemberActionInput {
  @Field(() => Int, { description: `1 to ${CHAT_TIMEOUT_MAX_MINUTES} minutes.` })
  @IsInt()
  @Min(1)
  @Max(CHAT_TIMEOUT_MAX_MINUTES)
  minutes!: number;
}

@InputType()
export class SetChatSlowModeInput extends WithReason {
  @Field(() => ID) @IsUUID('all', { message: 'roomId must be a room id' }) roomId!: string;
  @Field(() => Int, { description: `0 (off) to ${CHAT_SLOW_MODE_MAX_SECONDS} seconds.` })
  @IsInt()
  @Min(0)
  @Max(CHAT_SLOW_MODE_MAX_SECONDS)
  seconds!: number;
}

@InputType()
export class AddChatFilterInput extends WithReason {
  @Field(() => ID, { nullable: true, description: 'Null: every room (global moderators only).' })
  @IsOptional()
  @IsUUID('all', { message: 'roomId must be a room id' })
  roomId?: string;

  @Field({ description: 'A word or phrase; PATTERN filters may also use * and ?.' })
  @IsString()
  @MaxLength(CHAT_FILTER_PATTERN_MAX)
  pattern!: string;

  @Field(() => ChatFilterKind) @IsEnum(ChatFilterKind) kind!: ChatFilterKind;
  @Field(() => ChatFilterAction) @IsEnum(ChatFilterAction) action!: ChatFilterAction;
}

@InputType()
export class RemoveChatFilterInput extends WithReason {
  @Field(() => ID) @IsUUID('all', { message: 'filterId must be a filter id' }) filterId!: string;
}
