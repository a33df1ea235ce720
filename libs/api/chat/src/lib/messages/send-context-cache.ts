import { Injectable } from '@nestjs/common';
import { ChatRealtime } from '../realtime/chat-realtime.service';
import type { SendContext } from './message.store';

/** A send context without the idempotency lookup, which is never cached. */
export type CachedSendContext = Omit<SendContext, 'existing'>;

/** What a node tells the others to drop: one member's context in a room, a whole room, or everything. */
export interface ForgetEvent {
  roomId: string | null;
  userId: string | null;
}

const TTL_MS = 30_000;
const MAX_ENTRIES = 20_000;
export const FORGET_EVENT = 'chat:send-context:forget';

/**
 * The send context (room settings, membership, room role, sanction, filters) per room and member, so a
 * send does not read it again each time. Whatever changes it calls `forget…`, which also tells every other
 * node. Only contexts that admit a send are kept, and membership and sanctions are checked once more in
 * the statement that stores a message, so a ban, timeout or removal takes effect at once on every node even
 * before the word arrives; the cache only saves reads. Entries expire after 30 s (the new-member window
 * moves with the clock).
 */
@Injectable()
export class SendContextCache {
  private readonly entries = new Map<string, { ctx: CachedSendContext; at: number }>();

  constructor(private readonly realtime: ChatRealtime) {
    realtime.onNodeEvent<ForgetEvent>(FORGET_EVENT, (event) => this.drop(event));
  }

  get(roomId: string, userId: string): CachedSendContext | null {
    const key = `${roomId}/${userId}`;
    const entry = this.entries.get(key);
    if (!entry) return null;
    const until = entry.ctx.sanction?.until;
    if (Date.now() - entry.at > TTL_MS || (until && Date.parse(until) <= Date.now())) {
      this.entries.delete(key);
      return null;
    }
    return entry.ctx;
  }

  /** Keeps a context that admits sends; a refusal is never cached, so a join or lift counts at once. */
  set(roomId: string, userId: string, ctx: SendContext): void {
    if (ctx.membership !== 'joined' || ctx.sanction) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const { existing: _existing, ...cached } = ctx;
    this.entries.set(`${roomId}/${userId}`, { ctx: cached, at: Date.now() });
  }

  /** A member's membership, role or sanction in a room changed. */
  forgetMember(roomId: string, userId: string): void {
    this.forget({ roomId, userId });
  }

  /** A room's settings or filters changed. */
  forgetRoom(roomId: string): void {
    this.forget({ roomId, userId: null });
  }

  /** Global filters changed. */
  forgetAll(): void {
    this.forget({ roomId: null, userId: null });
  }

  get size(): number {
    return this.entries.size;
  }

  private forget(event: ForgetEvent): void {
    this.drop(event);
    this.realtime.toOtherNodes(FORGET_EVENT, event);
  }

  private drop({ roomId, userId }: ForgetEvent): void {
    if (roomId === null) {
      this.entries.clear();
      return;
    }
    if (userId !== null) {
      this.entries.delete(`${roomId}/${userId}`);
      return;
    }
    for (const key of this.entries.keys()) if (key.startsWith(`${roomId}/`)) this.entries.delete(key);
  }
}
