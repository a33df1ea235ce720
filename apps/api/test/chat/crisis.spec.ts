import type {
  ChatMessagePayload,
  ChatModerationAlert,
  ChatSendResult,
  CrisisSupport,
} from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { once } from '../support/sockets';
import { ChatClient } from './support/chat-client';
import { freshRoom, membersIn, moderator, QUEUE, type Member } from './support/chat';

describe('crisis language in room messages', () => {
  let app: TestApp;
  let roomId: string;
  let writer: Member;
  let w: ChatClient;
  let wOtherTab: ChatClient;
  let reader: ChatClient;
  let mod: Member;
  let m: ChatClient;

  beforeAll(async () => {
    app = await startTestApp();
    roomId = await freshRoom(app);
    const [a, b] = await membersIn(app, roomId, 2);
    writer = a;
    mod = await moderator(app);
    w = await ChatClient.connect(app.url, a.token);
    wOtherTab = await ChatClient.connect(app.url, a.token);
    reader = await ChatClient.connect(app.url, b.token);
    m = await ChatClient.connect(app.url, mod.token);
    for (const c of [w, wOtherTab, reader]) await c.subscribe(roomId);
  });
  afterAll(async () => {
    for (const c of [w, wOtherTab, reader, m]) c.close();
    await app.close();
  });

  it('shows the writer 988 privately and at once, flags moderators urgently, and tells no one else', async () => {
    const crisisElsewhere: unknown[] = [];
    reader.socket.on('chat:crisis', (e: unknown) => crisisElsewhere.push(e));
    const otherTab = once<CrisisSupport & { messageId: string }>(wOtherTab.socket, 'chat:crisis');
    const alert = once<ChatModerationAlert>(m.socket, 'chat:alert');
    const delivered = once<ChatMessagePayload>(reader.socket, 'chat:message');

    const ack = await w.send(roomId, "I don't want to live anymore");
    expect(ack.ok).toBe(true);
    const result = (ack as { data: ChatSendResult }).data;
    expect(result.status).toBe('sent');
    expect(result.crisis?.kind).toBe('suicide');
    expect(result.crisis?.lines[0]).toMatchObject({ call: '988', text: '988' });

    const message = await delivered;
    expect(message.text).toBe("I don't want to live anymore");
    expect(Object.keys(message)).not.toContain('crisis');
    expect(await otherTab).toMatchObject({ kind: 'suicide', messageId: message.id, roomId });
    expect(await alert).toMatchObject({
      roomId,
      messageId: message.id,
      kind: 'crisis',
      urgent: true,
      crisis: 'suicide',
    });

    // a marker message after: by the time it arrives, any crisis event to the reader would have too
    const marker = once<ChatMessagePayload>(reader.socket, 'chat:message');
    await w.send(roomId, 'thanks for listening');
    await marker;
    expect(crisisElsewhere).toEqual([]);

    const queue = await app.gql<{
      chatModerationQueue: { items: { urgent: boolean; crisis: string; message: { id: string } }[] };
    }>(QUEUE, { roomId }, { token: mod.token });
    expect(queue.data?.chatModerationQueue.items[0]).toMatchObject({
      urgent: true,
      crisis: 'SUICIDE',
      message: { id: message.id },
    });
  });

  it('puts 911 and the naloxone steps first for an overdose in progress', async () => {
    const ack = await w.send(roomId, 'my friend is not breathing, lips are blue');
    expect(ack.ok && ack.data.crisis).toMatchObject({
      kind: 'overdose',
      lines: expect.arrayContaining([expect.objectContaining({ call: '911' })]),
      steps: [
        expect.stringMatching(/911/),
        expect.stringMatching(/naloxone/i),
        expect.stringMatching(/rescue position/i),
        expect.stringMatching(/stay/i),
      ],
    });
    expect(ack.ok && ack.data.crisis?.lines[0]).toMatchObject({ id: 'emergency', call: '911' });
  });

  it('does not fire on "this meeting saved my life"', async () => {
    const ack = await w.send(roomId, 'This meeting saved my life');
    expect(ack).toMatchObject({ ok: true, data: { status: 'sent', crisis: null } });
  });

  it("shows the lines of the writer's chosen country (Samaritans and 999 for GB), on a retry too", async () => {
    const [gb] = await membersIn(app, roomId, 1);
    const set = await app.gql(
      `mutation { setRecoveryCountry(country: "GB") { country } }`,
      {},
      { token: gb.token },
    );
    expect(set.errors).toBeUndefined();
    const c = await ChatClient.connect(app.url, gb.token);
    try {
      await c.subscribe(roomId);
      for (const attempt of [1, 2]) {
        const ack = await c.send(roomId, 'i want to end my life tonight', 'gb-crisis-1');
        const crisis = ack.ok ? ack.data.crisis : null;
        expect({ attempt, kind: crisis?.kind }).toEqual({ attempt, kind: 'suicide' });
        const calls = crisis?.lines.map((l) => l.call);
        expect(calls).toEqual(expect.arrayContaining(['999', '116 123']));
        expect(calls).not.toContain('988');
      }
    } finally {
      c.close();
    }
  });

  it('still shows help on a retry of a crisis message whose first answer was lost', async () => {
    const clientId = 'crisis-retry-1';
    await w.send(roomId, 'I want to kill myself', clientId);
    const again = await w.send(roomId, 'I want to kill myself', clientId);
    expect(again.ok && again.data.crisis?.kind).toBe('suicide');
    void writer;
  });
});
