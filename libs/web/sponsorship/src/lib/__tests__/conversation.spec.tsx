import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DmMessagePayload } from '@kinship/shared/contracts';
import { ConversationPage } from '../pages/ConversationPage';
import { FakeSocket, renderPage } from './render';

const msg = (seq: number, senderId = 'u2', text = `message ${seq}`): DmMessagePayload => ({
  id: `m${seq}`,
  sponsorshipId: 's1',
  seq,
  senderId,
  clientId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  text,
  createdAt: '2026-11-02T18:00:00.000Z',
});
const sponsorship = {
  __typename: 'Sponsorship',
  id: 's1',
  myRole: 'SPONSEE',
  status: 'ACTIVE',
  program: 'NA',
  kind: 'SPONSOR',
  temporary: false,
  requestMessage: '',
  declineReason: null,
  endReason: null,
  endedByMe: false,
  requestedAt: '2026-11-01T10:00:00.000Z',
  startedAt: '2026-11-01T11:00:00.000Z',
  endedAt: null,
  checkInDue: false,
  checkInDueAt: null,
  lastSeq: 3,
  myReadSeq: 0,
  otherReadSeq: 0,
  unreadCount: 3,
  other: {
    __typename: 'SponsorshipParty',
    id: 'u2',
    displayName: 'Maria G.',
    handle: 'M4RG',
    badge: 'SPONSOR',
    bio: '',
  },
};
const history = {
  data: {
    sponsorshipMessages: {
      __typename: 'SponsorshipMessagePage',
      hasOlder: false,
      olderCursor: null,
      messages: [msg(1), msg(2)].map((m) => ({ __typename: 'SponsorshipMessage', ...m })),
    },
  },
};
const joined = (messages: DmMessagePayload[]) => ({
  ok: true,
  data: { sponsorshipId: 's1', messages, hasMore: false, lastSeq: 0, myReadSeq: 0, otherReadSeq: 0 },
});

function open(socket: FakeSocket) {
  return renderPage(
    <ConversationPage />,
    { Sponsorship: () => ({ data: { sponsorship } }), SponsorshipMessages: () => history },
    { path: '/sponsorship/messages/s1', pattern: '/sponsorship/messages/:id', socket },
  );
}

const shown = () =>
  [...document.querySelectorAll('.messages [data-seq]')].map((li) => Number(li.getAttribute('data-seq')));

describe('private messages', () => {
  it('loads history, catches up from the last message, and sends read receipts', async () => {
    const joins: unknown[] = [];
    const socket = new FakeSocket({
      'dm:join': (payload: unknown) => {
        joins.push(payload);
        return joined([msg(3)]);
      },
    });
    open(socket);
    expect(await screen.findByRole('heading', { name: 'Messages with Maria G.' })).toBeTruthy();
    await waitFor(() => expect(shown()).toEqual([1, 2, 3]));
    expect(joins).toEqual([{ sponsorshipId: 's1', afterSeq: 2 }]);
    await waitFor(() =>
      expect(socket.sent.filter((s) => s.event === 'dm:read').at(-1)?.payload).toEqual({
        sponsorshipId: 's1',
        seq: 3,
      }),
    );
  });

  it('shows each message once however it arrives, and reconnects from where it was', async () => {
    let next = joined([]);
    const socket = new FakeSocket({
      'dm:join': () => next,
      'dm:send': (payload: { clientId: string; text: string }) => ({
        ok: true,
        data: {
          message: { ...msg(3, 'a1', payload.text), clientId: payload.clientId },
          duplicate: false,
          crisis: null,
        },
      }),
    });
    open(socket);
    await waitFor(() => expect(shown()).toEqual([1, 2]));

    fireEvent.change(screen.getByLabelText('Your message'), { target: { value: 'Thank you for today' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(shown()).toEqual([1, 2, 3]));
    const sent = socket.sent.find((s) => s.event === 'dm:send')?.payload as {
      clientId: string;
      text: string;
    };
    expect(sent.text).toBe('Thank you for today');
    expect(sent.clientId).toMatch(/^[0-9a-f-]{36}$/);
    // the same message arriving live again is not shown twice
    act(() =>
      socket.serverEmit('dm:message', { ...msg(3, 'a1', 'Thank you for today'), clientId: sent.clientId }),
    );
    expect(shown()).toEqual([1, 2, 3]);

    act(() => socket.drop());
    expect(await screen.findByText(/Reconnecting…/)).toBeTruthy();
    next = joined([msg(3, 'a1', 'Thank you for today'), msg(4), msg(5)]);
    act(() => void socket.connect());
    await waitFor(() => expect(shown()).toEqual([1, 2, 3, 4, 5]));
    expect(socket.sent.filter((s) => s.event === 'dm:join').at(-1)?.payload).toEqual({
      sponsorshipId: 's1',
      afterSeq: 3,
    });
    expect(screen.queryByText(/Reconnecting…/)).toBeNull();
  });

  it('keeps a message written while offline and sends it, once, after reconnecting', async () => {
    const sends: { clientId: string }[] = [];
    const socket = new FakeSocket({
      'dm:join': () => joined([]),
      'dm:send': (payload: { clientId: string; text: string }) => {
        sends.push(payload);
        return {
          ok: true,
          data: {
            message: { ...msg(3, 'a1', payload.text), clientId: payload.clientId },
            duplicate: false,
            crisis: null,
          },
        };
      },
    });
    open(socket);
    await waitFor(() => expect(shown()).toEqual([1, 2]));
    act(() => socket.drop());
    fireEvent.change(screen.getByLabelText('Your message'), { target: { value: 'Are you there?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByText('Sending…')).toBeTruthy();
    expect(sends).toHaveLength(0);
    act(() => void socket.connect());
    await waitFor(() => expect(shown()).toEqual([1, 2, 3]));
    expect(sends).toHaveLength(1);
  });

  it('shows crisis help privately right after such a message, and closes when the relationship ends', async () => {
    const socket = new FakeSocket({
      'dm:join': () => joined([]),
      'dm:send': (payload: { clientId: string; text: string }) => ({
        ok: true,
        data: {
          message: { ...msg(3, 'a1', payload.text), clientId: payload.clientId },
          duplicate: false,
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
    fireEvent.change(screen.getByLabelText('Your message'), { target: { value: 'I want to die' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(
      await screen.findByRole('heading', { name: 'You are not alone. Help is here right now.' }),
    ).toBeTruthy();
    const links = screen.getAllByRole('link', { name: /988/ }).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['tel:988', 'sms:988']);

    act(() => socket.serverEmit('dm:closed', { sponsorshipId: 's1' }));
    expect(await screen.findByText(/This conversation has ended/)).toBeTruthy();
    expect(screen.queryByLabelText('Your message')).toBeNull();
  });

  it('leaves the conversation and removes its listeners when the view goes; the socket stays open', async () => {
    const socket = new FakeSocket({ 'dm:join': () => joined([]) });
    const { navigate } = open(socket);
    await waitFor(() => expect(shown()).toEqual([1, 2]));
    await waitFor(() => expect(socket.sentOf('dm:join')).toHaveLength(1));
    const dmListeners = () => socket.listenerCount((event) => event.startsWith('dm:'));
    expect(dmListeners()).toBeGreaterThan(0);

    await act(() => navigate('/somewhere-else'));
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(socket.sentOf('dm:leave')).toEqual([{ sponsorshipId: 's1' }]);
    expect(dmListeners()).toBe(0);
    expect(socket.connected).toBe(true);
  });
});
