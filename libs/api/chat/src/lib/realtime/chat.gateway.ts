import { Inject } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Logger } from 'pino';
import { handleAck, LOGGER, safeError } from '@kinship/api/core';
import type { AuthedSocket, AuthUser } from '@kinship/api/auth';
import type { ChatAuthorPayload, ChatSubscribeResult, SocketAck } from '@kinship/shared/contracts';
import { chatAuthor, toPayload } from '../messages/message-rows';

import { MessageStore } from '../messages/message.store';
import { SendService } from '../messages/send.service';
import { isGlobalModerator, restrictionOf, RoomAccessService } from '../rooms/room-access.service';
import { notMember } from '../chat-errors';
import {
  chatChannel,
  ChatRealtime,
  GLOBAL_MODS_CHANNEL,
  roomModsChannel,
  type ChatServer,
} from './chat-realtime.service';
import { installFloodGuard } from './flood-guard';
import { parseRoomRef, parseSend, parseSubscribe, parseTyping } from './payloads';

/** Typing and presence name the member with their handle and their platform badge. */
function authorOf(user: AuthUser): ChatAuthorPayload {
  return chatAuthor(user.id, {
    displayName: user.displayName,
    handle: user.handle,
    role: user.role,
    roomRole: null,
  });
}

const TYPING_INTERVAL_MS = 1500;

/**
 * Chat over the authenticated socket (RealtimeGateway checks the token at the handshake). Every event is
 * parsed strictly and answered through its ack, errors included; nothing a client sends can throw past
 * the handler. Typing and presence are best effort and never stored.
 */
@WebSocketGateway()
export class ChatGateway implements OnGatewayInit, OnGatewayConnection {
  @WebSocketServer() server!: ChatServer;
  private readonly lastTyping = new WeakMap<AuthedSocket, number>();

  constructor(
    private readonly sender: SendService,
    private readonly store: MessageStore,
    private readonly access: RoomAccessService,
    private readonly realtime: ChatRealtime,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  afterInit(server: ChatServer): void {
    this.realtime.attach(server);
  }

  handleConnection(socket: AuthedSocket): void {
    installFloodGuard(socket);
    if (isGlobalModerator(socket.data.user)) void socket.join(GLOBAL_MODS_CHANNEL);
    socket.on('disconnecting', this.leaveRooms);
  }

  /** Tells a disconnecting socket's rooms it left; one listener for every socket (`this` = the socket). */
  private readonly leaveRooms = ((gateway: ChatGateway) =>
    function (this: AuthedSocket) {
      for (const room of this.rooms) {
        if (room.startsWith('chat:')) gateway.presence(this, room.slice('chat:'.length), false);
      }
    })(this);

  @SubscribeMessage('chat:subscribe')
  subscribe(@ConnectedSocket() socket: AuthedSocket, @MessageBody() payload: unknown) {
    return this.ack(async (): Promise<ChatSubscribeResult> => {
      const { roomId, lastSeq, lastModSeq } = parseSubscribe(payload);
      const access = await this.access.forReading(socket.data.user, roomId);
      // Join before reading, so whatever commits after the read arrives live: no hole between the two.
      await socket.join(
        access.canModerate ? [chatChannel(roomId), roomModsChannel(roomId)] : chatChannel(roomId),
      );
      const caught = await this.store.catchUp(roomId, lastSeq, lastModSeq);
      this.presence(socket, roomId, true);
      return {
        roomId,
        headSeq: caught.headSeq,
        modSeq: caught.modSeq,
        messages: caught.messages.map((m) => toPayload(m)),
        updates: caught.updates.map((m) => toPayload(m)),
        tooFarBehind: caught.tooFarBehind,
        slowModeSeconds: access.slowModeSeconds,
        restriction: restrictionOf(access.sanction),
      };
    });
  }

  @SubscribeMessage('chat:unsubscribe')
  unsubscribe(@ConnectedSocket() socket: AuthedSocket, @MessageBody() payload: unknown) {
    return this.ack(async () => {
      const { roomId } = parseRoomRef(payload);
      if (socket.rooms.has(chatChannel(roomId))) this.presence(socket, roomId, false);
      await socket.leave(chatChannel(roomId));
      await socket.leave(roomModsChannel(roomId));
      return { roomId };
    });
  }

  @SubscribeMessage('chat:send')
  send(@ConnectedSocket() socket: AuthedSocket, @MessageBody() payload: unknown) {
    return this.ack(() => this.sender.send(socket.data.user, parseSend(payload)));
  }

  @SubscribeMessage('chat:typing')
  typing(@ConnectedSocket() socket: AuthedSocket, @MessageBody() payload: unknown) {
    return this.ack(() => {
      const { roomId, typing } = parseTyping(payload);
      if (!socket.rooms.has(chatChannel(roomId))) throw notMember();
      const now = Date.now();
      if (typing && now - (this.lastTyping.get(socket) ?? 0) < TYPING_INTERVAL_MS) return null;
      this.lastTyping.set(socket, typing ? now : 0);
      socket.to(chatChannel(roomId)).emit('chat:typing', { roomId, member: this.me(socket), typing });
      return null;
    });
  }

  @SubscribeMessage('chat:who')
  who(@ConnectedSocket() socket: AuthedSocket, @MessageBody() payload: unknown) {
    return this.ack(async () => {
      const { roomId } = parseRoomRef(payload);
      if (!socket.rooms.has(chatChannel(roomId))) throw notMember();
      const sockets = await this.server.in(chatChannel(roomId)).fetchSockets();
      const members = new Map<string, ChatAuthorPayload>();
      for (const s of sockets) {
        const user = (s.data as AuthedSocket['data']).user;
        if (user) members.set(user.id, authorOf(user));
      }
      return { roomId, members: [...members.values()] };
    });
  }

  private me(socket: AuthedSocket): ChatAuthorPayload {
    return authorOf(socket.data.user);
  }

  private presence(socket: AuthedSocket, roomId: string, online: boolean): void {
    try {
      socket.to(chatChannel(roomId)).emit('chat:presence', { roomId, member: this.me(socket), online });
    } catch {
      // best effort
    }
  }

  private ack<T>(work: () => Promise<T> | T): Promise<SocketAck<T>> {
    return handleAck(work, (error) =>
      this.logger.error({ err: safeError(error) }, 'chat socket event failed'),
    );
  }
}
