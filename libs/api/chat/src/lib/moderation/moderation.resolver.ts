import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { badInput, listComplexity } from '@kinship/api/core';
import { CurrentUser, Roles, type AuthUser } from '@kinship/api/auth';
import { Role } from '@kinship/shared/contracts';
import {
  ChatAuditPage,
  ChatFilter,
  ChatMessage,
  ChatModerationQueue,
  ChatRoom,
  ChatSanction,
} from '../dto/chat.models';
import {
  AddChatFilterInput,
  ChatMemberActionInput,
  ChatQueueArgs,
  ModerateChatMessageInput,
  RemoveChatFilterInput,
  SetChatSlowModeInput,
  TimeoutChatMemberInput,
} from '../dto/chat.inputs';
import { toChatMessage } from '../messages/message.model';
import { UUID } from '../realtime/payloads';
import { RoomsService } from '../rooms/rooms.service';
import { uuidArg } from '../rooms/rooms.resolver';
import { AuditLog } from './audit-log.service';
import { FiltersService } from './filters.service';
import { MessageModerationService } from './message-moderation.service';
import { ModerationQueueService } from './queue.service';
import { SanctionsService } from './sanctions.service';

/** The moderator console: queue, message actions, timeouts, bans, slow mode, filters, and the audit log. */
@Resolver()
export class ChatModerationResolver {
  constructor(
    private readonly queue: ModerationQueueService,
    private readonly messages: MessageModerationService,
    private readonly sanctions: SanctionsService,
    private readonly filters: FiltersService,
    private readonly rooms: RoomsService,
    private readonly audit: AuditLog,
  ) {}

  @Query(() => ChatModerationQueue, {
    description:
      'Held messages, reported messages and crisis alerts in the rooms you moderate; urgent first.',
    complexity: listComplexity,
  })
  chatModerationQueue(@CurrentUser() user: AuthUser, @Args() args: ChatQueueArgs) {
    return this.queue.list(user, args.roomId, args.first, args.after);
  }

  @Mutation(() => ChatMessage)
  async moderateChatMessage(@CurrentUser() user: AuthUser, @Args('input') input: ModerateChatMessageInput) {
    return toChatMessage(
      await this.messages.act(user, input.messageId, input.action, input.reason),
      user.id,
      true,
    );
  }

  @Mutation(() => ChatSanction, { description: 'No posting in the room for a while; they can still read.' })
  timeoutChatMember(@CurrentUser() user: AuthUser, @Args('input') input: TimeoutChatMemberInput) {
    return this.sanctions.timeout(user, input.roomId, input.memberId, input.minutes, input.reason);
  }

  @Mutation(() => ChatSanction, { description: 'Out of the room until lifted.' })
  banChatMember(@CurrentUser() user: AuthUser, @Args('input') input: ChatMemberActionInput) {
    return this.sanctions.ban(user, input.roomId, input.memberId, input.reason);
  }

  @Mutation(() => Boolean, { description: 'End a member’s timeout or ban in a room.' })
  liftChatSanction(@CurrentUser() user: AuthUser, @Args('input') input: ChatMemberActionInput) {
    return this.sanctions.lift(user, input.roomId, input.memberId, input.reason);
  }

  @Mutation(() => ChatRoom)
  async setChatSlowMode(@CurrentUser() user: AuthUser, @Args('input') input: SetChatSlowModeInput) {
    await this.sanctions.setSlowMode(user, input.roomId, input.seconds, input.reason);
    return this.rooms.get(user, input.roomId);
  }

  @Query(() => [ChatSanction], { description: 'Active timeouts and bans in a room.' })
  chatSanctions(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }, uuidArg('roomId')) roomId: string,
  ) {
    return this.sanctions.active(user, roomId);
  }

  @Query(() => [ChatFilter], { description: 'A room’s filters, or (no roomId) the filters of every room.' })
  chatFilters(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID, nullable: true }) roomId?: string,
  ) {
    return this.filters.list(user, roomId ? uuidArgValue(roomId) : null);
  }

  @Mutation(() => ChatFilter)
  addChatFilter(@CurrentUser() user: AuthUser, @Args('input') input: AddChatFilterInput) {
    return this.filters.add(user, input);
  }

  @Mutation(() => Boolean)
  removeChatFilter(@CurrentUser() user: AuthUser, @Args('input') input: RemoveChatFilterInput) {
    return this.filters.remove(user, input.filterId, input.reason);
  }

  @Roles(Role.ADMIN)
  @Query(() => ChatAuditPage, {
    description: 'Admins: every moderator action, newest first. Append-only.',
    complexity: listComplexity,
  })
  chatAuditLog(@Args() args: ChatQueueArgs) {
    return this.audit.list(args.first, args.after, args.roomId);
  }
}

function uuidArgValue(value: string): string {
  if (!UUID.test(value)) throw badInput('roomId must be an id');
  return value.toLowerCase();
}
