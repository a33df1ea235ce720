import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import { userRoom } from '@kinship/api/auth';
import type {
  ClientToServerEvents,
  DmMessagePayload,
  DmReadEvent,
  ServerToClientEvents,
  SponsorshipNotificationEvent,
} from '@kinship/shared/contracts';

export type SponsorshipServer = Server<ClientToServerEvents, ServerToClientEvents>;

/** The socket.io room of one conversation; a socket is in it only after `dm:join` checked membership. */
export const dmRoom = (sponsorshipId: string) => `dm:${sponsorshipId}`;

/**
 * Typed emit helpers for sponsorship. Through the Redis adapter every call reaches sockets on all nodes,
 * including `closeConversation`, which forces every socket out of the conversation's room.
 */
@Injectable()
export class SponsorshipRealtime {
  private server: SponsorshipServer | null = null;

  attach(server: SponsorshipServer): void {
    this.server = server;
  }

  /** A new message: to the conversation's room and both members' other sockets (for unread badges). */
  message(message: DmMessagePayload, memberIds: [string, string], exceptSocketId?: string): void {
    if (!this.server) return;
    let target = this.server.to([dmRoom(message.sponsorshipId), ...memberIds.map(userRoom)]);
    if (exceptSocketId) target = target.except(exceptSocketId);
    target.emit('dm:message', message);
  }

  read(event: DmReadEvent, memberIds: [string, string]): void {
    this.server?.to([dmRoom(event.sponsorshipId), ...memberIds.map(userRoom)]).emit('dm:read', event);
  }

  notification(userId: string, event: SponsorshipNotificationEvent): void {
    this.server?.to(userRoom(userId)).emit('sponsorship:notification', event);
  }

  /** The relationship ended or a member blocked the other: tell both, and empty the room everywhere. */
  closeConversation(sponsorshipId: string, memberIds: string[]): void {
    if (!this.server) return;
    const room = dmRoom(sponsorshipId);
    this.server.to([room, ...memberIds.map(userRoom)]).emit('dm:closed', { sponsorshipId });
    this.server.in(room).socketsLeave(room);
  }
}
