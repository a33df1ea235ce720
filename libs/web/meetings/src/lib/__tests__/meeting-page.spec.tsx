import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingPage } from '../pages/MeetingPage';
import { renderPage } from './render';

const at = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

function meeting(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Meeting',
    id: 'm1',
    name: 'Tokyo Evening NA',
    notes: 'Newcomers welcome.',
    attendance: 'ONLINE',
    days: [1],
    startTime: '19:00',
    endTime: '20:00',
    durationMinutes: 60,
    timeZone: 'Asia/Tokyo',
    regions: ['Online'],
    url: null,
    feedbackUrl: null,
    published: true,
    chatRoomKey: 'meeting:m1',
    icsPath: '/meetings/m1.ics',
    saved: false,
    canEdit: false,
    program: { __typename: 'RecoveryProgram', code: 'NA', name: 'Narcotics Anonymous' },
    group: null,
    types: [{ __typename: 'MeetingType', code: 'O', name: 'Open' }],
    location: null,
    online: {
      __typename: 'OnlineAccess',
      url: 'https://us02web.zoom.us/j/123',
      provider: 'Zoom',
      urlNotes: 'Passcode: 12steps',
      phone: '+16465588656,,123#',
      phoneNotes: null,
    },
    upcoming: [
      { __typename: 'MeetingOccurrence', start: at(-5), end: at(55), inProgress: true, startsInMinutes: -5 },
      {
        __typename: 'MeetingOccurrence',
        start: at(7 * 1440 - 5),
        end: at(7 * 1440 + 55),
        inProgress: false,
        startsInMinutes: 10075,
      },
    ],
    ...overrides,
  };
}

const page = (m: ReturnType<typeof meeting>, signedIn = false, handlers = {}) =>
  renderPage(
    <MeetingPage />,
    { MeetingPage: () => ({ data: { meeting: m } }), ...handlers },
    {
      pattern: '/meetings/:id',
      url: '/meetings/m1',
      signedInAs: signedIn ? {} : undefined,
    },
  );

describe('meeting page', () => {
  it('opens the meeting’s own chat room by its key, and asks visitors to sign in first', async () => {
    const opened: unknown[] = [];
    page(meeting(), true, {
      OpenMeetingChatRoom: ({ variables }: { variables: Record<string, unknown> }) => {
        opened.push(variables);
        return { data: { openChatRoom: { __typename: 'ChatRoom', id: 'room-7' } } };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Chat before and after' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/chat/room-7'));
    expect(opened).toEqual([{ key: 'meeting:m1' }]);
  });

  it('sends a visitor to sign in before the meeting’s chat', async () => {
    page(meeting());
    const link = await screen.findByRole('link', { name: 'Sign in to chat before and after' });
    expect(link.getAttribute('href')).toBe('/sign-in');
  });

  it('makes "Join on Zoom" prominent while the meeting is on, with the dial-in and calendar file', async () => {
    page(meeting());
    const join = await screen.findByRole('link', { name: 'Join on Zoom' });
    expect(join.getAttribute('href')).toBe('https://us02web.zoom.us/j/123');
    expect(join.className).toContain('button--primary');
    expect(screen.getByRole('link', { name: '+16465588656,,123#' }).getAttribute('href')).toBe(
      'tel:+16465588656,,123%23',
    );
    const ics = screen.getByRole('link', { name: 'Add to calendar' });
    expect(ics.getAttribute('href')).toBe('/meetings/m1.ics');
    expect(ics.hasAttribute('download')).toBe(true);
    expect(screen.getByText(/On now: 55 minutes left/)).toBeTruthy();
  });

  it('shows when it meets in its own zone and, when different, in the viewer’s zone', async () => {
    page(meeting());
    // 12-hour times in English, as the rest of the app writes them
    expect(await screen.findByText(/^Every Monday, 7:00\sPM–8:00\sPM \(Asia\/Tokyo time\)$/)).toBeTruthy();
    // jsdom runs in the machine's zone; Tokyo time differs from it unless the machine is in Japan
    if (Intl.DateTimeFormat().resolvedOptions().timeZone !== 'Asia/Tokyo') {
      expect(screen.getByRole('heading', { name: /In your time/ })).toBeTruthy();
      expect(screen.getAllByText(/in Asia\/Tokyo/).length).toBe(2);
    }
  });

  it('says "Every day" for a meeting held all seven days', async () => {
    page(meeting({ days: [0, 1, 2, 3, 4, 5, 6] }));
    expect(await screen.findByText(/^Every day, 7:00\sPM–8:00\sPM \(Asia\/Tokyo time\)$/)).toBeTruthy();
  });

  it('keeps "Join" quiet when the meeting is days away', async () => {
    page(
      meeting({
        upcoming: [
          {
            __typename: 'MeetingOccurrence',
            start: at(3000),
            end: at(3060),
            inProgress: false,
            startsInMinutes: 3000,
          },
        ],
      }),
    );
    const join = await screen.findByRole('link', { name: 'Join on Zoom' });
    expect(join.className).toContain('button--secondary');
    expect(screen.getByText(/^Next: /)).toBeTruthy();
  });

  it('gives directions for in-person meetings and says when the venue is closed', async () => {
    page(
      meeting({
        attendance: 'IN_PERSON',
        online: null,
        location: {
          __typename: 'MeetingLocation',
          venue: 'St. Ann’s Hall',
          formattedAddress: '1 Main St, New York, NY 10001, USA',
          notes: 'Basement',
          latitude: 40.7,
          longitude: -74,
          approximate: false,
          active: true,
          directionsUrl: 'https://www.openstreetmap.org/directions?to=40.700000%2C-74.000000',
        },
      }),
    );
    expect(
      (await screen.findByRole('link', { name: 'Directions (OpenStreetMap)' })).getAttribute('href'),
    ).toContain('openstreetmap.org/directions');
    expect(screen.queryByRole('link', { name: /Join/ })).toBeNull();
  });

  it('lets a signed-in member save it, and asks others to sign in', async () => {
    const { api } = page(meeting(), true, {
      SaveMeeting: () => ({ data: { saveMeeting: { __typename: 'Meeting', id: 'm1', saved: true } } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Save to my meetings' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Saved to my meetings' })).toBeTruthy());
    expect(api.seen.find((r) => r.operationName === 'SaveMeeting')?.authorization).toBe('Bearer t1');
  });

  it('says plainly when a meeting does not exist', async () => {
    renderPage(
      <MeetingPage />,
      {
        MeetingPage: () => ({
          errors: [{ message: 'There is no meeting with that id.', extensions: { code: 'NOT_FOUND' } }],
          data: null,
        }),
      },
      { pattern: '/meetings/:id', url: '/meetings/nope' },
    );
    expect(await screen.findByText(/There is no meeting at this address/)).toBeTruthy();
  });
});
