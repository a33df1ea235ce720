import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import type {
  ChatModerationAlert,
  CrisisSupport,
  DmMessagePayload,
  SocketAck,
} from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { once } from '../support/sockets';
import { ChatClient } from '../chat/support/chat-client';
import { freshRoom, membersIn, moderator } from '../chat/support/chat';
import { activeSponsorship, ok, openSocket, sql, type Member } from './sponsorship-helpers';

type DmAck = SocketAck<{ message: DmMessagePayload; duplicate: boolean; crisis: CrisisSupport | null }>;

const SEND = `mutation ($input: SendSponsorshipMessageInput!) {
  sendSponsorshipMessage(input: $input) { duplicate crisis message { id text } }
}`;

/**
 * Relapse risk in a private message: the sender sees warm help at once; the other member gets the message
 * only; moderators are never told about private messages (the conversation stays private).
 */
describe('relapse risk in private messages', () => {
  let app: TestApp;
  let sponsor: Member;
  let sponsee: Member;
  let id: string;
  let a: Socket;
  let b: Socket;
  let m: ChatClient;
  const alerts: ChatModerationAlert[] = [];
  const received: DmMessagePayload[] = [];
  const sponsorCrisis: unknown[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    [sponsor, sponsee] = await Promise.all([registerMember(app), registerMember(app)]);
    id = await activeSponsorship(app, sponsor.id, sponsee.id);
    a = await openSocket(app, sponsor);
    b = await openSocket(app, sponsee);
    a.on('dm:message', (msg: DmMessagePayload) => received.push(msg));
    a.on('chat:crisis', (e: unknown) => sponsorCrisis.push(e));
    m = await ChatClient.connect(app.url, (await moderator(app)).token);
    m.socket.on('chat:alert', (e: ChatModerationAlert) => alerts.push(e));
  });
  afterAll(async () => {
    for (const s of [a, b]) s.close();
    m.close();
    await app.close();
  });

  it('shows the sender help for relapse risk, delivers the message, and flags no one', async () => {
    const text = 'i cant do this anymore, im about to call my dealer';
    const ack = (await b.timeout(5000).emitWithAck('dm:send', {
      sponsorshipId: id,
      clientId: randomUUID(),
      text,
    })) as DmAck;
    expect(ack.ok).toBe(true);
    const crisis = ack.ok ? ack.data.crisis : null;
    expect(crisis?.kind).toBe('relapse');
    expect(crisis?.steps[0]).toMatch(/sponsor/i);
    expect(crisis?.lines.length).toBeGreaterThan(0);

    // over GraphQL too, for clients without a socket
    const viaGql = await ok<{ sendSponsorshipMessage: { crisis: string | null } }>(
      app,
      SEND,
      { input: { sponsorshipId: id, clientId: randomUUID(), text: 'nobody home, gonna use alone tonight' } },
      sponsee,
    );
    expect(viaGql.sendSponsorshipMessage.crisis).toBe('using_alone');

    // A crisis in a room afterwards: its alert reaching the moderator proves any earlier alert would have.
    const roomId = await freshRoom(app);
    const [writer] = await membersIn(app, roomId, 1);
    const w = await ChatClient.connect(app.url, writer.token);
    await w.subscribe(roomId);
    const roomAlert = once<ChatModerationAlert>(m.socket, 'chat:alert');
    await w.send(roomId, 'he is not breathing');
    await roomAlert;
    w.close();

    expect(alerts.map((e) => [e.roomId, e.crisis])).toEqual([[roomId, 'overdose']]);
    expect(received.map((msg) => msg.text)).toEqual([text, 'nobody home, gonna use alone tonight']);
    expect(received.every((msg) => !('crisis' in msg))).toBe(true);
    expect(sponsorCrisis).toEqual([]);
    const flagged = await sql(
      app,
      'SELECT count(*)::int AS n FROM chat_messages WHERE needs_review AND room_id <> $1',
      [roomId],
    );
    expect(flagged).toEqual([{ n: 0 }]);
  });
});
