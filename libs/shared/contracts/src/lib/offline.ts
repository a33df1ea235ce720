/**
 * What the web client keeps for offline use, shared by the app and its service worker. Answers to these
 * GraphQL operations are stored on the device (network first, the stored copy only when the network fails)
 * in one cache that sign-out, account deletion and a different member signing in delete.
 */
export const OFFLINE_CACHE = 'kinship-private-v1';

/** The member's own things worth having without a connection: saved meetings, their plan, Help now. */
export const OFFLINE_OPERATIONS: readonly string[] = [
  'MyMeetings',
  'MyPlan',
  'HelpNow',
  'ActiveSponsorships',
  'CrisisSponsor',
];

/**
 * Session answers, kept (without the access token) so a reload without a connection still knows who is
 * signed in on this device and can show their saved things; stored under `RefreshSession`.
 */
export const OFFLINE_SESSION_OPERATIONS: readonly string[] = ['RefreshSession', 'SignIn', 'Register'];

/** The message the app posts to its service worker on sign-out (the worker then drops the cache too). */
export const CLEAR_PRIVATE_DATA_MESSAGE = 'kinship:clear-private-data';

/** Push payloads: only these fields, never text or names (lock screens are public). */
export interface PushPayload {
  kind:
    | 'private_message'
    | 'sponsorship_request'
    | 'sponsorship_answer'
    | 'moderator_check_in'
    | 'meeting_reminder';
  refId: string | null;
  locale: 'en' | 'es';
}
