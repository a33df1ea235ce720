/** A private message as the client keeps it. */
export interface ChatMessage {
  id: string;
  seq: number;
  senderId: string;
  clientId: string;
  text: string;
  createdAt: string;
}

/**
 * Adds messages to a conversation kept in server order. The server's sequence number is the identity of a
 * message: whatever arrives twice (live and again in a catch-up, or a retried send) is shown once.
 */
export function mergeMessages(
  existing: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): ChatMessage[] {
  if (incoming.length === 0) return existing as ChatMessage[];
  const bySeq = new Map<number, ChatMessage>();
  for (const m of existing) bySeq.set(m.seq, m);
  let changed = false;
  for (const m of incoming) {
    if (!bySeq.has(m.seq)) {
      bySeq.set(m.seq, m);
      changed = true;
    }
  }
  if (!changed) return existing as ChatMessage[];
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest sequence the client holds: where a catch-up after a reconnect starts. */
export const lastSeqOf = (messages: readonly ChatMessage[]) =>
  messages.length ? messages[messages.length - 1].seq : 0;
