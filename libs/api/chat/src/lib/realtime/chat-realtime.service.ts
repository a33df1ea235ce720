import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import { LOGGER, safeError } from '@kinship/api/core';
import { userRoom } from '@kinship/api/auth';
import type {
  ChatHeldOutcomeEvent,
  ChatMessagePayload,
  ChatModerationAlert,
  ChatRoomUpdateEvent,
  ChatSanctionEvent,
  CheckInMessagePayload,
  ClientToServerEvents,
  CrisisSupport,
  ModerationChangeEvent,
  ServerToClientEvents,
} from '@kinship/shared/contracts';

export type ChatServer = Server<ClientToServerEvents, ServerToClientEvents>;

/** The server seen through its events between nodes (serverSideEmit), which the typed map leaves out. */
interface NodeEvents {
  serverSideEmit(event: string, payload: unknown): boolean;
  on(event: string, handler: (payload: never) => void): unknown;
}

/** The socket.io room of a chat room's subscribers. */
export const chatChannel = (roomId: string) => `chat:${roomId}`;
/** Sockets of a chat room's own moderators (subscribed to it). */
export const roomModsChannel = (roomId: string) => `chat-mods:${roomId}`;
/** Sockets of global moderators and admins. */
export const GLOBAL_MODS_CHANNEL = 'chat-mods';

/**
 * Every realtime effect of chat, in one place. Emits go through socket.io rooms, so with the Redis adapter
 * they reach sockets on every node. Emitting never throws: a failure is logged and clients recover through
 * sequence numbers and catch-up.
 */
@Injectable()
export class ChatRealtime {
  private server: ChatServer | null = null;
  private readonly nodeHandlers: [string, (payload: never) => void][] = [];

  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  attach(server: ChatServer): void {
    this.server = server;
    for (const [event, handler] of this.nodeHandlers) this.listenToNodes(event, handler);
  }

  /** Tells the other API nodes (through the adapter, Redis when there are several) about `event`. */
  toOtherNodes(event: string, payload: unknown): void {
    // A lone node's in-memory adapter has no other nodes (and warns on serverSideEmit); a cluster one has a uid.
    if ((this.server?.of('/').adapter as { uid?: unknown } | undefined)?.uid === undefined) return;
    this.safely(() => (this.server as NodeEvents | null)?.serverSideEmit(event, payload));
  }

  /** Hears what other nodes send with `toOtherNodes`. */
  onNodeEvent<T>(event: string, handler: (payload: T) => void): void {
    this.nodeHandlers.push([event, handler as (payload: never) => void]);
    if (this.server) this.listenToNodes(event, handler as (payload: never) => void);
  }

  private listenToNodes(event: string, handler: (payload: never) => void): void {
    (this.server as NodeEvents | null)?.on(event, handler);
  }

  message(message: ChatMessagePayload): void {
    this.safely(() => this.server?.to(chatChannel(message.roomId)).emit('chat:message', message));
  }

  update(message: ChatMessagePayload): void {
    this.safely(() => this.server?.to(chatChannel(message.roomId)).emit('chat:message:update', message));
  }

  roomUpdate(event: ChatRoomUpdateEvent): void {
    this.safely(() => this.server?.to(chatChannel(event.roomId)).emit('chat:room:update', event));
  }

  /** Crisis resources to the writer's own sockets only. */
  crisis(userId: string, event: CrisisSupport & { roomId: string; messageId: string }): void {
    this.safely(() => this.server?.to(userRoom(userId)).emit('chat:crisis', event));
  }

  heldOutcome(userId: string, event: ChatHeldOutcomeEvent): void {
    this.safely(() => this.server?.to(userRoom(userId)).emit('chat:held:resolved', event));
  }

  alert(alert: ChatModerationAlert): void {
    this.safely(() =>
      this.server?.to([GLOBAL_MODS_CHANNEL, roomModsChannel(alert.roomId)]).emit('chat:alert', alert),
    );
  }

  /** A queue item appeared or changed: to global moderators and, for a message, its room's moderators. */
  changed(event: ModerationChangeEvent): void {
    const to = event.roomId ? [GLOBAL_MODS_CHANNEL, roomModsChannel(event.roomId)] : GLOBAL_MODS_CHANNEL;
    this.safely(() => this.server?.to(to).emit('moderation:changed', event));
  }

  /** A check-in message: to the member's own sockets and to the moderator team, nobody else. */
  checkInMessage(memberId: string, message: CheckInMessagePayload): void {
    this.safely(() =>
      this.server?.to([userRoom(memberId), GLOBAL_MODS_CHANNEL]).emit('checkin:message', message),
    );
  }

  /** Every socket.io room the member's sockets are in, on every node. */
  async roomsOf(userId: string): Promise<Set<string>> {
    const rooms = new Set<string>();
    if (!this.server) return rooms;
    for (const socket of await this.server.in(userRoom(userId)).fetchSockets()) {
      for (const room of socket.rooms) rooms.add(room);
    }
    return rooms;
  }

  /** Adds or removes the member's sockets, on every node, to or from socket.io rooms. */
  joinRooms(userId: string, rooms: string[]): void {
    if (rooms.length) this.safely(() => this.server?.in(userRoom(userId)).socketsJoin(rooms));
  }

  leaveRooms(userId: string, rooms: string[]): void {
    if (rooms.length) this.safely(() => this.server?.in(userRoom(userId)).socketsLeave(rooms));
  }

  /**
   * Tells a member's sockets, on every node, about a timeout, ban or lift. A ban (and leaving) also takes
   * those sockets out of the room, so they stop receiving it at once.
   */
  sanction(userId: string, event: ChatSanctionEvent): void {
    this.safely(() => this.server?.to(userRoom(userId)).emit('chat:sanction', event));
    if (event.kind === 'ban') this.removeFromRoom(userId, event.roomId);
  }

  removeFromRoom(userId: string, roomId: string): void {
    this.safely(() =>
      this.server?.in(userRoom(userId)).socketsLeave([chatChannel(roomId), roomModsChannel(roomId)]),
    );
  }

  private safely(work: () => unknown): void {
    try {
      work();
    } catch (error) {
      this.logger.warn({ err: safeError(error) }, 'chat emit failed; clients will catch up');
    }
  }
}
