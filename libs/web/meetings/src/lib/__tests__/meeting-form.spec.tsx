import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingFormPage } from '../admin/MeetingFormPage';
import { finderOptions, renderPage } from './render';

describe('meeting form', () => {
  it('shows the API’s explanation next to the field that is wrong', async () => {
    const { api } = renderPage(
      <MeetingFormPage />,
      {
        MeetingFormOptions: finderOptions,
        CreateMeeting: () => ({
          data: null,
          errors: [
            {
              message:
                'startTime must be a time of day from 00:00 to 23:59 written HH:MM, like 19:30 (got "25:00")',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  {
                    field: 'startTime',
                    message:
                      'startTime must be a time of day from 00:00 to 23:59 written HH:MM, like 19:30 (got "25:00")',
                  },
                ],
              },
            },
          ],
        }),
      },
      { pattern: '/admin/meetings/new', url: '/admin/meetings/new', signedInAs: { role: 'ADMIN' } },
    );
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Late Night' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
    fireEvent.change(screen.getByLabelText('Starts at'), { target: { value: '25:00' } });
    fireEvent.change(screen.getByLabelText('Street address'), { target: { value: '1 Main St' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create meeting' }));
    const start = screen.getByLabelText('Starts at');
    await waitFor(() => expect(start.getAttribute('aria-invalid')).toBe('true'));
    const described = (start.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described.join(' ')).toContain('(got "25:00")');
    const input = api.seen.find((r) => r.operationName === 'CreateMeeting')!.variables['input'] as Record<
      string,
      unknown
    >;
    expect(input).toMatchObject({
      name: 'Late Night',
      days: [1],
      startTime: '25:00',
      attendance: 'IN_PERSON',
      address: '1 Main St',
    });
  });

  it('asks for a link or phone when the meeting is online', async () => {
    renderPage(
      <MeetingFormPage />,
      { MeetingFormOptions: finderOptions },
      {
        pattern: '/admin/meetings/new',
        url: '/admin/meetings/new',
        signedInAs: { role: 'ADMIN' },
      },
    );
    fireEvent.click(await screen.findByRole('radio', { name: 'Online' }));
    expect(screen.getByLabelText('Video link')).toBeTruthy();
    expect(screen.getByLabelText('Dial-in number')).toBeTruthy();
    expect(screen.queryByLabelText('Street address')).toBeNull();
  });

  it('suggests the time zone of the pin, asked of our own server', async () => {
    const { api } = renderPage(
      <MeetingFormPage />,
      {
        MeetingFormOptions: finderOptions,
        TimeZoneAt: ({ variables }) => ({
          data: { timeZoneAt: variables['latitude'] === 33.45 ? 'America/Phoenix' : 'America/New_York' },
        }),
      },
      { pattern: '/admin/meetings/new', url: '/admin/meetings/new', signedInAs: { role: 'ADMIN' } },
    );
    const zone = (await screen.findByLabelText('Time zone')) as HTMLInputElement;
    fireEvent.change(zone, { target: { value: 'America/New_York' } });
    fireEvent.change(screen.getByLabelText(/^Latitude/), { target: { value: '33.45' } });
    fireEvent.change(screen.getByLabelText(/^Longitude/), { target: { value: '-112.07' } });
    await screen.findByText('These coordinates are in the America/Phoenix time zone.');
    expect(api.seen.find((r) => r.operationName === 'TimeZoneAt')!.variables).toEqual({
      latitude: 33.45,
      longitude: -112.07,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Use America/Phoenix' }));
    expect(zone.value).toBe('America/Phoenix');
    expect(screen.queryByText(/These coordinates are in/)).toBeNull();
  });
});
