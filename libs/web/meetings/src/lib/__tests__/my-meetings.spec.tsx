import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyMeetingsPage } from '../pages/MyMeetingsPage';
import { cardMeeting, renderPage } from './render';

function mine(feed: string | null) {
  const meeting = cardMeeting({ saved: true });
  return {
    data: {
      mySavedMeetings: [{ ...meeting, week: meeting.upcoming }],
      myHomeGroup: { __typename: 'MeetingGroup', id: 'g1', name: 'Brooklyn Hope' },
      myCalendarFeed: feed ? { __typename: 'CalendarFeedInfo', createdAt: feed } : null,
    },
  };
}

describe('my meetings', () => {
  it('shows the week, the home group, and makes a private calendar address shown once', async () => {
    let feed: string | null = null;
    const { api } = renderPage(
      <MyMeetingsPage />,
      {
        MyMeetings: () => mine(feed),
        CreateCalendarFeed: () => {
          feed = '2026-11-21T10:00:00.000Z';
          return {
            data: {
              createCalendarFeed: {
                __typename: 'NewCalendarFeed',
                path: '/calendar/meetings.ics?token=secret123',
                createdAt: feed,
              },
            },
          };
        },
        RevokeCalendarFeed: () => {
          feed = null;
          return { data: { revokeCalendarFeed: true } };
        },
      },
      { pattern: '/my-meetings', url: '/my-meetings', signedInAs: {} },
    );
    expect(await screen.findByRole('link', { name: 'Tokyo Evening NA' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Brooklyn Hope' }).getAttribute('href')).toBe('/groups/g1');
    fireEvent.click(screen.getByRole('button', { name: 'Make my calendar address' }));
    const url = (await screen.findByLabelText(
      'Subscribe to this address in your calendar app',
    )) as HTMLInputElement;
    expect(url.value).toBe(`${window.location.origin}/calendar/meetings.ics?token=secret123`);

    fireEvent.click(screen.getByRole('button', { name: 'Turn the calendar feed off' }));
    await waitFor(() =>
      expect(screen.queryByLabelText('Subscribe to this address in your calendar app')).toBeNull(),
    );
    expect(await screen.findByText('You have no calendar feed.')).toBeTruthy();
    expect(api.seen.map((r) => r.operationName)).toEqual(
      expect.arrayContaining(['CreateCalendarFeed', 'RevokeCalendarFeed']),
    );
  });

  it('asks a signed-out visitor to sign in', async () => {
    renderPage(<MyMeetingsPage />, {}, { pattern: '/my-meetings', url: '/my-meetings' });
    expect(await screen.findByRole('link', { name: 'Sign in to see your saved meetings.' })).toBeTruthy();
  });
});
