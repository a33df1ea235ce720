import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CheckInPage } from '../check-in/CheckInPage';
import { callsTo, renderPage } from './render';

const entry = (date: string, mood: number, craving: number, note = '') => ({
  __typename: 'CheckIn',
  date,
  mood,
  craving,
  note,
});
const history = (entries: ReturnType<typeof entry>[], today = '2026-03-10') => ({
  data: {
    myCheckIns: {
      __typename: 'CheckInHistory',
      today,
      todayCheckIn: entries.find((e) => e.date === today) ?? null,
      entries,
    },
  },
});

describe('daily check-in', () => {
  it('needs a mood and a cravings level, then checks in and offers help when cravings are strong', async () => {
    const { api } = renderPage(
      <CheckInPage />,
      {
        MyCheckIns: () => history([entry('2026-03-08', 3, 2)]),
        CheckIn: ({ variables }) => ({
          data: { checkIn: { ...entry('2026-03-10', 2, 3), ...(variables['input'] as object) } },
        }),
      },
      { path: '/toolkit/check-in' },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Check in' }));
    expect(await screen.findByText('Choose one for mood and one for cravings.')).toBeTruthy();
    expect(callsTo(api, 'CheckIn')).toEqual([]);

    fireEvent.click(screen.getByRole('radio', { name: '2 · Low' }));
    fireEvent.click(screen.getByRole('radio', { name: '3 · Strong' }));
    fireEvent.change(screen.getByLabelText(/Anything you want to remember/), { target: { value: 'Payday' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(await screen.findByText('Thank you for checking in.')).toBeTruthy();
    expect(callsTo(api, 'CheckIn')).toEqual([{ input: { mood: 2, craving: 3, note: 'Payday' } }]);
    expect(screen.getByText(/Cravings are strong today/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open my plan' }).getAttribute('href')).toBe('/toolkit/plan');
  });

  it('says when today’s check-in is done and can still be changed', async () => {
    renderPage(
      <CheckInPage />,
      { MyCheckIns: () => history([entry('2026-03-10', 4, 1)]) },
      { path: '/toolkit/check-in' },
    );
    expect(await screen.findByText(/You checked in today/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: '4 · Good' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Update today’s check-in' })).toBeTruthy();
  });

  it('draws the history as an accessible chart with a table of the same data', async () => {
    const { api } = renderPage(
      <CheckInPage />,
      {
        MyCheckIns: ({ variables }) =>
          history(
            variables['days'] === 14
              ? [entry('2026-03-09', 5, 0)]
              : [entry('2026-03-01', 2, 3, 'Hard day'), entry('2026-03-09', 5, 0)],
          ),
      },
      { path: '/toolkit/check-in' },
    );
    const chart = await screen.findByRole('img', {
      name: /^Mood \(1 very low to 5 very good\) and cravings/,
    });
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'Check-ins, day by day' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Mar 9, 20265 · Very good0 · None',
      'Mar 1, 20262 · Low3 · StrongHard day',
    ]);

    fireEvent.change(screen.getByLabelText('Show'), { target: { value: '14' } });
    await waitFor(() => expect(callsTo(api, 'MyCheckIns').at(-1)).toEqual({ days: 14 }));
    await waitFor(() => expect(screen.getByRole('img').querySelectorAll('circle')).toHaveLength(1));
  });
});
