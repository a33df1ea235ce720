import type { ChatClient } from '../../support/chat-client';

/** How a stored message was sent: through which node its ack came, and how many attempts it took. */
export interface Stored {
  node: string;
  attempts: number;
  retried: boolean;
}

/**
 * What one client received on the wire (before its de-duplication), counted, with the deliveries that break
 * a bound. The bounds, and why they hold:
 * - missing: none. Every message reaches every client, live or through a catch-up.
 * - liveBeyondAttempts: none. A message is fanned out once when stored, and once more for each retry of its
 *   send (a retry is answered with the stored message and fanned out again, in case the node that stored it
 *   died before it could). So live copies of a message never exceed its send attempts; a message whose first
 *   send was acknowledged arrives live at most once.
 * - catchUpRepeatsDelivered: none. A catch-up answers exactly what follows the sequence the client says it
 *   has; its only duplicates are messages that had already arrived early (held for order) or arrive live
 *   while the answer is on its way.
 *
 * Late arrivals (a message after a higher number on the same connection) are counted, not bounded: the
 * server promises numbers, not wire order. Across nodes a message travels through Redis and can be
 * overtaken by the other node's; on one node, two statements' answers from PostgreSQL can overtake each
 * other when the machine is busy (the first commit releases the room's row before it answers). The client
 * holds what comes early and asks for the gap, so the application still sees every message once, in order
 * (the test asserts that); each late arrival costs at most a catch-up and a dropped duplicate.
 */
export function wireReport(client: ChatClient, roomId: string, total: number, stored: Map<number, Stored>) {
  const entries = client.wire.filter((w) => w.roomId === roomId);
  const all = new Map<number, number>();
  const live = new Map<number, number>();
  const highest = new Map<number, number>(); // connection → highest live seq so far
  const late: number[] = [];
  let lateCrossNode = 0;
  const catchUpRepeatsDelivered: number[] = [];
  let liveAfterFailover = 0;
  for (const w of entries) {
    all.set(w.seq, (all.get(w.seq) ?? 0) + 1);
    if (w.via === 'catch-up') {
      if (w.after !== undefined && w.seq <= w.after) catchUpRepeatsDelivered.push(w.seq);
      continue;
    }
    live.set(w.seq, (live.get(w.seq) ?? 0) + 1);
    if (w.connection > 0) liveAfterFailover += 1;
    const top = highest.get(w.connection) ?? 0;
    if (w.seq < top) {
      late.push(w.seq);
      if (stored.get(w.seq)?.node !== client.connectionUrls[w.connection]) lateCrossNode += 1;
    } else highest.set(w.connection, w.seq);
  }
  const missing: number[] = [];
  for (let seq = 1; seq <= total; seq += 1) if (!all.has(seq)) missing.push(seq);
  const liveBeyondAttempts = [...live].filter(([seq, n]) => n > (stored.get(seq)?.attempts ?? 1));
  const sumExtra = (m: Map<number, number>) => [...m.values()].reduce((n, c) => n + c - 1, 0);
  return {
    deliveries: entries.length,
    duplicates: sumExtra(all),
    liveDuplicates: sumExtra(live),
    late: late.length,
    lateCrossNode,
    catchUp: entries.filter((w) => w.via === 'catch-up').length,
    liveAfterFailover,
    violations: {
      missing,
      liveBeyondAttempts: liveBeyondAttempts.map(([seq]) => seq),
      catchUpRepeatsDelivered,
    },
  };
}
