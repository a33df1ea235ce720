import { randomUUID } from 'node:crypto';
import type { ChatMessagePayload } from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { once } from '../support/sockets';
import { ChatClient } from './support/chat-client';
import { freshRoom, membersIn } from './support/chat';

describe('bad socket payloads get an error ack, and the server keeps serving everyone', () => {
  let app: TestApp;
  let roomId: string;
  let attacker: ChatClient;
  let alice: ChatClient;
  let bob: ChatClient;

  beforeAll(async () => {
    app = await startTestApp();
    roomId = await freshRoom(app);
    const [m1, m2, m3] = await membersIn(app, roomId, 3);
    attacker = await ChatClient.connect(app.url, m1.token);
    alice = await ChatClient.connect(app.url, m2.token);
    bob = await ChatClient.connect(app.url, m3.token);
    await alice.subscribe(roomId);
    await bob.subscribe(roomId);
  });
  afterAll(async () => {
    for (const c of [attacker, alice, bob]) c.close();
    await app.close();
  });

  const invalid = { ok: false, error: { code: 'BAD_USER_INPUT' } };

  it.each([
    ['no payload', 'chat:send', undefined],
    ['a string', 'chat:send', 'hello'],
    ['an array', 'chat:subscribe', [1, 2]],
    ['a number for the room', 'chat:send', { roomId: 7, clientId: 'a', text: 'x' }],
    ['a room name instead of an id', 'chat:subscribe', { roomId: 'lobby' }],
    ['a negative sequence', 'chat:subscribe', { roomId: randomUUID(), lastSeq: -5 }],
    ['a string sequence', 'chat:subscribe', { roomId: randomUUID(), lastSeq: '10' }],
    ['an object for the text', 'chat:send', { roomId: randomUUID(), clientId: 'a', text: { evil: true } }],
    ['binary text', 'chat:send', { roomId: randomUUID(), clientId: 'a', text: Buffer.from('hi') }],
    ['a client id with spaces', 'chat:send', { roomId: randomUUID(), clientId: 'a b', text: 'x' }],
    ['typing that is not a boolean', 'chat:typing', { roomId: randomUUID(), typing: 1 }],
  ])('%s', async (_label, event, payload) => {
    expect(await attacker.request(event, payload)).toMatchObject(invalid);
  });

  it('refuses huge text (under the transport limit) with a clear message', async () => {
    const ack = await attacker.request('chat:send', { roomId, clientId: 'huge', text: 'x'.repeat(50_000) });
    expect(ack).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', message: expect.stringMatching(/too long/) },
    });
  });

  it('answers unknown rooms and unknown events', async () => {
    expect(await attacker.request('chat:subscribe', { roomId: randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'room_not_found' },
    });
    expect(await attacker.request('chat:explode', { roomId })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', message: 'Unknown event "chat:explode".' },
    });
  });

  it('throttles a flood of events from one connection without slowing anyone else', async () => {
    const acks = await Promise.all(
      Array.from({ length: 80 }, () => attacker.request('chat:typing', { roomId: 'nope', typing: true })),
    );
    expect(acks.some((a) => !a.ok && a.error.code === 'RATE_LIMITED')).toBe(true);
    const arrived = once<ChatMessagePayload>(bob.socket, 'chat:message');
    const sent = await alice.send(roomId, 'still here');
    expect(sent.ok).toBe(true);
    expect((await arrived).text).toBe('still here');
  });

  it('closes only the connection that sends more than the transport allows', async () => {
    const bully = await ChatClient.connect(app.url, (await membersIn(app, roomId, 1))[0].token);
    bully.socket.off('disconnect');
    const gone = once<string>(bully.socket, 'disconnect');
    bully.socket.emit('chat:send', { roomId, clientId: 'big', text: 'x'.repeat(200_000) });
    expect(await gone).toBe('transport close');
    bully.close();
    const arrived = once<ChatMessagePayload>(bob.socket, 'chat:message');
    expect((await alice.send(roomId, 'and still here')).ok).toBe(true);
    expect((await arrived).text).toBe('and still here');
  });
});
