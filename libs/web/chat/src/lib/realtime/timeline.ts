import type { ChatMessagePayload, ChatMessageStatus, ChatStatusReason } from '@kinship/shared/contracts';
import type { ChatMessageFieldsFragment } from '@kinship/web/data';

/** A message as the room view shows it, whichever way it arrived (socket or GraphQL). */
export interface TimelineMessage {
  id: string;
  seq: number;
  clientId: string | null;
  text: string | null;
  status: ChatMessageStatus;
  statusReason: ChatStatusReason | null;
  createdAt: string;
  modSeq: number;
  /** `badge` is set by the server from role data (GraphQL sends it in capitals, the socket in lower case). */
  author: { id: string; displayName: string; handle: string; badge: string | null } | null;
  mine: boolean;
}

/**
 * A room's messages in sequence order, gap-free. Messages that arrive early (their predecessor has not
 * come yet, e.g. through another server) wait in `early` until the gap is filled by catch-up; a message
 * the timeline already has is ignored. `lastSeq` is what to send when resubscribing.
 */
export interface Timeline {
  messages: TimelineMessage[];
  lastSeq: number;
  lastModSeq: number;
  early: Record<number, TimelineMessage>;
  /** The GraphQL cursor of the oldest page loaded; null when the room's start is reached. */
  olderCursor: string | null;
  hasOlder: boolean;
}

export const emptyTimeline = (): Timeline => ({
  messages: [],
  lastSeq: 0,
  lastModSeq: 0,
  early: {},
  olderCursor: null,
  hasOlder: false,
});

export function fromPayload(m: ChatMessagePayload, myId: string): TimelineMessage {
  return {
    id: m.id,
    seq: m.seq,
    clientId: m.clientId,
    text: m.text,
    status: m.status,
    statusReason: m.statusReason,
    createdAt: m.createdAt,
    modSeq: m.modSeq,
    author: m.author,
    mine: m.author?.id === myId,
  };
}

export function fromGraphql(m: ChatMessageFieldsFragment): TimelineMessage {
  return {
    id: m.id,
    seq: m.seq,
    clientId: m.clientId,
    text: m.text,
    status: m.status.toLowerCase() as ChatMessageStatus,
    statusReason: (m.statusReason?.toLowerCase() ?? null) as ChatStatusReason | null,
    createdAt: m.createdAt,
    modSeq: m.modSeq,
    author: m.author ? { ...m.author, badge: m.author.badge ?? null } : null,
    mine: m.mine,
  };
}

/** The newest page from GraphQL: the timeline starts over from it. */
export function startFrom(page: TimelineMessage[], olderCursor: string | null, hasOlder: boolean): Timeline {
  const last = page[page.length - 1];
  return {
    messages: page,
    lastSeq: last?.seq ?? 0,
    lastModSeq: page.reduce((max, m) => Math.max(max, m.modSeq), 0),
    early: {},
    olderCursor,
    hasOlder,
  };
}

/** An older page goes in front (anything already there wins). */
export function prependOlder(
  t: Timeline,
  page: TimelineMessage[],
  olderCursor: string | null,
  hasOlder: boolean,
) {
  const first = t.messages[0]?.seq ?? Number.POSITIVE_INFINITY;
  return { ...t, messages: [...page.filter((m) => m.seq < first), ...t.messages], olderCursor, hasOlder };
}

/**
 * Adds messages (live or from catch-up) in sequence order. Returns the new timeline and whether a gap is
 * left (then ask the server to catch up from `lastSeq`).
 */
export function receive(t: Timeline, incoming: TimelineMessage[]): { timeline: Timeline; gap: boolean } {
  const early = { ...t.early };
  for (const m of incoming) if (m.seq > t.lastSeq) early[m.seq] = m;
  const added: TimelineMessage[] = [];
  let next = t.lastSeq + 1;
  while (early[next]) {
    added.push(early[next]);
    delete early[next];
    next += 1;
  }
  const lastModSeq = incoming.reduce((max, m) => Math.max(max, m.modSeq), t.lastModSeq);
  const timeline = added.length
    ? { ...t, messages: [...t.messages, ...added], lastSeq: next - 1, early, lastModSeq }
    : { ...t, early, lastModSeq };
  return { timeline, gap: Object.keys(early).length > 0 };
}

/** A moderation change to a message the timeline may have (hidden, restored, deleted). */
export function update(t: Timeline, changed: TimelineMessage): Timeline {
  const lastModSeq = Math.max(t.lastModSeq, changed.modSeq);
  const index = t.messages.findIndex((m) => m.seq === changed.seq);
  if (index < 0) return { ...t, lastModSeq };
  const messages = [...t.messages];
  messages[index] = changed;
  return { ...t, messages, lastModSeq };
}
