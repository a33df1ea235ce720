import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChatSendResult } from '@kinship/shared/contracts';
import { ChatRoomPage } from '../pages/ChatRoomPage';
import { FakeSocket, renderChat } from './render';
import { payload, ROOM_ID, roomHandlers, subscribed } from './fixtures';

const shown = () =>
  [...document.querySelectorAll('.chat-messages [data-seq]')].map((li) =>
    Number(li.getAttribute('data-seq')),
  );

function open(socket: FakeSocket, handlers: Parameters<typeof renderChat>[1] = roomHandlers) {
  return renderChat(<ChatRoomPage />, handlers, {
    path: `/chat/${ROOM_ID}`,
    pattern: '/chat/:roomId',
    socket,
  });
}

const typeAndSend = (text: string) => {
  fireEvent.change(screen.getByLabelText('Your message'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Send' }));
};

describe('a chat room', () => {
  it('shows history, catches up from the newest message, and puts early messages in order', async () => {
    const socket = new FakeSocket({ 'chat:subscribe': () => subscribed([payload(3)]) });
    open(socket);
    expect(await screen.findByRole('heading', { name: 'First 30 days' })).toBeTruthy();
    await waitFor(() => expect(shown()).toEqual([1, 2, 3]));
    expect(socket.sentOf('chat:subscribe')).toEqual([{ roomId: ROOM_ID, lastSeq: 2, lastModSeq: 0 }]);
    expect(screen.getByText('Connected')).toBeTruthy();

    // 5 comes before 4 (through another server): it waits, the client catches up, both show in order
    socket.acks['chat:subscribe'] = () => subscribed([payload(4), payload(5)]);
    act(() => socket.serverEmit('chat:message', payload(5)));
    await waitFor(() => expect(shown()).toEqual([1, 2, 3, 4, 5]));
    expect(socket.sentOf('chat:subscribe').at(-1)).toEqual({ roomId: ROOM_ID, lastSeq: 3, lastModSeq: 0 });
  });

  it('says when the connection is lost, and resubscribes from the last message when it is back', async () => {
    const socket = new FakeSocket({ 'chat:subscribe': () => subscribed([]) });
    open(socket);
    await waitFor(() => expect(shown()).toEqual([1, 2]));
    act(() => socket.drop());
    expect(await screen.findByText(/Connection lost\. Reconnecting/)).toBeTruthy();
    socket.acks['chat:subscribe'] = () => subscribed([payload(3)]);
    act(() => {
      socket.connect();
    });
    await waitFor(() => expect(shown()).toEqual([1, 2, 3]));
    expect(socket.sentOf('chat:subscribe').at(-1)).toEqual({ roomId: ROOM_ID, lastSeq: 2, lastModSeq: 0 });
  });

  it('sends with a client id and shows the message once the server has it', async () => {
    const socket = new FakeSocket({
      'chat:subscribe': () => subscribed([]),
      'chat:send': (p: { clientId: string; text: string }): { ok: true; data: ChatSendResult } => ({
        ok: true,
        data: {
          status: 'sent',
          crisis: null,
          message: payload(3, {
            clientId: p.clientId,
            text: p.text,
            author: { id: 'a1', displayName: 'Ana R.', handle: 'AN7R', badge: null },
          }),
        },
      }),
    });
    open(socket);
    await waitFor(() => expect(shown()).toEqual([1, 2]));
    typeAndSend('Day 3 and still here');
    await waitFor(() => expect(shown()).toEqual([1, 2, 3]));
    const sent = socket.sentOf('chat:send')[0] as { clientId: string; text: string; roomId: string };
    expect(sent).toMatchObject({ roomId: ROOM_ID, text: 'Day 3 and still here' });
    expect(sent.clientId).toMatch(/.{8,}/);
    expect(screen.getByText('Day 3 and still here')).toBeTruthy();
  });

  it('shows crisis help privately, at once, when the server flags the message', async () => {
    const socket = new FakeSocket({
      'chat:subscribe': () => subscribed([]),
      'chat:send': (p: { clientId: string; text: string }) => ({
        ok: true,
        data: {
          status: 'sent',
          message: payload(3, { clientId: p.clientId, text: p.text }),
          crisis: {
            kind: 'suicide',
            lines: [{ id: '988', name: '988 Suicide & Crisis Lifeline', call: '988', text: '988' }],
            steps: [],
          },
        },
      }),
    });
    open(socket);
    await waitFor(() => expect(shown()).toEqual([1, 2]));
    typeAndSend("I don't want to live anymore");
    const dialog = await screen.findByRole('dialog', { name: 'You are not alone. Help is here right now.' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(dialog.querySelector('a[href="tel:988"]')).toBeTruthy();
    expect(dialog.querySelector('a[href="sms:988"]')).toBeTruthy();
    expect(dialog.textContent).toMatch(/Only you can see this/);
    // Escape closes it and the member is back in the composer.
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByLabelText('Your message'));
  });

  it('shows the overdose steps when the server says overdose', async () => {
    const socket = new FakeSocket({ 'chat:subscribe': () => subscribed([]) });
    open(socket);
    await waitFor(() => expect(shown()).toEqual([1, 2]));
    act(() =>
      socket.serverEmit('chat:crisis', {
        roomId: ROOM_ID,
        messageId: 'm9',
        kind: 'overdose',
        lines: [{ id: 'emergency', name: 'Emergency', call: '911' }],
        steps: [],
      }),
    );
    const panel = await screen.findByRole('dialog', { name: 'You are not alone. Help is here right now.' });
    expect(panel.textContent).toMatch(/naloxone/i);
    expect(panel.textContent).toMatch(/rescue position/i);
    expect(panel.querySelector('a[href="tel:911"]')).toBeTruthy();
  });

  it('tells a member why they cannot post when a moderator times them out, and when it ends', async () => {
    const socket = new FakeSocket({ 'chat:subscribe': () => subscribed([]) });
    open(socket);
    await waitFor(() => expect(shown()).toEqual([1, 2]));
    // the sanction comes after the room is joined (the join's answer says "no restriction" as of then)
    await waitFor(() => expect(socket.sentOf('chat:subscribe')).toHaveLength(1));
    await act(async () => undefined);
    const until = new Date(Date.now() + 30 * 60_000).toISOString();
    act(() =>
      socket.serverEmit('chat:sanction', { roomId: ROOM_ID, kind: 'timeout', until, reason: 'Cool down' }),
    );
    expect(await screen.findByText(/A moderator paused your posting in this room until/)).toBeTruthy();
    expect(screen.getByText('Their reason: Cool down')).toBeTruthy();
    expect(screen.queryByLabelText('Your message')).toBeNull();
    act(() =>
      socket.serverEmit('chat:sanction', { roomId: ROOM_ID, kind: 'lifted', until: null, reason: 'ok' }),
    );
    expect(await screen.findByLabelText('Your message')).toBeTruthy();
  });

  it('explains a refused message and a held one', async () => {
    const socket = new FakeSocket({
      'chat:subscribe': () => subscribed([]),
      'chat:send': (p: { text: string; clientId: string }) =>
        p.text === 'meet up?'
          ? {
              ok: true,
              data: {
                status: 'held',
                messageId: 'h1',
                clientId: p.clientId,
                reason: 'filter',
                explanation: 'x',
                crisis: null,
              },
            }
          : {
              ok: false,
              error: { code: 'RATE_LIMITED', message: 'slow', reason: 'slow_mode', retryAfterSeconds: 20 },
            },
    });
    open(socket);
    await waitFor(() => expect(shown()).toEqual([1, 2]));
    typeAndSend('hello again');
    expect(
      await screen.findByText(/This room is in slow mode\. You can post again in 20 seconds\./),
    ).toBeTruthy();
    typeAndSend('meet up?');
    expect(await screen.findByText(/Waiting for a moderator\. Only you can see this\./)).toBeTruthy();
    expect(screen.getByText(/uses a word or phrase this room reviews first/)).toBeTruthy();
  });

  it('reports a message with a reason', async () => {
    const socket = new FakeSocket({ 'chat:subscribe': () => subscribed([]) });
    const { api } = open(socket, {
      ...roomHandlers,
      ReportChatMessage: () => ({
        data: {
          reportChatMessage: { __typename: 'ChatReportResult', received: true, hiddenPendingReview: false },
        },
      }),
    });
    await waitFor(() => expect(shown()).toEqual([1, 2]));
    fireEvent.click(screen.getAllByRole('button', { name: 'Report the message from Maria G. #M4RG' })[0]);
    fireEvent.change(screen.getByLabelText('What is wrong?'), { target: { value: 'SPAM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText(/Thank you\. Moderators will look at it/)).toBeTruthy();
    expect(api.seen.find((r) => r.operationName === 'ReportChatMessage')?.variables).toEqual({
      input: { messageId: 'm1', reason: 'SPAM', note: '' },
    });
  });

  it('leaves the room and removes its listeners when the view goes; the socket stays for the rest of the app', async () => {
    const socket = new FakeSocket({ 'chat:subscribe': () => subscribed([payload(3)]) });
    const { navigate } = open(socket);
    await waitFor(() => expect(shown()).toEqual([1, 2, 3])); // subscribed, and caught up
    const chatListeners = () => socket.listenerCount((event) => event.startsWith('chat:'));
    expect(chatListeners()).toBeGreaterThan(0);

    await act(() => navigate('/somewhere-else'));
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(socket.sentOf('chat:unsubscribe')).toEqual([{ roomId: ROOM_ID }]);
    expect(chatListeners()).toBe(0);
    expect(socket.connected).toBe(true);
  });

  it('leaves a room it was still joining when the view went', async () => {
    let answer: (ack: unknown) => void = () => undefined;
    const socket = new FakeSocket({
      'chat:subscribe': () => new Promise((resolve) => (answer = resolve)),
    });
    const { navigate } = open(socket);
    await waitFor(() => expect(socket.sentOf('chat:subscribe')).toHaveLength(1));
    await act(() => navigate('/somewhere-else'));
    await act(async () => answer(subscribed([])));
    // Once as the view went, once more when the server answered (it may have joined after the first).
    expect(socket.sentOf('chat:unsubscribe')).toEqual([{ roomId: ROOM_ID }, { roomId: ROOM_ID }]);
  });
});
