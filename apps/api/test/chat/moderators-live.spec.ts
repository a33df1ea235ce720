import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import type {
  ChatModerationAlert,
  CheckInMessagePayload,
  ModerationChangeEvent,
  SocketAck,
} from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { connected, connectSocket, once } from '../support/sockets';
import { registerMember } from '../support/accounts';
import { ChatClient } from './support/chat-client';
import { db, freshRoom, membersIn, moderator, type Member } from './support/chat';

const COUNT = 'query { moderationQueueCount { open urgent } }';
const QUEUE = `query ($roomId: ID) {
  chatModerationQueue(roomId: $roomId, first: 50) {
    items { urgent crisis message { id }
      state { itemType itemId acknowledgedAt acknowledgedBy { id } claim { at by { id displayName } } } }
  }
}`;
const ACK = `mutation ($input: ModerationItemInput!) {
  acknowledgeModerationItem(input: $input) { acknowledgedAt acknowledgedBy { id } }
}`;
const CLAIM = `mutation ($input: ClaimModerationItemInput!) {
  claimModerationItem(input: $input) { claim { by { id displayName } } }
}`;
const RELEASE = `mutation ($input: ModerationItemInput!) {
  releaseModerationItem(input: $input) { claim { by { id } } }
}`;
const REQUEST = 'mutation ($kind: CrisisKind) { requestModeratorCheckIn(kind: $kind) }';
const REQUESTS = `query { moderatorCheckInRequests {
  id kind urgent member { id displayName } checkInId state { acknowledgedAt claim { by { id } } } } }`;
const OPEN = `mutation ($input: ModerationItemInput!) {
  openModeratorCheckIn(input: $input) { id member { id } messages { id text } }
}`;
const THREAD = `query ($id: ID!) {
  moderatorCheckIn(id: $id) { id member { id } messages { seq text fromModerator mine author { id } } }
}`;
const MINE = 'query { myModeratorCheckIn { id messages { seq text fromModerator mine } } }';
const AUDIT = `query { chatAuditLog(first: 50) {
  entries { action reason details actor { id } targetMember { id } targetMessageId roomId } } }`;
const SET_ROLE = 'mutation ($id: ID!, $role: Role!) { setMemberRole(memberId: $id, role: $role) { id } }';

type Gql = { code?: unknown; message: string; extensions?: Record<string, unknown> }[] | undefined;
const codeOf = (errors: Gql) => errors?.[0]?.extensions?.['code'];

/** Collects every event of one kind a socket receives. */
function collect<T>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (e: T) => seen.push(e));
  return seen;
}

