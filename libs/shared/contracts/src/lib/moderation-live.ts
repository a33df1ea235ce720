import type { PublicMemberPayload } from './member-identity';
import type { SocketAck } from './socket-events';

type Ack<T> = (response: SocketAck<T>) => void;

/** What a moderation queue item is: a message (crisis, held, reported) or a member's check-in request. */
export type ModerationItemType = 'message' | 'checkin_request';
export type ModerationChange = 'new' | 'claimed' | 'released' | 'acknowledged' | 'resolved';

/** A member or moderator as the console shows them: name, public handle and server-made badge. */
export type ModerationPerson = PublicMemberPayload;

/**
 * To moderators (every node): a queue item appeared or changed, so consoles and counts refresh without a
 * reload. Never carries message text.
 */
export interface ModerationChangeEvent {
  itemType: ModerationItemType;
  itemId: string;
  /** The room of a message item; null for a check-in request. */
  roomId: string | null;
  change: ModerationChange;
  urgent: boolean;
  /** Who claimed, released or acknowledged it (consoles read the full details from the queue). */
  by: Pick<ModerationPerson, 'id' | 'displayName'> | null;
}

/** A message in a private check-in conversation between the moderator team and one member. */
export interface CheckInMessagePayload {
  id: string;
  checkInId: string;
  /** Numbered 1, 2, 3… per conversation, in the order they were stored. */
  seq: number;
  clientId: string;
  /** Null: a former member or moderator. */
  author: ModerationPerson | null;
  fromModerator: boolean;
  text: string;
  createdAt: string;
}

export interface CheckInSendPayload {
  checkInId: string;
  /** Made up by the client (a UUID); resending the same id stores the message once. */
  clientId: string;
  text: string;
}

export interface ModerationServerToClientEvents {
  /** To moderators only. */
  'moderation:changed': (event: ModerationChangeEvent) => void;
  /** To the member of the conversation and to moderators only. */
  'checkin:message': (message: CheckInMessagePayload) => void;
}

export interface ModerationClientToServerEvents {
  /** Stored before the ack; the same clientId again returns the first message. */
  'checkin:send': (payload: unknown, ack: Ack<CheckInMessagePayload>) => void;
}
