import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingFinderPage } from '../pages/MeetingFinderPage';
import { cardMeeting, finderOptions, renderPage, searchResult } from './render';

/** A screen of the given width as far as CSS media queries go (jsdom has none of its own). */
function screenWidth(px: number) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: /max-width: 47\.99rem/.test(query) && px < 768,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

const finder = (url: string) =>
  renderPage(
    <MeetingFinderPage />,
    { FindMeetings: () => searchResult([cardMeeting()]), FinderOptions: finderOptions },
    { pattern: '/meetings', url },
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

// On a phone, a search (typed or from a shared link) shows its results first: the search folds away.
describe('meeting finder on a phone', () => {
  it('folds a shared search into "Filters (n)", which opens it again', async () => {
    screenWidth(390);
    finder('/meetings?q=serenity&day=1,2');
    const toggle = await screen.findByRole('button', { name: 'Filters (3)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const search = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(search.hidden).toBe(true);
    expect(search.contains(screen.getByLabelText('Name, group, place or notes'))).toBe(true);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(search.hidden).toBe(false);
  });

  it('folds after "Online now" too, and not before any search', async () => {
    screenWidth(390);
    finder('/meetings');
    await screen.findByRole('button', { name: 'Online now' });
    expect(screen.queryByRole('button', { name: /^Filters/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Online now' }));
    expect((await screen.findByRole('button', { name: 'Filters' })).getAttribute('aria-expanded')).toBe(
      'false',
    );
  });

  it('keeps the search open on a wide screen', async () => {
    screenWidth(1280);
    finder('/meetings?q=serenity');
    expect(await screen.findByLabelText('Name, group, place or notes')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Filters/ })).toBeNull();
    expect(document.getElementById('finder-search')!.hidden).toBe(false);
  });
});
