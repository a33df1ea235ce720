import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { badInput, listComplexity } from '@kinship/api/core';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { CHAT_REASON_MAX, CHAT_REASON_MIN } from '@kinship/shared/contracts';
import { ChatRoom, ChatRoomPage } from '../dto/chat.models';
import { ChatRoomsArgs, CreateChatRoomInput } from '../dto/chat.inputs';
import { RoomsService } from './rooms.service';

export const uuidArg = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => badInput(`${name} must be an id`) });

/** Rooms: list, open by key, create, join, leave, invite, and room moderators. */
@Resolver(() => ChatRoom)
export class ChatRoomsResolver {
  constructor(private readonly rooms: RoomsService) {}

  @Query(() => ChatRoomPage, {
    description: 'Your rooms (joined, then invited), then the public topic rooms.',
    complexity: listComplexity,
  })
  chatRooms(@CurrentUser() user: AuthUser, @Args() args: ChatRoomsArgs): Promise<ChatRoomPage> {
    return this.rooms.list(user, args.first, args.after, args.includeAll);
  }

  @Query(() => ChatRoom)
  chatRoom(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, uuidArg('id')) id: string) {
    return this.rooms.get(user, id);
  }

  @Mutation(() => ChatRoom, {
    description:
      'The room of a meeting or group (meeting:<id>, group:<id>), made on first use; or a topic room.',
  })
  openChatRoom(@CurrentUser() user: AuthUser, @Args('key') key: string): Promise<ChatRoom> {
    if (key.length > 80) throw badInput('key is too long');
    return this.rooms.openByKey(user, key);
  }

  @Mutation(() => ChatRoom, { description: 'Moderators: a new topic room.' })
  createChatRoom(@CurrentUser() user: AuthUser, @Args('input') input: CreateChatRoomInput) {
    return this.rooms.create(user, input);
  }

  @Mutation(() => ChatRoom)
  joinChatRoom(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }, uuidArg('roomId')) roomId: string,
  ) {
    return this.rooms.join(user, roomId);
  }

  @Mutation(() => Boolean)
  leaveChatRoom(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }, uuidArg('roomId')) roomId: string,
  ) {
    return this.rooms.leave(user, roomId);
  }

  @Mutation(() => Boolean, { description: 'Room moderators: invite a member to an invite-only room.' })
  inviteToChatRoom(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }, uuidArg('roomId')) roomId: string,
    @Args('memberId', { type: () => ID }, uuidArg('memberId')) memberId: string,
  ) {
    return this.rooms.invite(user, roomId, memberId);
  }

  @Mutation(() => ChatRoom, {
    description: 'Global moderators: make a member a moderator of one room, or not.',
  })
  setChatRoomModerator(
    @CurrentUser() user: AuthUser,
    @Args('roomId', { type: () => ID }, uuidArg('roomId')) roomId: string,
    @Args('memberId', { type: () => ID }, uuidArg('memberId')) memberId: string,
    @Args('moderator') moderator: boolean,
    @Args('reason') reason: string,
  ) {
    const why = reason.trim();
    if (why.length < CHAT_REASON_MIN || why.length > CHAT_REASON_MAX) {
      throw badInput(`reason must be ${CHAT_REASON_MIN} to ${CHAT_REASON_MAX} characters`);
    }
    return this.rooms.setRoomModerator(user, roomId, memberId, moderator, why);
  }
}
