import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { ChatMessage, ChatMessagePage, ChatReportResult } from '../dto/chat.models';
import { ChatHistoryArgs, ReportChatMessageInput } from '../dto/chat.inputs';
import { MessageModerationService } from '../moderation/message-moderation.service';
import { uuidArg } from '../rooms/rooms.resolver';
import { HistoryService } from './history.service';

/** History (paging backwards), your held messages, and reports. Sending is over the socket. */
@Resolver(() => ChatMessage)
export class ChatMessagesResolver {
  constructor(
    private readonly history: HistoryService,
    private readonly moderation: MessageModerationService,
  ) {}

  @Query(() => ChatMessagePage, {
    description: 'A page of a room’s history, oldest first; pass olderCursor as `before` for earlier ones.',
    complexity: ({ args, childComplexity }: { args: { last?: number }; childComplexity: number }) =>
      (args.last ?? 50) * Math.max(childComplexity, 1),
  })
  chatMessages(@CurrentUser() user: AuthUser, @Args() args: ChatHistoryArgs): Promise<ChatMessagePage> {
    return this.history.page(user, args.roomId.toLowerCase(), args.last, args.before);
  }

  @Query(() => [ChatMessage], { description: 'Your messages in a room that wait for a moderator, and why.' })
  myHeldChatMessages(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }, uuidArg('roomId')) roomId: string,
  ): Promise<ChatMessage[]> {
    return this.history.myHeld(user, roomId);
  }

  @Mutation(() => ChatReportResult, { description: 'Report a message to the moderators (anonymously).' })
  reportChatMessage(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReportChatMessageInput,
  ): Promise<ChatReportResult> {
    return this.moderation.report(user, input.messageId, input.reason, input.note);
  }
}
