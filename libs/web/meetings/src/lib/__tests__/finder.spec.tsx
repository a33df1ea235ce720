import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@kinship/web/i18n';
import { MeetingFinderPage } from '../pages/MeetingFinderPage';
import { cardMeeting, finderOptions, renderPage, searchResult } from './render';

vi.mock('../components/MeetingMap', () => ({
  // the real map needs a browser; this one reports that its tiles failed, as offline phones do
  default: ({ onTilesFailed }: { onTilesFailed: () => void }) => {
    queueMicrotask(onTilesFailed);
    return <div data-testid="map" />;
  },
}));

const finder = (url: string, handlers = {}) =>
  renderPage(
    <MeetingFinderPage />,
    {
      FindMeetings: () => searchResult([cardMeeting()]),
      FinderOptions: finderOptions,
      ...handlers,
    },
    { pattern: '/meetings', url },
  );

afterEach(async () => {
  await act(() => setLocale('en'));
});

describe('meeting finder', () => {
  it('lists meetings with what matters in a hurry: on now, how to join, program', async () => {
    finder('/meetings');
    const card = (await screen.findByRole('link', { name: 'Tokyo Evening NA' })).closest('article')!;
    expect(within(card).getByText(/On now: 40 minutes left/)).toBeTruthy();
    expect(within(card).getByText('Online')).toBeTruthy();
    expect(card.textContent).toContain('Zoom');
    expect(card.textContent).toContain('NA');
  });

  it('"Online now" asks for online meetings on now or starting soon, and keeps it in the URL', async () => {
    const { api } = finder('/meetings');
    fireEvent.click(await screen.findByRole('button', { name: 'Online now' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/meetings?now=1'));
    await waitFor(() =>
      expect(api.seen.filter((r) => r.operationName === 'FindMeetings').at(-1)?.variables['filter']).toEqual({
        attendance: ['ONLINE', 'HYBRID'],
        startingWithinMinutes: 10,
      }),
    );
    expect(screen.getByRole('button', { name: 'Online now' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('a shared URL brings its filters back, with days and times in the viewer’s zone', async () => {
    const { api } = finder(
      '/meetings?near=40.881,-73.882&place=Bronx&r=5&day=1&time=evening&program=NA&type=W',
    );
    expect(await screen.findByText(/Near Bronx\./)).toBeTruthy();
    await waitFor(() => expect(api.seen.some((r) => r.operationName === 'FindMeetings')).toBe(true));
    const filter = api.seen.find((r) => r.operationName === 'FindMeetings')!.variables['filter'];
    expect(filter).toEqual({
      near: { latitude: 40.881, longitude: -73.882, radius: 5, unit: 'KM', widenToAtLeast: 10 },
      days: [1],
      timeFrom: '17:00',
      timeTo: '21:00',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      programs: ['NA'],
      types: ['W'],
    });
    expect((screen.getByRole('checkbox', { name: 'Women' }) as HTMLInputElement).checked).toBe(true);
  });

  it('says when it looked further than asked to find meetings', async () => {
    finder('/meetings?near=40.8,-73.9', {
      FindMeetings: () =>
        searchResult([cardMeeting()], {
          widened: true,
          radiusKm: 23.4,
          requestedRadiusKm: 10,
          widenedToKm: 23.4,
        }),
    });
    expect(await screen.findByText('Few meetings within 10 km; showing those within 24 km.')).toBeTruthy();
  });

  it('falls back to the list when map tiles cannot load', async () => {
    finder('/meetings?view=map');
    expect(await screen.findByText(/The map could not load/)).toBeTruthy();
    expect(screen.queryByTestId('map')).toBeNull();
    expect(await screen.findByRole('link', { name: 'Tokyo Evening NA' })).toBeTruthy();
  });

  it('speaks Spanish', async () => {
    await act(() => setLocale('es'));
    finder('/meetings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Buscar una reunión' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'En línea ahora' })).toBeTruthy();
    expect(await screen.findByText(/En curso: quedan 40 minutos/)).toBeTruthy();
  });

  it('links to a printable list (PDF) of the same search, in the viewer’s zone and language', async () => {
    await act(() => setLocale('es'));
    finder('/meetings?near=40.881,-73.882&place=Bronx&day=1&type=W&view=map');
    const link = await screen.findByRole('link', { name: 'Imprimir lista (PDF)' });
    const href = link.getAttribute('href')!;
    expect(href.startsWith('/meetings/print.pdf?')).toBe(true);
    expect(Object.fromEntries(new URLSearchParams(href.split('?')[1]))).toEqual({
      near: '40.881,-73.882',
      place: 'Bronx',
      day: '1',
      type: 'W',
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
      lang: 'es',
      paper: expect.stringMatching(/^(letter|a4)$/),
    });
  });

  it('offers no printable list when nothing matches', async () => {
    finder('/meetings?q=nothing', { FindMeetings: () => searchResult([]) });
    expect(await screen.findByText(/No meetings/i)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Print list (PDF)' })).toBeNull();
  });
});
