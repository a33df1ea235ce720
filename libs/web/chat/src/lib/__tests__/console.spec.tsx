import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChatRoomsPage } from '../pages/ChatRoomsPage';
import { ModerationPage } from '../pages/ModerationPage';
import { FakeSocket, renderChat } from './render';
import { gqlMessage, room } from './fixtures';

const rooms = (list: ReturnType<typeof room>[]) => ({
  data: { chatRooms: { __typename: 'ChatRoomPage', rooms: list, hasMore: false, endCursor: null } },
});

describe('the room list', () => {
  it('lists your rooms first, with translated topic names, and joins a room', async () => {
    const { api } = renderChat(<ChatRoomsPage />, {
      ChatRooms: () =>
        rooms([room(), room({ id: 'r2', key: 'topic:smart-tools', name: 'SMART tools', membership: null })]),
      JoinChatRoom: () => ({
        data: { joinChatRoom: room({ id: 'r2', key: 'topic:smart-tools', membership: 'JOINED' }) },
      }),
    });
    expect(await screen.findByRole('heading', { name: 'Your rooms' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'First 30 days' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Join SMART tools' }));
    await waitFor(() => expect(api.seen.some((r) => r.operationName === 'JoinChatRoom')).toBe(true));
    expect(api.seen.find((r) => r.operationName === 'JoinChatRoom')?.variables).toEqual({ roomId: 'r2' });
    expect(await screen.findByText('elsewhere')).toBeTruthy();
  });
});

const queue = {
  data: {
    chatModerationQueue: {
      __typename: 'ChatModerationQueue',
      hasMore: false,
      endCursor: null,
      items: [
        {
          __typename: 'ChatModerationItem',
          roomName: 'First 30 days',
          urgent: true,
          crisis: 'SUICIDE',
          reportCount: 1,
          reports: [
            {
              __typename: 'ChatReportSummary',
              reason: 'SOMEONE_AT_RISK',
              note: 'worried',
              createdAt: '2026-11-02T18:00:00.000Z',
            },
          ],
          message: gqlMessage(7, { text: 'I cannot go on' }),
          state: itemState(),
        },
      ],
    },
  },
};

function itemState(claimedBy: string | null = null) {
  return {
    __typename: 'ModerationItemState',
    itemType: 'MESSAGE',
    itemId: 'm7',
    acknowledgedAt: null,
    acknowledgedBy: null,
    claim: claimedBy
      ? {
          __typename: 'ModerationClaim',
          at: '2026-11-02T18:01:00.000Z',
          by: { __typename: 'ChatAuthor', id: 'm2', displayName: claimedBy },
        }
      : null,
  };
}
const noRequests = () => ({ data: { moderatorCheckInRequests: [] } });

describe('the moderator console', () => {
  it('shows urgent items first and acts on them only with a reason', async () => {
    const socket = new FakeSocket();
    let resolved = false;
    const empty = { data: { chatModerationQueue: { ...queue.data.chatModerationQueue, items: [] } } };
    const { api } = renderChat(
      <ModerationPage />,
      {
        ChatRooms: () => rooms([room({ canModerate: true })]),
        ChatModerationQueue: () => (resolved ? empty : queue),
        ModeratorCheckInRequests: noRequests,
        ModerateChatMessage: () => ({
          data: { moderateChatMessage: { __typename: 'ChatMessage', id: 'm7', status: 'HIDDEN' } },
        }),
      },
      { role: 'MODERATOR', path: '/chat/moderation', socket },
    );
    expect(await screen.findByText('I cannot go on')).toBeTruthy();
    expect(screen.getByText('Urgent')).toBeTruthy();
    expect(screen.getByText('Crisis language: suicide')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(await screen.findByText(/Write a reason of at least 3 characters first/)).toBeTruthy();
    expect(api.seen.some((r) => r.operationName === 'ModerateChatMessage')).toBe(false);
    fireEvent.change(screen.getByLabelText(/^Reason/), { target: { value: 'Checking in privately' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    await waitFor(() =>
      expect(api.seen.find((r) => r.operationName === 'ModerateChatMessage')?.variables).toEqual({
        input: { messageId: 'm7', action: 'HIDE', reason: 'Checking in privately' },
      }),
    );
    // The live queue drops it, but the moderator who acted keeps it, to follow up on the author.
    resolved = true;
    const queueReads = api.seen.filter((r) => r.operationName === 'ChatModerationQueue').length;
    socket.serverEmit('moderation:changed', {
      itemType: 'message',
      itemId: 'm7',
      roomId: 'r1',
      change: 'resolved',
      urgent: true,
      by: { id: 'a1', displayName: 'Ana' },
    });
    await waitFor(() =>
      expect(api.seen.filter((r) => r.operationName === 'ChatModerationQueue').length).toBeGreaterThan(
        queueReads,
      ),
    );
    expect(await screen.findByText(/^Hidden ·/)).toBeTruthy();
    expect(screen.getByText('I cannot go on')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Time out author' })).toBeTruthy();
  });

  it('updates live: another moderator’s claim shows without a reload, and taking over is explicit', async () => {
    const socket = new FakeSocket();
    let claimed = false;
    const { api } = renderChat(
      <ModerationPage />,
      {
        ChatRooms: () => rooms([room({ canModerate: true })]),
        ChatModerationQueue: () => ({
          data: {
            chatModerationQueue: {
              ...queue.data.chatModerationQueue,
              items: [
                { ...queue.data.chatModerationQueue.items[0], state: itemState(claimed ? 'Alex M.' : null) },
              ],
            },
          },
        }),
        ModeratorCheckInRequests: noRequests,
        ClaimModerationItem: () => ({ data: { claimModerationItem: itemState('Ana') } }),
      },
      { role: 'MODERATOR', path: '/chat/moderation', socket },
    );
    expect(await screen.findByText('Nobody is handling this yet · not acknowledged yet')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Acknowledge' })).toBeTruthy();
    claimed = true;
    socket.serverEmit('moderation:changed', {
      itemType: 'message',
      itemId: 'm7',
      roomId: 'r1',
      change: 'claimed',
      urgent: true,
      by: { id: 'm2', displayName: 'Alex M.' },
    });
    expect(await screen.findByText(/Being handled by Alex M\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Take over' }));
    await waitFor(() =>
      expect(api.seen.find((r) => r.operationName === 'ClaimModerationItem')?.variables).toEqual({
        input: { itemType: 'MESSAGE', itemId: 'm7', takeOver: true },
      }),
    );
  });

  it('is closed to members who moderate nothing', async () => {
    renderChat(<ModerationPage />, { ChatRooms: () => rooms([room()]) }, { path: '/chat/moderation' });
    expect(await screen.findByText('Only moderators can open the console.')).toBeTruthy();
  });

  it('shows the audit log tab to admins only', async () => {
    renderChat(
      <ModerationPage />,
      {
        ChatRooms: () => rooms([room({ canModerate: true })]),
        ChatModerationQueue: () => queue,
        ModeratorCheckInRequests: noRequests,
      },
      { role: 'MODERATOR', path: '/chat/moderation' },
    );
    expect(await screen.findByRole('button', { name: 'Queue' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Audit log' })).toBeNull();
  });
});
