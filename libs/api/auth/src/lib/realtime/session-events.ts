import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const userRoom = (userId: string) => `user:${userId}`;

/**
 * Tells a member's open sockets that their session ended (sign-out, reuse detected, account deleted) and
 * disconnects them. Through the Redis adapter this reaches sockets on every node.
 */
@Injectable()
export class SessionEvents {
  private server: Server | null = null;

  attach(server: Server): void {
    this.server = server;
  }

  sessionEnded(sessionId: string, reason: string): void {
    this.end(sessionRoom(sessionId), reason);
  }

  userSessionsEnded(userId: string, reason: string): void {
    this.end(userRoom(userId), reason);
  }

  private end(room: string, reason: string): void {
    if (!this.server) return;
    this.server.to(room).emit('session:ended', { reason });
    this.server.in(room).disconnectSockets(true);
  }
}
