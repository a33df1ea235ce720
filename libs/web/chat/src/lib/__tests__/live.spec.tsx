import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModerationNavLink } from '../live/ModerationNavLink';
import { RequestCheckInButton } from '../live/RequestCheckInButton';
import { useCountInTitle } from '../live/useCountInTitle';
import { FakeSocket, renderChat } from './render';

function Titled({ count }: { count: number }) {
  useCountInTitle(count);
  return null;
}

describe('the count in the tab title', () => {
  it('puts the count in front of whatever title a page sets, and takes it away at 0', async () => {
    document.title = 'Moderator console · Kinship';
    const view = render(<Titled count={2} />);
    expect(document.title).toBe('(2) Moderator console · Kinship');
    document.title = 'Group chat · Kinship';
    await waitFor(() => expect(document.title).toBe('(2) Group chat · Kinship'));
    view.rerender(<Titled count={0} />);
    expect(document.title).toBe('Group chat · Kinship');
  });
});

describe('the moderation link in the navigation', () => {
  it('shows the open count and refreshes it when the socket says the queue changed', async () => {
    const socket = new FakeSocket();
    let open = 1;
    renderChat(
      <ModerationNavLink />,
      { ModerationQueueCount: () => ({ data: { moderationQueueCount: { open, urgent: 1 } } }) },
      { role: 'MODERATOR', socket },
    );
    expect((await screen.findByTestId('moderation-count')).textContent).toBe('1');
    expect(screen.getByText('1 open item, 1 urgent')).toBeTruthy();
    open = 2;
    socket.serverEmit('chat:alert', {
      roomId: 'r1',
      messageId: 'm9',
      kind: 'crisis',
      urgent: true,
      crisis: 'overdose',
    });
    await waitFor(() => expect(screen.getByTestId('moderation-count').textContent).toBe('2'));
  });
});

describe('Ask a moderator to check in on me', () => {
  it('asks once, with the kind, and says what happens next', async () => {
    const { api } = renderChat(
      <RequestCheckInButton kind="OVERDOSE" />,
      { RequestModeratorCheckIn: () => ({ data: { requestModeratorCheckIn: true } }) },
      { path: '/help' },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Ask a moderator to check in on me' }));
    expect(await screen.findByText('A moderator has been asked')).toBeTruthy();
    expect(api.seen.find((r) => r.operationName === 'RequestModeratorCheckIn')?.variables).toEqual({
      kind: 'OVERDOSE',
    });
    expect(screen.getByRole('link', { name: 'Your moderator check-ins' }).getAttribute('href')).toBe(
      '/check-ins',
    );
  });
});
