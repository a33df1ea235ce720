import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { DM_MESSAGE_MAX } from '@kinship/shared/contracts';

@ObjectType()
export class SponsorshipMessage {
  @Field(() => ID) id!: string;
  @Field(() => ID) sponsorshipId!: string;
  @Field(() => Int, { description: "The conversation's order: 1, 2, 3, …" }) seq!: number;
  @Field(() => ID) senderId!: string;
  @Field(() => ID) clientId!: string;
  @Field() text!: string;
  @Field() createdAt!: Date;
}

@ObjectType()
export class SponsorshipMessagePage {
  @Field(() => [SponsorshipMessage], { description: 'In conversation order (oldest first).' })
  messages!: SponsorshipMessage[];
  @Field() hasOlder!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `before` for the page before this one.' })
  olderCursor!: string | null;
}

@ObjectType()
export class SendSponsorshipMessageResult {
  @Field(() => SponsorshipMessage) message!: SponsorshipMessage;
  @Field({ description: 'This clientId was already stored: the original message, sent once only.' })
  duplicate!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      '"overdose", "suicide", "using_alone" or "relapse" when the message reads like a crisis: show help at once. ' +
      'Private messages are never flagged to moderators.',
  })
  crisis!: string | null;
}

@ArgsType()
export class MessageHistoryArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'sponsorshipId must be a sponsorship id' })
  sponsorshipId!: string;

  @Field(() => Int, { defaultValue: 30, description: 'Page size, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  last = 30;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  before?: string;
}

@InputType()
export class SendSponsorshipMessageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'sponsorshipId must be a sponsorship id' })
  sponsorshipId!: string;

  @Field(() => ID, { description: 'A UUID your client generates per message; resending it is safe.' })
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId!: string;

  @Field({ description: `Plain text, 1 to ${DM_MESSAGE_MAX} characters.` })
  @IsString()
  text!: string;
}

@ArgsType()
export class MarkMessagesReadArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'sponsorshipId must be a sponsorship id' })
  sponsorshipId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  seq!: number;
}
