import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyRecoveryPage } from '../recovery/MyRecoveryPage';
import { recovery } from './fixtures';
import { callsTo, renderPage } from './render';

const page = (handlers: Parameters<typeof renderPage>[1], signedInAs?: null) =>
  renderPage(<MyRecoveryPage />, handlers, { path: '/toolkit/recovery', signedInAs });

describe('My recovery', () => {
  it('shows the day counter, celebrates a milestone reached today, and names the next one', async () => {
    page({ MyRecovery: () => ({ data: { myRecovery: recovery() } }) });
    expect(await screen.findByRole('heading', { name: '30 days' })).toBeTruthy();
    expect(screen.getByText('Clean since January 1, 2026')).toBeTruthy();
    const celebration = screen.getByRole('region', { name: 'A milestone: 30 days' });
    expect(within(celebration).getByText(/^Today you reach 30 days\./)).toBeTruthy();
    const next = screen.getByRole('region', { name: 'Next milestone' });
    expect(next.textContent).toContain('60 days on March 2, 2026: 30 days from now.');
    // the celebration is warm and can be put away, without points or badges
    fireEvent.click(within(celebration).getByRole('button', { name: 'Thank you' }));
    expect(screen.queryByText(/Today you reach/)).toBeNull();
  });

  it('speaks of day one kindly, and of years and months later on', async () => {
    const dayZero = recovery({
      cleanDate: '2026-01-31',
      cleanTime: { ...recovery().cleanTime, days: 0, remainderDays: 0, latest: null },
    });
    page({ MyRecovery: () => ({ data: { myRecovery: dayZero } }) });
    expect(await screen.findByRole('heading', { name: 'Today is day one.' })).toBeTruthy();
  });

  it('refuses a clean date after the member’s today without asking the API, then saves one', async () => {
    const { api } = page({
      MyRecovery: () => ({ data: { myRecovery: recovery({ cleanDate: null, cleanTime: null }) } }),
      SetCleanDate: ({ variables }) => ({
        data: { setCleanDate: recovery({ cleanDate: variables['cleanDate'] }) },
      }),
    });
    const input = await screen.findByLabelText('Clean date');
    expect(input.getAttribute('type')).toBe('date');
    fireEvent.change(input, { target: { value: '2999-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my clean date' }));
    expect(
      await screen.findByText('Your clean date can be today or earlier, not a day that has not come yet.'),
    ).toBeTruthy();
    expect(callsTo(api, 'SetCleanDate')).toEqual([]);

    fireEvent.change(input, { target: { value: '2026-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my clean date' }));
    await waitFor(() => expect(callsTo(api, 'SetCleanDate')).toEqual([{ cleanDate: '2026-01-01' }]));
    // the page shows the counter at once, without asking the API again
    expect(await screen.findByRole('heading', { name: '30 days' })).toBeTruthy();
    expect(callsTo(api, 'MyRecovery')).toHaveLength(1);
  });

  it('resets the date kindly and privately', async () => {
    const { api } = page({
      MyRecovery: () => ({ data: { myRecovery: recovery() } }),
      SetCleanDate: ({ variables }) => ({
        data: {
          setCleanDate: recovery({
            cleanDate: variables['cleanDate'],
            cleanTime: { ...recovery().cleanTime, days: 0, remainderDays: 0, latest: null },
          }),
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Set a new clean date' }));
    const dialog = screen.getByRole('dialog', { name: 'Set a new clean date' });
    expect(within(dialog).getByText(/does not erase what you have learned/)).toBeTruthy();
    expect(within(dialog).getByText(/nobody else is told or can see it/)).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: 'Get help now' }).getAttribute('href')).toBe('/help');
    expect((within(dialog).getByLabelText('New clean date') as HTMLInputElement).value).toBe('2026-01-31');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save my new date' }));
    expect(
      await screen.findByText('Your new clean date is saved. Welcome back; we are glad you are here.'),
    ).toBeTruthy();
    expect(callsTo(api, 'SetCleanDate')).toEqual([{ cleanDate: '2026-01-31' }]);
    expect(await screen.findByRole('heading', { name: 'Today is day one.' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers to count days in the device’s zone when the profile has none', async () => {
    const { api } = page({
      MyRecovery: () => ({ data: { myRecovery: recovery({ timeZone: 'UTC', timeZoneSet: false }) } }),
    });
    expect(await screen.findByText(/counted in UTC because your profile has no time zone/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Count my days in .+ \(this device\)$/ })).toBeTruthy();
    expect(callsTo(api, 'SaveTimeZone')).toEqual([]);
  });

  it('asks a visitor to sign in, saying why', async () => {
    page({}, null);
    expect(await screen.findByRole('heading', { name: 'Sign in to use your recovery toolkit' })).toBeTruthy();
    expect(screen.getByText(/only you can see them/)).toBeTruthy();
  });
});
