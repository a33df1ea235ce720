import { Injectable } from '@nestjs/common';
import type { Server } from 'socket.io';
import type { Role } from '@kinship/shared/contracts';

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const userRoom = (userId: string) => `user:${userId}`;

/** Told when a member's platform role changes; updates what their open sockets receive. */
export type RoleChangeListener = (userId: string, role: Role) => Promise<void> | void;

/**
 * Tells a member's open sockets that their session ended (sign-out, reuse detected, account deleted) and
 * disconnects them. Through the Redis adapter this reaches sockets on every node.
 */
@Injectable()
export class SessionEvents {
  private server: Server | null = null;
  private readonly roleListeners: RoleChangeListener[] = [];

  attach(server: Server): void {
    this.server = server;
  }

  sessionEnded(sessionId: string, reason: string): void {
    this.end(sessionRoom(sessionId), reason);
  }

  userSessionsEnded(userId: string, reason: string): void {
    this.end(userRoom(userId), reason);
  }

  /** Features register here what a role change means for open sockets (rooms to leave or join). */
  onRoleChanged(listener: RoleChangeListener): void {
    this.roleListeners.push(listener);
  }

  /**
   * A member's role changed: their open sockets, on every node, are updated before this resolves (a listener
   * that fails is skipped, never thrown: the role change itself stands).
   */
  async roleChanged(userId: string, role: Role): Promise<void> {
    await Promise.all(
      this.roleListeners.map((listener) => Promise.resolve(listener(userId, role)).catch(() => undefined)),
    );
  }

  private end(room: string, reason: string): void {
    if (!this.server) return;
    this.server.to(room).emit('session:ended', { reason });
    this.server.in(room).disconnectSockets(true);
  }
}
