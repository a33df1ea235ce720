import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MemberBadgeType } from '@kinship/api/core';
import type { MemberBadge } from '@kinship/shared/contracts';
import {
  ChatFilterAction,
  ChatFilterKind,
  ChatMembership,
  ChatMessageStatus,
  ChatReportReason,
  ChatRoomKind,
  ChatRoomVisibility,
  ChatSanctionKind,
  ChatStatusReason,
  CrisisKindEnum,
} from './chat.enums';
import { ModerationItemType } from './moderation-item-type';

/** Who wrote a message or took an action, as members see them. */
@ObjectType()
export class ChatAuthor {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  // Read with the name from the same row: free, so pages of messages cost what they did before.
  @Field({
    description: 'A short random code, unique per member and stable; shown as #handle.',
    complexity: 0,
  })
  handle!: string;
  @Field(() => MemberBadgeType, {
    nullable: true,
    complexity: 0,
    description: 'Moderator (globally or of this room) or admin, from role data; never from the name.',
  })
  badge!: MemberBadge | null;
}

@ObjectType()
export class ChatRestriction {
  @Field(() => ChatSanctionKind) kind!: ChatSanctionKind;
  @Field(() => Date, { nullable: true, description: 'When a timeout ends; null for a ban.' })
  until!: Date | null;
  @Field({ description: 'The moderator’s reason, shown to the member.' }) reason!: string;
}

@ObjectType()
export class ChatRoom {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Stable key: topic:<slug>, meeting:<meeting id> or group:<group id>.',
  })
  key!: string | null;
  @Field(() => ChatRoomKind) kind!: ChatRoomKind;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => ChatRoomVisibility) visibility!: ChatRoomVisibility;
  @Field(() => Int, { description: 'One message per this many seconds per member; 0 is off.' })
  slowModeSeconds!: number;
  @Field(() => Int, { description: 'The sequence number of the latest message.' }) lastSeq!: number;
  @Field(() => Int) memberCount!: number;
  @Field(() => ChatMembership, { nullable: true }) membership!: ChatMembership | null;
  @Field({ description: 'You may moderate this room (globally or as its moderator).' })
  canModerate!: boolean;
  @Field(() => ChatRestriction, { nullable: true, description: 'Your own timeout or ban here, if any.' })
  myRestriction!: ChatRestriction | null;
}

@ObjectType()
export class ChatRoomPage {
  @Field(() => [ChatRoom]) rooms!: ChatRoom[];
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasMore!: boolean;
}

@ObjectType()
export class ChatMessage {
  @Field(() => ID) id!: string;
  @Field(() => ID) roomId!: string;
  @Field(() => Int, { description: 'The room’s sequence number; 0 while held.' }) seq!: number;
  @Field(() => String, { nullable: true }) clientId!: string | null;
  @Field(() => ChatAuthor, { nullable: true, description: 'Null: a former member, or a tombstone.' })
  author!: ChatAuthor | null;
  @Field(() => String, { nullable: true, description: 'Null for hidden and deleted messages.' })
  text!: string | null;
  @Field(() => ChatMessageStatus) status!: ChatMessageStatus;
  @Field(() => ChatStatusReason, { nullable: true }) statusReason!: ChatStatusReason | null;
  @Field() createdAt!: Date;
  @Field(() => Int) modSeq!: number;
  @Field({ description: 'You wrote it.' }) mine!: boolean;
}

@ObjectType()
export class ChatMessagePage {
  @Field(() => [ChatMessage], { description: 'Oldest first.' }) messages!: ChatMessage[];
  @Field() hasOlder!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `before` for the page before this one.' })
  olderCursor!: string | null;
}

@ObjectType()
export class ChatReportResult {
  @Field() received!: boolean;
  @Field({ description: 'Enough members reported it: hidden until a moderator reviews it.' })
  hiddenPendingReview!: boolean;
}

@ObjectType()
export class ChatReportSummary {
  @Field(() => ChatReportReason) reason!: ChatReportReason;
  @Field() note!: string;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'A moderator handling a queue item, so no one else handles it unknowingly.' })
export class ModerationClaim {
  @Field(() => ChatAuthor, { nullable: true, description: 'Null: a former moderator.' })
  by!: ChatAuthor | null;
  @Field() at!: Date;
}

/** Who handles a queue item and who acknowledged it. */
@ObjectType()
export class ModerationItemState {
  @Field(() => ModerationItemType) itemType!: ModerationItemType;
  @Field(() => ID) itemId!: string;
  @Field(() => ModerationClaim, { nullable: true }) claim!: ModerationClaim | null;
  @Field(() => ChatAuthor, { nullable: true }) acknowledgedBy!: ChatAuthor | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Urgent items stay on top, highlighted, until a moderator acknowledges them.',
  })
  acknowledgedAt!: Date | null;
}

@ObjectType()
export class ChatModerationItem {
  @Field(() => ChatMessage, { description: 'With its text, even when hidden or held.' })
  message!: ChatMessage;
  @Field() roomName!: string;
  @Field({ description: 'Overdose or suicide language, or a report that someone is at risk: look first.' })
  urgent!: boolean;
  @Field(() => CrisisKindEnum, { nullable: true }) crisis!: CrisisKindEnum | null;
  @Field(() => Int) reportCount!: number;
  @Field(() => [ChatReportSummary], { description: 'Open reports (reporters stay anonymous).' })
  reports!: ChatReportSummary[];
  @Field(() => ModerationItemState, { description: 'Who is handling it; who acknowledged it.' })
  state!: ModerationItemState;
}

@ObjectType()
export class ChatModerationQueue {
  @Field(() => [ChatModerationItem]) items!: ChatModerationItem[];
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasMore!: boolean;
}

@ObjectType()
export class ChatSanction {
  @Field(() => ID) id!: string;
  @Field(() => ID) roomId!: string;
  @Field(() => ChatAuthor, { nullable: true }) member!: ChatAuthor | null;
  @Field(() => ChatSanctionKind) kind!: ChatSanctionKind;
  @Field(() => Date, { nullable: true }) until!: Date | null;
  @Field() reason!: string;
  @Field() createdAt!: Date;
  @Field(() => ChatAuthor, { nullable: true }) createdBy!: ChatAuthor | null;
}

@ObjectType()
export class ChatFilter {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'Null: applies to every room.' }) roomId!: string | null;
  @Field() pattern!: string;
  @Field(() => ChatFilterKind) kind!: ChatFilterKind;
  @Field(() => ChatFilterAction) action!: ChatFilterAction;
  @Field() createdAt!: Date;
}

@ObjectType()
export class ChatAuditEntry {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field(() => ChatAuthor, { nullable: true, description: 'Null: a former member.' })
  actor!: ChatAuthor | null;
  @Field({ description: 'e.g. message.hide, member.timeout, room.slow_mode, filter.add' }) action!: string;
  @Field(() => ID, { nullable: true }) roomId!: string | null;
  @Field(() => ChatAuthor, { nullable: true }) targetMember!: ChatAuthor | null;
  @Field(() => ID, { nullable: true }) targetMessageId!: string | null;
  @Field() reason!: string;
  @Field({ description: 'Action details as a JSON object.' }) details!: string;
}

@ObjectType()
export class ChatAuditPage {
  @Field(() => [ChatAuditEntry]) entries!: ChatAuditEntry[];
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasMore!: boolean;
}
