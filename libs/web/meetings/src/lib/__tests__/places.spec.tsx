import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SeenRequest } from '@kinship/web/data/testing';
import { MeetingFinderPage } from '../pages/MeetingFinderPage';
import { cardMeeting, finderOptions, renderPage, searchResult } from './render';

vi.mock('../components/MeetingMap', () => ({ default: () => <div data-testid="map" /> }));

const place = (name: string, region: string | null, country: string | null, kind: string, meetings = 0) => ({
  __typename: 'Place',
  name,
  region,
  country,
  kind,
  latitude: 40.772,
  longitude: -73.93,
  meetings,
});

const PLACES = [
  place('Astoria', 'NY', null, 'CITY', 2),
  place('Astoria', 'OR', 'US', 'CITY'),
  place('Astorga', null, 'ES', 'CITY'),
];

const finder = (url: string, handlers = {}) =>
  renderPage(
    <MeetingFinderPage />,
    {
      FindMeetings: () => searchResult([cardMeeting()]),
      FinderOptions: finderOptions,
      Places: () => ({ data: { places: PLACES } }),
      ...handlers,
    },
    { pattern: '/meetings', url },
  );

const findCalls = (seen: SeenRequest[]) => seen.filter((r) => r.operationName === 'FindMeetings');

describe('finder: places people type', () => {
  it('suggests places in a combobox: arrow keys move, Enter chooses and sets the search centre', async () => {
    const { api } = finder('/meetings');
    const box = await screen.findByRole('combobox', { name: 'Or type a place' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(box, { target: { value: 'astor' } });
    const list = await screen.findByRole('listbox', { name: 'Matching places' });
    expect(api.seen.find((r) => r.operationName === 'Places')?.variables).toEqual({
      query: 'astor',
      first: 8,
    });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Astoria, NY 2 meetings',
      'Astoria, OR City',
      'Astorga, Spain City',
    ]);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1].id);
    expect(options[1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' }); // wraps to the last
    expect(box.getAttribute('aria-activedescendant')).toBe(options[2].id);
    fireEvent.keyDown(box, { key: 'ArrowDown' }); // back to the first
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(
        '/meetings?near=40.772%2C-73.93&place=Astoria%2C+NY',
      ),
    );
    expect(screen.getByText(/Near Astoria, NY\./)).toBeTruthy();
    await waitFor(() =>
      expect(findCalls(api.seen).at(-1)?.variables['filter']).toMatchObject({
        near: { latitude: 40.772, longitude: -73.93 },
      }),
    );
  });

  it('Escape closes the suggestions, and a second Escape clears the box', async () => {
    finder('/meetings');
    const box = await screen.findByRole('combobox', { name: 'Or type a place' });
    fireEvent.change(box, { target: { value: 'astor' } });
    await screen.findByRole('listbox');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('says when no place matches', async () => {
    finder('/meetings', { Places: () => ({ data: { places: [] } }) });
    const box = await screen.findByRole('combobox', { name: 'Or type a place' });
    fireEvent.change(box, { target: { value: 'qxzv' } });
    expect(await screen.findByText(/No place with that name/)).toBeTruthy();
  });

  it('when nothing is near, says so plainly and offers online meetings starting soon', async () => {
    const { api } = finder('/meetings?near=0,-140&r=5', {
      FindMeetings: (request: SeenRequest) =>
        (request.variables['filter'] as { near?: unknown }).near
          ? searchResult([], {
              nothingNear: true,
              radiusKm: 50,
              requestedRadiusKm: 5,
              widenedToKm: 50,
              widened: true,
            })
          : searchResult([cardMeeting()]),
    });
    expect(await screen.findByText('No meetings within 50 km of this place.')).toBeTruthy();
    const online = await screen.findByRole('region', { name: 'Online meetings starting soon' });
    expect(await within(online).findByRole('link', { name: 'Tokyo Evening NA' })).toBeTruthy();
    expect(findCalls(api.seen).map((r) => r.variables['filter'])).toContainEqual({
      attendance: ['ONLINE', 'HYBRID'],
      startingWithinMinutes: 60,
    });
  });

  it('a shared link with coordinates that are not on Earth gets a message, not a world search', async () => {
    const { api } = finder('/meetings?lat=999&long=abc');
    expect(await screen.findByText(/This link’s location is not valid/)).toBeTruthy();
    await waitFor(() => expect(findCalls(api.seen).length).toBeGreaterThan(0));
    expect(findCalls(api.seen).every((r) => !(r.variables['filter'] as { near?: unknown }).near)).toBe(true);
  });

  it('a shared link with lat and long searches near them', async () => {
    const { api } = finder('/meetings?lat=40.7&long=-73.9');
    await waitFor(() =>
      expect(findCalls(api.seen).at(-1)?.variables['filter']).toMatchObject({
        near: { latitude: 40.7, longitude: -73.9 },
      }),
    );
    expect(screen.queryByText(/This link’s location is not valid/)).toBeNull();
  });
});
