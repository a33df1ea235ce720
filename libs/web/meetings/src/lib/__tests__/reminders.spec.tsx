import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyMeetingsPage } from '../pages/MyMeetingsPage';
import { cardMeeting, renderPage } from './render';

describe('meeting reminders and the weekly email on My meetings', () => {
  it('sets a reminder for a saved meeting and turns the weekly email on', async () => {
    let reminder: number | null = null;
    let digest = false;
    const meeting = cardMeeting({ saved: true });
    const { api } = renderPage(
      <MyMeetingsPage />,
      {
        MyMeetings: () => ({
          data: {
            mySavedMeetings: [{ ...meeting, week: meeting.upcoming }],
            myHomeGroup: null,
            myCalendarFeed: null,
          },
        }),
        MyMeetingReminderSettings: () => ({
          data: {
            myMeetingReminderSettings: reminder
              ? [{ __typename: 'MeetingReminderSetting', meetingId: 'm1', minutesBefore: reminder }]
              : [],
          },
        }),
        SetMeetingReminder: ({ variables }) => {
          reminder = (variables?.['minutesBefore'] as number | null) ?? null;
          return { data: { setMeetingReminder: reminder } };
        },
        MyWeeklyDigest: () => ({ data: { me: { __typename: 'Account', id: 'u1', weeklyDigest: digest } } }),
        SetWeeklyDigest: ({ variables }) => {
          digest = Boolean(variables?.['enabled']);
          return { data: { setWeeklyDigest: digest } };
        },
      },
      { pattern: '/my-meetings', url: '/my-meetings', signedInAs: {} },
    );
    const select = (await screen.findByLabelText('Remind me before Tokyo Evening NA')) as HTMLSelectElement;
    expect(select.value).toBe('');
    fireEvent.change(select, { target: { value: '60' } });
    expect(await screen.findByText('Reminder set: 60 minutes before.')).toBeTruthy();
    await waitFor(() => expect(select.value).toBe('60'));
    expect(api.seen.find((r) => r.operationName === 'SetMeetingReminder')?.variables).toEqual({
      meetingId: 'm1',
      minutesBefore: 60,
    });

    const box = screen.getByLabelText(
      'Email me my saved meetings for the week, on Sunday evenings',
    ) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(true));
    expect(digest).toBe(true);
  });
});
