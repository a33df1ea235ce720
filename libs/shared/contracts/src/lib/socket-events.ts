import type { ErrorCode } from './error-codes';
import type {
  ChatAuthorPayload,
  ChatHeldOutcomeEvent,
  ChatMessagePayload,
  ChatModerationAlert,
  ChatPresenceEvent,
  ChatRefusalReason,
  ChatRoomUpdateEvent,
  ChatSanctionEvent,
  ChatSendResult,
  ChatSubscribeResult,
  ChatTypingEvent,
  CrisisSupport,
} from './chat';
import type { SponsorshipClientToServerEvents, SponsorshipServerToClientEvents } from './sponsorship';
import type { ModerationClientToServerEvents, ModerationServerToClientEvents } from './moderation-live';

/** An error a person can act on; `reason` lets clients say it in their own words. */
export interface SocketError {
  code: ErrorCode;
  message: string;
  reason?: ChatRefusalReason;
  retryAfterSeconds?: number;
  /** ISO time a restriction ends (a timeout). */
  until?: string;
  /** The moderator's own words, when a moderator's decision is the reason. */
  note?: string;
}

/** Every socket.io acknowledgement has this shape: ok with data, or an error a person can act on. */
export type SocketAck<T = unknown> = { ok: true; data: T } | { ok: false; error: SocketError };

/** Sent to every socket before a node shuts down: reconnect (to another node) after the hinted delay. */
export interface ServerShutdownEvent {
  reconnectInMs: number;
}

type Ack<T> = (response: SocketAck<T>) => void;

/** Events the server emits; features add theirs to this map. */
export interface ServerToClientEvents
  extends SponsorshipServerToClientEvents, ModerationServerToClientEvents {
  'server:shutdown': (event: ServerShutdownEvent) => void;
  'session:ended': (event: { reason: string }) => void;
  /** A new message in a room this socket is subscribed to. */
  'chat:message': (message: ChatMessagePayload) => void;
  /** A message changed status (hidden, restored, deleted); hidden and deleted ones come as tombstones. */
  'chat:message:update': (message: ChatMessagePayload) => void;
  'chat:typing': (event: ChatTypingEvent) => void;
  'chat:presence': (event: ChatPresenceEvent) => void;
  'chat:room:update': (event: ChatRoomUpdateEvent) => void;
  /** To the member only: crisis resources after a message that reads like a crisis. */
  'chat:crisis': (event: CrisisSupport & { roomId: string; messageId: string }) => void;
  'chat:sanction': (event: ChatSanctionEvent) => void;
  'chat:held:resolved': (event: ChatHeldOutcomeEvent) => void;
  /** To moderators only. */
  'chat:alert': (event: ChatModerationAlert) => void;
}

/** Events a client emits; features add theirs to this map. */
export interface ClientToServerEvents
  extends SponsorshipClientToServerEvents, ModerationClientToServerEvents {
  ping: (payload: unknown, ack: Ack<{ at: string }>) => void;
  /** Start receiving a room (and catch up from `lastSeq`). Send again after every reconnect. */
  'chat:subscribe': (payload: unknown, ack: Ack<ChatSubscribeResult>) => void;
  'chat:unsubscribe': (payload: unknown, ack: Ack<{ roomId: string }>) => void;
  'chat:send': (payload: unknown, ack: Ack<ChatSendResult>) => void;
  'chat:typing': (payload: unknown, ack?: Ack<null>) => void;
  /** Who is here now (best effort). */
  'chat:who': (payload: unknown, ack: Ack<{ roomId: string; members: ChatAuthorPayload[] }>) => void;
}

export const SOCKET_PATH = '/socket.io';
