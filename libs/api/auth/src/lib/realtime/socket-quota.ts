/**
 * Counts each member's open sockets on this node, so one account cannot hold hundreds of connections.
 * Taken synchronously in the handshake and given back on disconnect, so concurrent handshakes cannot
 * slip past the cap. Per node: with several nodes a member may hold up to the cap on each.
 */
export class SocketQuota {
  private readonly open = new Map<string, number>();

  constructor(readonly max: number) {}

  /** Takes a slot for the member, or returns false when they already hold `max`. */
  take(memberId: string): boolean {
    const count = this.open.get(memberId) ?? 0;
    if (count >= this.max) return false;
    this.open.set(memberId, count + 1);
    return true;
  }

  release(memberId: string): void {
    const count = (this.open.get(memberId) ?? 1) - 1;
    if (count <= 0) this.open.delete(memberId);
    else this.open.set(memberId, count);
  }

  countOf(memberId: string): number {
    return this.open.get(memberId) ?? 0;
  }
}

/** What a refused handshake says (socket.io hands it to the client's `connect_error`). */
export function tooManySocketsError(max: number): Error & { data: Record<string, unknown> } {
  const error = new Error(
    `TOO_MANY_CONNECTIONS: this account already has ${max} open connections; close other tabs or devices and try again`,
  ) as Error & { data: Record<string, unknown> };
  error.data = { code: 'RATE_LIMITED', reason: 'too_many_connections', max, retryAfterSeconds: 30 };
  return error;
}
