import { DataSource } from 'typeorm';
import type { TestApp } from '../../support/test-app';
import { registerMember, setRole } from '../../support/accounts';

export type Member = Awaited<ReturnType<typeof registerMember>>;

export const JOIN = 'mutation ($id: ID!) { joinChatRoom(roomId: $id) { id membership } }';
export const OPEN = 'mutation ($key: String!) { openChatRoom(key: $key) { id key name kind } }';
export const MODERATE = `mutation ($input: ModerateChatMessageInput!) {
  moderateChatMessage(input: $input) { id seq status statusReason text }
}`;
export const REPORT = `mutation ($input: ReportChatMessageInput!) {
  reportChatMessage(input: $input) { received hiddenPendingReview }
}`;
export const TIMEOUT = `mutation ($input: TimeoutChatMemberInput!) {
  timeoutChatMember(input: $input) { id kind until reason member { id } }
}`;
export const BAN = `mutation ($input: ChatMemberActionInput!) { banChatMember(input: $input) { id kind } }`;
export const LIFT = 'mutation ($input: ChatMemberActionInput!) { liftChatSanction(input: $input) }';
export const SLOW =
  'mutation ($input: SetChatSlowModeInput!) { setChatSlowMode(input: $input) { slowModeSeconds } }';
export const ADD_FILTER = `mutation ($input: AddChatFilterInput!) {
  addChatFilter(input: $input) { id pattern kind action roomId }
}`;
export const REMOVE_FILTER = 'mutation ($input: RemoveChatFilterInput!) { removeChatFilter(input: $input) }';
export const QUEUE = `query ($roomId: ID) {
  chatModerationQueue(roomId: $roomId, first: 50) {
    items { urgent crisis reportCount roomName reports { reason note } message { id text status statusReason } }
  }
}`;
export const AUDIT = `query ($roomId: ID, $after: String) {
  chatAuditLog(roomId: $roomId, first: 20, after: $after) {
    entries { action reason details actor { id displayName } targetMember { id } targetMessageId roomId }
    hasMore endCursor
  }
}`;
export const HISTORY = `query ($roomId: ID!, $last: Int, $before: String) {
  chatMessages(roomId: $roomId, last: $last, before: $before) {
    messages { id seq text status author { id displayName } mine }
    hasOlder olderCursor
  }
}`;

/** A fresh room of our own for one test, so tests never see each other's messages. */
export async function freshRoom(
  app: TestApp,
  name = 'Test room',
  visibility: 'public' | 'invite' = 'public',
) {
  const ds = app.running.app.get(DataSource);
  const [row]: { id: string }[] = await ds.query(
    `INSERT INTO chat_rooms (kind, name, visibility) VALUES ('topic', $1, $2) RETURNING id`,
    [name, visibility],
  );
  return row.id;
}

export async function join(app: TestApp, member: Member, roomId: string): Promise<void> {
  const res = await app.gql(JOIN, { id: roomId }, { token: member.token });
  if (res.errors) throw new Error(`join failed: ${JSON.stringify(res.errors)}`);
}

/** Registers members and joins them all to the room. */
export async function membersIn(app: TestApp, roomId: string, count: number): Promise<Member[]> {
  const out: Member[] = [];
  for (let i = 0; i < count; i += 1) {
    const m = await registerMember(app);
    await join(app, m, roomId);
    out.push(m);
  }
  return out;
}

export async function moderator(app: TestApp, role: 'moderator' | 'admin' = 'moderator'): Promise<Member> {
  const m = await registerMember(app);
  await setRole(app, m.id, role);
  return m;
}

/** Makes an account look older than the new-member window (links are then not held). */
export async function ageAccount(app: TestApp, userId: string, days = 30): Promise<void> {
  await app.running.app
    .get(DataSource)
    .query(`UPDATE users SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [userId, days]);
}

export function db(app: TestApp): DataSource {
  return app.running.app.get(DataSource);
}
