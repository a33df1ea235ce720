import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsUUID } from 'class-validator';
import { ChatAuthor, ModerationItemState } from './chat.models';
import { CrisisKindEnum } from './chat.enums';
import { ModerationItemType } from './moderation-item-type';

export { ModerationItemType };

@ObjectType({ description: 'A member asked a moderator to check in on them. Carries no message text.' })
export class ModeratorCheckInRequest {
  @Field(() => ID) id!: string;
  @Field(() => ChatAuthor) member!: ChatAuthor;
  @Field(() => CrisisKindEnum, { nullable: true, description: 'What the help they saw was about, if any.' })
  kind!: CrisisKindEnum | null;
  @Field({ description: 'Overdose or suicide: look first.' }) urgent!: boolean;
  @Field() createdAt!: Date;
  @Field(() => ModerationItemState) state!: ModerationItemState;
  @Field(() => ID, { nullable: true, description: 'The member’s check-in conversation, once opened.' })
  checkInId!: string | null;
}

@ObjectType({ description: 'Open queue items you can act on (moderators).' })
export class ModerationQueueCount {
  @Field(() => Int) open!: number;
  @Field(() => Int, { description: 'Urgent items nobody has acknowledged yet.' }) urgent!: number;
}

@InputType()
export class ModerationItemInput {
  @Field(() => ModerationItemType) @IsEnum(ModerationItemType) itemType!: ModerationItemType;
  @Field(() => ID) @IsUUID('all', { message: 'itemId must be an id' }) itemId!: string;
}

@InputType()
export class ClaimModerationItemInput extends ModerationItemInput {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Take over an item another moderator is handling (they see it at once; audited).',
  })
  @IsBoolean()
  takeOver = false;
}
