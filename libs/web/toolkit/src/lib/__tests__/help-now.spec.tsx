import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HelpNowPage } from '../help/HelpNowPage';
import { meeting, meetingsAnswer, sponsor } from './fixtures';
import { callsTo, renderPage } from './render';

const helpNow = (overrides: Record<string, unknown> = {}) => ({
  data: {
    helpNow: {
      __typename: 'HelpNow',
      country: 'US',
      people: [{ __typename: 'PlanPerson', name: 'Jess', phone: '+1 555-0142', note: 'sister' }],
      sponsor,
      ...overrides,
    },
  },
});
const activeSponsorship = {
  data: {
    mySponsorships: [
      {
        __typename: 'Sponsorship',
        id: 'sp1',
        myRole: 'SPONSEE',
        other: { __typename: 'SponsorshipParty', id: 's1' },
      },
    ],
  },
};

describe('Get help now for a member', () => {
  it('shows 988, their people with call links, their sponsor with a message link, and meetings starting soon', async () => {
    const { api } = renderPage(
      <HelpNowPage />,
      {
        HelpNow: () => helpNow(),
        ActiveSponsorships: () => activeSponsorship,
        MeetingsStartingSoon: () => meetingsAnswer([meeting()]),
      },
      { path: '/help' },
    );
    expect(screen.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    const people = await screen.findByRole('region', { name: 'Your people' });
    expect(await within(people).findByRole('link', { name: 'Call Jess (+1 555-0142)' })).toBeTruthy();
    expect(
      within(people)
        .getByRole('link', { name: /Call Jess/ })
        .getAttribute('href'),
    ).toBe('tel:+15550142');
    expect(within(people).getByText('Maria G., your sponsor')).toBeTruthy();
    expect((await within(people).findByRole('link', { name: 'Message Maria G.' })).getAttribute('href')).toBe(
      '/sponsorship/messages/sp1',
    );
    const meetings = screen.getByRole('region', { name: 'Online meetings starting soon' });
    expect(
      (await within(meetings).findByRole('link', { name: 'Join Just for Today Online' })).getAttribute(
        'href',
      ),
    ).toBe('https://zoom.us/j/123');
    expect(within(meetings).getByText(/Starts at .* \(in 20 minutes\)/)).toBeTruthy();
    expect(callsTo(api, 'MeetingsStartingSoon')[0]).toEqual({
      filter: { attendance: ['ONLINE', 'HYBRID'], startingWithinMinutes: 60, timeZone: 'America/Chicago' },
    });
  });

  it('shows the crisis lines of the member’s saved country', async () => {
    renderPage(
      <HelpNowPage />,
      {
        HelpNow: () => helpNow({ country: 'GB', sponsor: null, people: [] }),
        MeetingsStartingSoon: () => meetingsAnswer([]),
      },
      { path: '/help' },
    );
    expect(
      await screen.findByRole('heading', { name: 'Crisis and help lines (United Kingdom)' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(await screen.findByText('You have not added anyone to call yet.')).toBeTruthy();
    expect(await screen.findByText('No online meetings start within the hour.')).toBeTruthy();
  });

  it('keeps the crisis lines when the rest cannot load', async () => {
    renderPage(<HelpNowPage />, {}, { path: '/help' });
    expect(screen.getByRole('link', { name: 'Call 988' })).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/Your people could not be loaded right now/)).toBeTruthy());
    expect(await screen.findByText('Meetings could not be loaded right now.')).toBeTruthy();
  });
});

describe('Get help now for a visitor', () => {
  it('shows the crisis lines and meetings, and asks nothing private', async () => {
    const { api } = renderPage(
      <HelpNowPage />,
      { MeetingsStartingSoon: () => meetingsAnswer([meeting()]) },
      { path: '/help', signedInAs: null },
    );
    expect(screen.getByRole('link', { name: 'Call 988' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Join Just for Today Online' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Your people' })).toBeNull();
    expect(api.seen.map((r) => r.operationName)).toEqual(['MeetingsStartingSoon']);
  });
});
