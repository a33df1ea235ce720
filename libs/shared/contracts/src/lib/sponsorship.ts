import type { CrisisSupport } from './chat';
import type { SocketAck } from './socket-events';

/** Limits of sponsorship, shared by the API's validation and the web client's forms. */
export const SPONSOR_BIO_MAX = 500;
export const SPONSORSHIP_REQUEST_MESSAGE_MAX = 1000;
export const SPONSORSHIP_REASON_MAX = 500;
/** A private message: at most this many characters of plain text. */
export const DM_MESSAGE_MAX = 2000;
/** Catch-up after a reconnect returns at most this many messages per call; `hasMore` says to call again. */
export const DM_CATCH_UP_MAX = 200;
export const SPONSOR_CAPACITY_MAX = 10;
export const SPONSORSHIP_LANGUAGES_MAX = 10;
export const SPONSORSHIP_MEETINGS_MAX = 20;
export const AVAILABILITY_WINDOWS_MAX = 28;

/** A private message between a sponsor and a sponsee. `seq` is the conversation's order: 1, 2, 3, … */
export interface DmMessagePayload {
  id: string;
  sponsorshipId: string;
  seq: number;
  senderId: string;
  clientId: string;
  text: string;
  createdAt: string;
}

export interface DmJoinPayload {
  sponsorshipId: string;
  /** The last sequence this client has shown (0 when it has none). */
  afterSeq: number;
}

export interface DmJoinResult {
  sponsorshipId: string;
  /** Messages after `afterSeq`, in order, at most DM_CATCH_UP_MAX. */
  messages: DmMessagePayload[];
  /** More missed messages remain: join again with the last seq received. */
  hasMore: boolean;
  lastSeq: number;
  myReadSeq: number;
  otherReadSeq: number;
}

export interface DmSendPayload {
  sponsorshipId: string;
  /** A UUID the client generates per message; sending it again never stores the message twice. */
  clientId: string;
  text: string;
}

export interface DmSendResult {
  message: DmMessagePayload;
  /** True when this clientId was already stored: the original message is returned, nothing new is sent. */
  duplicate: boolean;
  /** Shown only to the sender, at once, when the message reads like a crisis. Nothing leaves the platform. */
  crisis: CrisisSupport | null;
}

export interface DmReadPayload {
  sponsorshipId: string;
  seq: number;
}

export interface DmReadEvent {
  sponsorshipId: string;
  readerId: string;
  seq: number;
}

/** The conversation is no longer available (ended, blocked, account deleted): stop showing the composer. */
export interface DmClosedEvent {
  sponsorshipId: string;
}

export type SponsorshipNotificationKind =
  | 'request_received'
  | 'request_accepted'
  | 'request_declined'
  | 'request_withdrawn'
  | 'sponsorship_ended'
  | 'checkin_due'
  | 'member_left';

/** Pushed to a member's own sockets when a sponsorship notification is stored for them. */
export interface SponsorshipNotificationEvent {
  id: string;
  kind: SponsorshipNotificationKind;
  sponsorshipId: string | null;
  createdAt: string;
}

type Ack<T> = (response: SocketAck<T>) => void;

export interface SponsorshipServerToClientEvents {
  'dm:message': (message: DmMessagePayload) => void;
  'dm:read': (event: DmReadEvent) => void;
  'dm:closed': (event: DmClosedEvent) => void;
  'sponsorship:notification': (event: SponsorshipNotificationEvent) => void;
}

export interface SponsorshipClientToServerEvents {
  /** Start receiving a conversation and catch up from `afterSeq`. Send again after every reconnect. */
  'dm:join': (payload: unknown, ack: Ack<DmJoinResult>) => void;
  'dm:leave': (payload: unknown, ack: Ack<{ sponsorshipId: string }>) => void;
  'dm:send': (payload: unknown, ack: Ack<DmSendResult>) => void;
  'dm:read': (payload: unknown, ack: Ack<{ sponsorshipId: string; seq: number }>) => void;
}
