import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length } from 'class-validator';
import { CHAT_REASON_MAX, CHAT_REASON_MIN } from '@kinship/shared/contracts';
import { ChatAuthor } from '../dto/chat.models';

@ObjectType()
export class ModeratorCheckInMessage {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1, 2, 3… in the order stored.' }) seq!: number;
  @Field() clientId!: string;
  @Field(() => ChatAuthor, { nullable: true, description: 'Null: a former member or moderator.' })
  author!: ChatAuthor | null;
  @Field({ description: 'Written by a moderator (any of the team).' }) fromModerator!: boolean;
  @Field() text!: string;
  @Field() createdAt!: Date;
  @Field({ description: 'You wrote it.' }) mine!: boolean;
}

@ObjectType({
  description:
    'A private conversation between the moderator team and one member. Only that member and moderators see it.',
})
export class ModeratorCheckIn {
  @Field(() => ID) id!: string;
  @Field(() => ChatAuthor) member!: ChatAuthor;
  @Field(() => [ModeratorCheckInMessage], { description: 'The latest 200, oldest first.' })
  messages!: ModeratorCheckInMessage[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@InputType()
export class ResolveCheckInRequestInput {
  @Field(() => ID) @IsUUID('all', { message: 'requestId must be a request id' }) requestId!: string;
  @Field({ description: 'Why it is closed, for the audit log.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(CHAT_REASON_MIN, CHAT_REASON_MAX, {
    message: `reason must be ${CHAT_REASON_MIN} to ${CHAT_REASON_MAX} characters: say why, for the audit log`,
  })
  reason!: string;
}

@ObjectType({ description: 'A check-in conversation in the moderators’ list (no text).' })
export class ModeratorCheckInSummary {
  @Field(() => ID) id!: string;
  @Field(() => ChatAuthor) member!: ChatAuthor;
  @Field() updatedAt!: Date;
  @Field(() => Int) messageCount!: number;
}
