import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import type { DmMessagePayload } from '@kinship/shared/contracts';
import {
  MarkMessagesReadArgs,
  MessageHistoryArgs,
  SendSponsorshipMessageInput,
  SendSponsorshipMessageResult,
  SponsorshipMessage,
  SponsorshipMessagePage,
} from './message.models';
import { MessagesService } from './messages.service';
import { messageText } from './payloads';

const toModel = (m: DmMessagePayload): SponsorshipMessage => ({ ...m, createdAt: new Date(m.createdAt) });

/** Private messages over GraphQL: history, and sending for clients without a socket. */
@Resolver()
export class MessagesResolver {
  constructor(private readonly messages: MessagesService) {}

  @Query(() => SponsorshipMessagePage, {
    description: 'History of a conversation, paging backwards from the newest.',
    complexity: ({ args, childComplexity }: { args: { last?: number }; childComplexity: number }) =>
      (args.last ?? 30) * Math.max(childComplexity, 1),
  })
  async sponsorshipMessages(
    @CurrentUser() user: AuthUser,
    @Args() args: MessageHistoryArgs,
  ): Promise<SponsorshipMessagePage> {
    const page = await this.messages.history(user.id, args.sponsorshipId, args.last, args.before);
    return { ...page, messages: page.messages.map(toModel) };
  }

  @Mutation(() => SendSponsorshipMessageResult)
  async sendSponsorshipMessage(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SendSponsorshipMessageInput,
  ): Promise<SendSponsorshipMessageResult> {
    const result = await this.messages.send(user.id, {
      sponsorshipId: input.sponsorshipId.toLowerCase(),
      clientId: input.clientId.toLowerCase(),
      text: messageText(input.text),
    });
    return {
      message: toModel(result.message),
      duplicate: result.duplicate,
      crisis: result.crisis?.kind ?? null,
    };
  }

  @Mutation(() => Int, {
    description: 'Read receipts: you have read up to `seq`. Returns your read position.',
  })
  markSponsorshipMessagesRead(
    @CurrentUser() user: AuthUser,
    @Args() args: MarkMessagesReadArgs,
  ): Promise<number> {
    return this.messages.markRead(user.id, args.sponsorshipId, args.seq);
  }
}
