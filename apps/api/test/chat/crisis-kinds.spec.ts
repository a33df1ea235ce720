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

type QueueItem = { urgent: boolean; crisis: string | null; message: { id: string } };

/** Relapse risk and using alone in a room: warm help to the writer alone, a quiet flag for moderators. */
describe('relapse risk and using alone in room messages', () => {
  let app: TestApp;
  let roomId: string;
  let mod: Member;
  let w: ChatClient;
  let wOtherTab: ChatClient;
  let reader: ChatClient;
  let m: ChatClient;
  const readerCrisis: unknown[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    roomId = await freshRoom(app);
    const [a, b] = await membersIn(app, roomId, 2);
    mod = await moderator(app);
    w = await ChatClient.connect(app.url, a.token);
    wOtherTab = await ChatClient.connect(app.url, a.token);
    reader = await ChatClient.connect(app.url, b.token);
    m = await ChatClient.connect(app.url, mod.token);
    for (const c of [w, wOtherTab, reader]) await c.subscribe(roomId);
    reader.socket.on('chat:crisis', (e: unknown) => readerCrisis.push(e));
  });
  afterAll(async () => {
    for (const c of [w, wOtherTab, reader, m]) c.close();
    await app.close();
  });

  const queue = async () =>
    (await app.gql<{ chatModerationQueue: { items: QueueItem[] } }>(QUEUE, { roomId }, { token: mod.token }))
      .data?.chatModerationQueue.items ?? [];

  it('answers a plan to use tonight with warm help for the writer only, and a non-urgent flag', async () => {
    const text = 'gonna use after work tonight, already texted my plug';
    const otherTab = once<CrisisSupport & { messageId: string }>(wOtherTab.socket, 'chat:crisis');
    const alert = once<ChatModerationAlert>(m.socket, 'chat:alert');
    const delivered = once<ChatMessagePayload>(reader.socket, 'chat:message');

    const ack = await w.send(roomId, text);
    expect(ack.ok).toBe(true);
    const result = (ack as { data: ChatSendResult }).data;
    expect(result.status).toBe('sent');
    expect(result.crisis?.kind).toBe('relapse');
    expect(result.crisis?.steps[0]).toMatch(/sponsor/i);
    expect(result.crisis?.steps.join(' ')).toMatch(/not alone/i);
    expect(result.crisis?.lines.map((l) => l.id)).not.toContain('emergency');

    const message = await delivered;
    expect(message.text).toBe(text);
    expect(Object.keys(message)).not.toContain('crisis');
    expect(await otherTab).toMatchObject({ kind: 'relapse', messageId: message.id, roomId });
    expect(await alert).toEqual({
      roomId,
      messageId: message.id,
      kind: 'crisis',
      urgent: false,
      crisis: 'relapse',
    });

    expect((await queue()).find((i) => i.message.id === message.id)).toMatchObject({
      urgent: false,
      crisis: 'RELAPSE',
    });
  });

  it('offers Never Use Alone and naloxone to someone about to use alone, without urgency', async () => {
    const alert = once<ChatModerationAlert>(m.socket, 'chat:alert');
    const ack = await w.send(roomId, 'nobody is home so im gonna use by myself tonight');
    const result = (ack as { data: ChatSendResult }).data;
    expect(result.crisis?.kind).toBe('using_alone');
    expect(result.crisis?.lines[0]).toMatchObject({ id: 'never-use-alone', call: '1-800-484-3731' });
    expect(result.crisis?.steps.join(' ')).toMatch(/naloxone/i);
    expect(await alert).toMatchObject({ urgent: false, crisis: 'using_alone' });
  });

  it('keeps an overdose urgent: it sorts before the relapse flags', async () => {
    const alert = once<ChatModerationAlert>(m.socket, 'chat:alert');
    const ack = await w.send(roomId, 'mi hermano no respira');
    const result = (ack as { data: ChatSendResult }).data;
    expect(result.crisis?.kind).toBe('overdose');
    expect(await alert).toMatchObject({ urgent: true, crisis: 'overdose' });
    const items = await queue();
    expect(items.map((i) => [i.crisis, i.urgent])).toEqual([
      ['OVERDOSE', true],
      ['RELAPSE', false],
      ['USING_ALONE', false],
    ]);

    // a marker after: by the time it arrives, a crisis event to the reader would have too
    const marker = once<ChatMessagePayload>(reader.socket, 'chat:message');
    await w.send(roomId, 'thanks everyone');
    await marker;
    expect(readerCrisis).toEqual([]);
  });

  it('does not fire on a recovery story or a question about naloxone', async () => {
    for (const text of ['when i relapsed last year i was using alone', 'where can i get narcan near me']) {
      const ack = await w.send(roomId, text);
      expect(ack).toMatchObject({ ok: true, data: { status: 'sent', crisis: null } });
    }
  });
});