function nextMatching<T>(socket: Socket, event: string, match: (e: T) => boolean, timeoutMs = 5000) {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching "${event}"`)), timeoutMs);
    const listener = (e: T) => {
      if (!match(e)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(e);
    };
    socket.on(event, listener);
  });
}

describe('moderators live: alerts, acknowledge, claims, check-ins, role changes on open sockets', () => {
  let app: TestApp;
  let roomId: string;
  let writer: Member;
  let w: ChatClient;
  let modA: Member;
  let modB: Member;
  let admin: Member;
  let a: Socket;
  let b: Socket;
  const sockets: Socket[] = [];

  const open = async (token: string) => {
    const s = await connected(connectSocket(app.url, token));
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    app = await startTestApp();
    roomId = await freshRoom(app);
    [writer] = await membersIn(app, roomId, 1);
    modA = await moderator(app);
    modB = await moderator(app);
    admin = await moderator(app, 'admin');
    w = await ChatClient.connect(app.url, writer.token);
    await w.subscribe(roomId);
    a = await open(modA.token);
    b = await open(modB.token);
  });
  afterAll(async () => {
    w.close();
    for (const s of sockets) s.close();
    await app.close();
  });

  let crisisId: string;

  it('delivers an urgent crisis item live, counts it, and keeps it on top until acknowledged (audited)', async () => {
    const alert = once<ChatModerationAlert>(a, 'chat:alert');
    const before = await app.gql<{ moderationQueueCount: { open: number; urgent: number } }>(
      COUNT,
      undefined,
      {
        token: modA.token,
      },
    );
    const ack = await w.send(roomId, 'i took too many pills and cant stay awake');
    expect(ack.ok).toBe(true);
    const got = await alert;
    expect(got).toMatchObject({ roomId, kind: 'crisis', urgent: true, crisis: 'overdose' });
    crisisId = got.messageId;

    const after = await app.gql<{ moderationQueueCount: { open: number; urgent: number } }>(
      COUNT,
      undefined,
      {
        token: modA.token,
      },
    );
    expect(after.data?.moderationQueueCount).toEqual({
      open: before.data!.moderationQueueCount.open + 1,
      urgent: before.data!.moderationQueueCount.urgent + 1,
    });
    const member = await app.gql(COUNT, undefined, { token: writer.token });
    expect(codeOf(member.errors)).toBe('FORBIDDEN');

    const seenByB = nextMatching<ModerationChangeEvent>(
      b,
      'moderation:changed',
      (e) => e.itemId === crisisId,
    );
    const done = await app.gql<{ acknowledgeModerationItem: { acknowledgedBy: { id: string } } }>(
      ACK,
      { input: { itemType: 'MESSAGE', itemId: crisisId } },
      { token: modA.token },
    );
    expect(done.data?.acknowledgeModerationItem.acknowledgedBy.id).toBe(modA.id);
    expect(await seenByB).toMatchObject({
      itemType: 'message',
      change: 'acknowledged',
      by: { id: modA.id, displayName: modA.displayName },
    });
    // Acknowledged: still in the queue (nobody acted on it yet), no longer counted as urgent and unseen.
    const queue = await app.gql<{
      chatModerationQueue: {
        items: { urgent: boolean; message: { id: string }; state: { acknowledgedBy: { id: string } } }[];
      };
    }>(QUEUE, { roomId }, { token: modB.token });
    const item = queue.data!.chatModerationQueue.items.find((i) => i.message.id === crisisId);
    expect(item).toMatchObject({ urgent: true, state: { acknowledgedBy: { id: modA.id } } });
    const counted = await app.gql<{ moderationQueueCount: { urgent: number } }>(COUNT, undefined, {
      token: modA.token,
    });
    expect(counted.data?.moderationQueueCount.urgent).toBe(before.data!.moderationQueueCount.urgent);

    const rows: { action: string; actor_id: string; target_message_id: string }[] = await db(app).query(
      `SELECT action, actor_id, target_message_id FROM chat_audit_log WHERE action = 'item.acknowledge'`,
    );
    expect(rows).toEqual([{ action: 'item.acknowledge', actor_id: modA.id, target_message_id: crisisId }]);
  });

  it('lets one moderator claim an item, shows it to the others live, and needs an explicit take over', async () => {
    const input = { itemType: 'MESSAGE', itemId: crisisId };
    const seenByB = nextMatching<ModerationChangeEvent>(
      b,
      'moderation:changed',
      (e) => e.itemId === crisisId && e.change === 'claimed',
    );
    const claimed = await app.gql(CLAIM, { input }, { token: modA.token });
    expect(claimed.errors).toBeUndefined();
    expect(await seenByB).toMatchObject({ by: { id: modA.id } });

    const queue = await app.gql<{
      chatModerationQueue: {
        items: { message: { id: string }; state: { claim: { by: { displayName: string } } } }[];
      };
    }>(QUEUE, { roomId }, { token: modB.token });
    expect(
      queue.data!.chatModerationQueue.items.find((i) => i.message.id === crisisId)?.state.claim.by
        .displayName,
    ).toBe(modA.displayName);

    const refused = await app.gql(CLAIM, { input }, { token: modB.token });
    expect(codeOf(refused.errors)).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toContain(`Being handled by ${modA.displayName}`);
    const notTheirs = await app.gql(RELEASE, { input }, { token: modB.token });
    expect(codeOf(notTheirs.errors)).toBe('CONFLICT');

    const seenByA = nextMatching<ModerationChangeEvent>(
      a,
      'moderation:changed',
      (e) => e.itemId === crisisId && e.by?.id === modB.id,
    );
    const taken = await app.gql<{ claimModerationItem: { claim: { by: { id: string } } } }>(
      CLAIM,
      { input: { ...input, takeOver: true } },
      { token: modB.token },
    );
    expect(taken.data?.claimModerationItem.claim.by.id).toBe(modB.id);
    expect(await seenByA).toMatchObject({ change: 'claimed' });

    const released = await app.gql<{ releaseModerationItem: { claim: null } }>(
      RELEASE,
      { input },
      { token: modB.token },
    );
    expect(released.data?.releaseModerationItem.claim).toBeNull();

    const audit: { action: string; actor_id: string; details: { previous?: string } }[] = await db(app).query(
      `SELECT action, actor_id, details FROM chat_audit_log
        WHERE action IN ('item.claim', 'item.take_over', 'item.release') ORDER BY id`,
    );
    expect(audit.map((r) => [r.action, r.actor_id])).toEqual([
      ['item.claim', modA.id],
      ['item.take_over', modB.id],
      ['item.release', modB.id],
    ]);
    expect(audit[1].details.previous).toBe(modA.id);
  });

  let requester: Member;
  let requestId: string;
  let checkInId: string;

  it('turns a member’s check-in request into a private urgent queue item without any message text', async () => {
    requester = await registerMember(app);
    const seen = nextMatching<ModerationChangeEvent>(
      a,
      'moderation:changed',
      (e) => e.itemType === 'checkin_request',
    );
    const made = await app.gql<{ requestModeratorCheckIn: boolean }>(
      REQUEST,
      { kind: 'OVERDOSE' },
      {
        token: requester.token,
      },
    );
    expect(made.data?.requestModeratorCheckIn).toBe(true);
    const event = await seen;
    expect(event).toMatchObject({ change: 'new', urgent: true, roomId: null });
    expect(JSON.stringify(event)).not.toContain(requester.displayName);

    // Asking again while one is open changes nothing.
    const again = await app.gql<{ requestModeratorCheckIn: boolean }>(
      REQUEST,
      { kind: null },
      {
        token: requester.token,
      },
    );
    expect(again.data?.requestModeratorCheckIn).toBe(true);
    const stored: { n: number }[] = await db(app).query(
      'SELECT count(*)::int AS n FROM moderator_checkin_requests WHERE member_id = $1',
      [requester.id],
    );
    expect(stored[0].n).toBe(1);

    const list = await app.gql<{
      moderatorCheckInRequests: { id: string; kind: string; urgent: boolean; member: { id: string } }[];
    }>(REQUESTS, undefined, { token: modB.token });
    const mine = list.data!.moderatorCheckInRequests.filter((r) => r.member.id === requester.id);
    expect(mine).toEqual([expect.objectContaining({ kind: 'OVERDOSE', urgent: true })]);
    expect(list.data!.moderatorCheckInRequests[0].urgent).toBe(true);
    requestId = mine[0].id;

    const asMember = await app.gql(REQUESTS, undefined, { token: writer.token });
    expect(codeOf(asMember.errors)).toBe('FORBIDDEN');
    const bad = await app.gql(REQUEST, { kind: 'NOT_A_KIND' }, { token: requester.token });
    expect(bad.errors).toBeDefined();
    expect(codeOf(bad.errors)).not.toBe('INTERNAL_SERVER_ERROR');
    const anonymous = await app.gql(REQUEST, { kind: null });
    expect(codeOf(anonymous.errors)).toBe('UNAUTHENTICATED');
  });

  it('opens a private check-in the moderator team shares and the member answers; nobody else sees it', async () => {
    const third = await registerMember(app);
    const memberSocket = await open(requester.token);
    const thirdSocket = await open(third.token);
    const thirdGot = collect<CheckInMessagePayload>(thirdSocket, 'checkin:message');

    const opened = await app.gql<{ openModeratorCheckIn: { id: string; member: { id: string } } }>(
      OPEN,
      { input: { itemType: 'CHECK_IN_REQUEST', itemId: requestId } },
      { token: modA.token },
    );
    expect(opened.data?.openModeratorCheckIn.member.id).toBe(requester.id);
    checkInId = opened.data!.openModeratorCheckIn.id;
    // From a message item: its author's conversation (made once per member).
    const fromMessage = await app.gql<{ openModeratorCheckIn: { member: { id: string } } }>(
      OPEN,
      { input: { itemType: 'MESSAGE', itemId: crisisId } },
      { token: modB.token },
    );
    expect(fromMessage.data?.openModeratorCheckIn.member.id).toBe(writer.id);
    const byMember = await app.gql(
      OPEN,
      { input: { itemType: 'CHECK_IN_REQUEST', itemId: requestId } },
      {
        token: third.token,
      },
    );
    expect(codeOf(byMember.errors)).toBe('FORBIDDEN');

    const toMember = once<CheckInMessagePayload>(memberSocket, 'checkin:message');
    const toOtherMod = nextMatching<CheckInMessagePayload>(b, 'checkin:message', (m) => m.seq === 1);
    const clientId = randomUUID();
    const sent = (await a.timeout(5000).emitWithAck('checkin:send', {
      checkInId,
      clientId,
      text: 'Hi, this is a moderator. How are you doing right now?',
    })) as SocketAck<CheckInMessagePayload>;
    expect(sent).toMatchObject({ ok: true, data: { seq: 1, fromModerator: true, author: { id: modA.id } } });
    expect(await toMember).toMatchObject({ checkInId, seq: 1, text: expect.stringContaining('moderator') });
    expect(await toOtherMod).toMatchObject({ seq: 1 });
    // The same client id again: the first answer, stored once.
    const retry = (await a.timeout(5000).emitWithAck('checkin:send', {
      checkInId,
      clientId,
      text: 'Hi, this is a moderator. How are you doing right now?',
    })) as SocketAck<CheckInMessagePayload>;
    expect(retry.ok && retry.data.id).toBe(sent.ok && sent.data.id);

    const replyToMods = nextMatching<CheckInMessagePayload>(b, 'checkin:message', (m) => m.seq === 2);
    const reply = (await memberSocket.timeout(5000).emitWithAck('checkin:send', {
      checkInId,
      clientId: randomUUID(),
      text: 'thanks, someone is with me now',
    })) as SocketAck<CheckInMessagePayload>;
    expect(reply).toMatchObject({ ok: true, data: { seq: 2, fromModerator: false } });
    expect(await replyToMods).toMatchObject({ text: 'thanks, someone is with me now' });

    const refused = (await thirdSocket.timeout(5000).emitWithAck('checkin:send', {
      checkInId,
      clientId: randomUUID(),
      text: 'let me in',
    })) as SocketAck<CheckInMessagePayload>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const peek = await app.gql(THREAD, { id: checkInId }, { token: third.token });
    expect(codeOf(peek.errors)).toBe('FORBIDDEN');
    expect(peek.data).toBeNull();
    const thirdOwn = await app.gql<{ myModeratorCheckIn: unknown }>(MINE, undefined, { token: third.token });
    expect(thirdOwn.data?.myModeratorCheckIn).toBeNull();
    expect(thirdGot).toEqual([]);

    const memberView = await app.gql<{
      myModeratorCheckIn: { id: string; messages: { seq: number; fromModerator: boolean; mine: boolean }[] };
    }>(MINE, undefined, { token: requester.token });
    expect(memberView.data?.myModeratorCheckIn.id).toBe(checkInId);
    expect(memberView.data?.myModeratorCheckIn.messages).toEqual([
      expect.objectContaining({ seq: 1, fromModerator: true, mine: false }),
      expect.objectContaining({ seq: 2, fromModerator: false, mine: true }),
    ]);
    const modView = await app.gql<{ moderatorCheckIn: { messages: { seq: number }[] } }>(
      THREAD,
      { id: checkInId },
      { token: modB.token },
    );
    expect(modView.data?.moderatorCheckIn.messages.map((m) => m.seq)).toEqual([1, 2]);

    const stored: { n: number }[] = await db(app).query(
      'SELECT count(*)::int AS n FROM moderator_checkin_messages WHERE checkin_id = $1',
      [checkInId],
    );
    expect(stored[0].n).toBe(2);

    const audit = await app.gql<{
      chatAuditLog: {
        entries: { action: string; details: string; actor: { id: string }; targetMember: { id: string } }[];
      };
    }>(AUDIT, undefined, { token: admin.token });
    const entries = audit.data!.chatAuditLog.entries.filter((e) => e.targetMember?.id === requester.id);
    const actions = entries.map((e) => `${e.action}:${e.actor.id}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        `checkin.request:${requester.id}`,
        `checkin.open:${modA.id}`,
        `checkin.send:${modA.id}`,
        `checkin.send:${requester.id}`,
        `checkin.view:${modB.id}`,
      ]),
    );
    expect(actions.filter((x) => x === `checkin.send:${modA.id}`)).toHaveLength(1);
    for (const e of entries) {
      expect(e.details).not.toContain('someone is with me');
      expect(e.details).not.toContain('How are you');
    }
  });

  it('stops alerts and moderator-only rooms on a demoted moderator’s open socket at once', async () => {
    const demoted = await moderator(app);
    const inviteRoom = await freshRoom(app, 'Invite only', 'invite');
    const insiderMember = await registerMember(app);
    await db(app).query(
      `INSERT INTO chat_room_members (room_id, user_id, status) VALUES ($1, $2, 'joined')`,
      [inviteRoom, insiderMember.id],
    );
    const inside = await ChatClient.connect(app.url, insiderMember.token);
    await inside.subscribe(inviteRoom);
    const d = await ChatClient.connect(app.url, demoted.token);
    expect((await d.subscribe(inviteRoom)).ok).toBe(true);
    const dAlerts = collect<ChatModerationAlert>(d.socket, 'chat:alert');
    const dMessages = collect<{ roomId: string }>(d.socket, 'chat:message');
    const dChanges = collect<unknown>(d.socket, 'moderation:changed');

    // While a moderator, the open socket gets alerts.
    const first = nextMatching<ChatModerationAlert>(d.socket, 'chat:alert', () => true);
    await w.send(roomId, 'i want to kill myself tonight');
    await first;

    const demotedNow = await app.gql(SET_ROLE, { id: demoted.id, role: 'MEMBER' }, { token: admin.token });
    expect(demotedNow.errors).toBeUndefined();
    dAlerts.length = 0;
    dMessages.length = 0;
    dChanges.length = 0;

    const stillMod = nextMatching<ChatModerationAlert>(a, 'chat:alert', (e) => e.roomId === roomId);
    await w.send(roomId, 'i want to end my life tonight');
    await stillMod;
    const insiderSaw = nextMatching<unknown>(inside.socket, 'chat:message', () => true);
    await inside.send(inviteRoom, 'just for the invited');
    await insiderSaw;
    await app.gql(REQUEST, { kind: 'SUICIDE' }, { token: (await registerMember(app)).token });
    // A marker to the demoted member's own sockets: once it arrives, anything sent before would have too.
    const marker = once<unknown>(d.socket, 'chat:crisis');
    const markerRoom = await freshRoom(app);
    await db(app).query('INSERT INTO chat_room_members (room_id, user_id) VALUES ($1, $2)', [
      markerRoom,
      demoted.id,
    ]);
    await d.subscribe(markerRoom);
    await d.send(markerRoom, 'i want to kill myself');
    await marker;

    expect(dAlerts.filter((e) => e.roomId !== markerRoom)).toEqual([]);
    expect(dMessages.filter((m) => m.roomId !== markerRoom)).toEqual([]);
    expect(dChanges).toEqual([]);
    const again = await d.subscribe(inviteRoom);
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    d.close();
    inside.close();
  });
});
