import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FindSponsorPage } from '../pages/FindSponsorPage';
import { renderPage } from './render';

const windows = [{ __typename: 'WeeklyWindow', day: 1, startMinute: 1080, endMinute: 1260 }];
const savedPreferences = {
  __typename: 'MySeekerPreferences',
  program: 'NA',
  languages: ['es', 'en'],
  gender: null,
  preferredGenders: [],
  onMat: true,
  remoteOnly: false,
  timeZone: 'America/New_York',
  homeGroupId: null,
  meetingIds: [],
  area: null,
  availability: windows,
};
const programs = {
  data: {
    recoveryPrograms: [
      { __typename: 'RecoveryProgram', code: 'GA', name: 'Gamblers Anonymous' },
      { __typename: 'RecoveryProgram', code: 'NA', name: 'Narcotics Anonymous' },
      { __typename: 'RecoveryProgram', code: 'SMART', name: 'SMART Recovery' },
    ],
  },
};
const rules = [{ __typename: 'SponsorshipRule', program: 'NA', kind: 'SPONSOR', minCleanDays: 365 }];
const maria = {
  __typename: 'SponsorCandidate',
  sponsorId: 'b2',
  displayName: 'Maria G.',
  handle: 'M4RG',
  bio: 'I sponsor with patience and the steps.',
  kind: 'SPONSOR',
  programs: ['NA'],
  languages: ['en', 'es'],
  gender: 'WOMAN',
  matComfortable: true,
  timeZone: 'America/New_York',
  openSpots: 2,
  distance: 'WITHIN_5_KM',
  score: 87,
  requestPending: false,
  cleanTime: { __typename: 'CleanTime', years: 6, months: 0 },
  availability: windows,
  reasons: [
    {
      kind: 'SAME_PROGRAM',
      points: 0,
      languages: null,
      minutes: null,
      distance: null,
      count: null,
      cleanTime: null,
    },
    {
      kind: 'LANGUAGE',
      points: 25,
      languages: ['es'],
      minutes: null,
      distance: null,
      count: null,
      cleanTime: null,
    },
    {
      kind: 'AVAILABILITY',
      points: 25,
      languages: null,
      minutes: 270,
      distance: null,
      count: null,
      cleanTime: null,
    },
    {
      kind: 'DISTANCE',
      points: 20,
      languages: null,
      minutes: null,
      distance: 'WITHIN_5_KM',
      count: null,
      cleanTime: null,
    },
    {
      kind: 'MAT_COMFORTABLE',
      points: 0,
      languages: null,
      minutes: null,
      distance: null,
      count: null,
      cleanTime: null,
    },
  ].map((r) => ({ __typename: 'MatchReason', ...r })),
};
const matches = {
  data: {
    sponsorMatches: {
      __typename: 'SponsorMatchPage',
      program: 'NA',
      kind: 'SPONSOR',
      total: 1,
      hasNextPage: false,
      endCursor: null,
      candidates: [maria],
    },
  },
};

const pendingRequest = {
  __typename: 'Sponsorship',
  id: 's1',
  myRole: 'SPONSEE',
  status: 'PENDING',
  program: 'NA',
  kind: 'SPONSOR',
  temporary: true,
  requestMessage: 'I am 30 days clean and would love a sponsor.',
  declineReason: null,
  endReason: null,
  endedByMe: false,
  requestedAt: '2026-11-01T10:00:00.000Z',
  startedAt: null,
  endedAt: null,
  checkInDue: false,
  checkInDueAt: null,
  lastSeq: 0,
  myReadSeq: 0,
  otherReadSeq: 0,
  unreadCount: 0,
  other: {
    __typename: 'SponsorshipParty',
    id: 'b2',
    displayName: 'Maria G.',
    handle: 'M4RG',
    badge: 'SPONSOR',
    bio: '',
  },
};

describe('sponsor finder', () => {
  it('asks for preferences first, saves them, then lists matches with the reasons for each', async () => {
    let saved = false;
    const { api } = renderPage(<FindSponsorPage />, {
      SeekerPreferences: () => ({
        data: { mySeekerPreferences: saved ? savedPreferences : null, sponsorshipRules: rules },
      }),
      SaveSeekerPreferences: () => {
        saved = true;
        return { data: { saveSeekerPreferences: { __typename: 'MySeekerPreferences', program: 'NA' } } };
      },
      SponsorMatches: () => matches,
      SponsorshipPrograms: () => programs,
    });
    const form = await screen.findByRole('form', { name: 'What you are looking for' });
    fireEvent.click(within(form).getByLabelText(/I take medication for opioid use/));
    fireEvent.click(within(form).getByLabelText('Remote only (phone or video)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Add a time' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save and find matches' }));

    expect(await screen.findByRole('heading', { name: '1 person fits what you need' })).toBeTruthy();
    const input = api.seen.find((r) => r.operationName === 'SaveSeekerPreferences')?.variables['input'];
    expect(input).toMatchObject({
      program: 'NA',
      onMat: true,
      remoteOnly: true,
      area: null,
      availability: [{ day: 1, startMinute: 1080, endMinute: 1200 }],
    });
    const card = screen.getByRole('listitem', { name: 'Maria G., member code M4RG' });
    expect(within(card).getByText('Match 87 of 100')).toBeTruthy();
    expect(within(card).getByText(/6 years clean/)).toBeTruthy();
    for (const reason of [
      'same program',
      'speaks Spanish',
      '4.5 hours of shared free time each week',
      'within 5 km',
      'comfortable with medication-assisted treatment',
    ]) {
      expect(within(card).getByText(reason)).toBeTruthy();
    }
  });

  it('offers the programs of the directory, a program an admin added among them', async () => {
    const { api } = renderPage(<FindSponsorPage />, {
      SeekerPreferences: () => ({ data: { mySeekerPreferences: null, sponsorshipRules: rules } }),
      SaveSeekerPreferences: () => ({
        data: { saveSeekerPreferences: { __typename: 'MySeekerPreferences', program: 'GA' } },
      }),
      SponsorMatches: () => matches,
      SponsorshipPrograms: () => programs,
    });
    const form = await screen.findByRole('form', { name: 'What you are looking for' });
    const select = within(form).getByLabelText('Program') as HTMLSelectElement;
    await waitFor(() => expect(select.options.length).toBe(3));
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Gamblers Anonymous',
      'Narcotics Anonymous (NA)',
      'SMART Recovery',
    ]);
    fireEvent.change(select, { target: { value: 'GA' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save and find matches' }));
    await waitFor(() =>
      expect(
        api.seen.find((r) => r.operationName === 'SaveSeekerPreferences')?.variables['input'],
      ).toMatchObject({ program: 'GA' }),
    );
  });

  it('sends a request with a message and says it was sent', async () => {
    const { api } = renderPage(<FindSponsorPage />, {
      SeekerPreferences: () => ({ data: { mySeekerPreferences: savedPreferences, sponsorshipRules: rules } }),
      SponsorMatches: () => matches,
      RequestSponsorship: () => ({ data: { requestSponsorship: pendingRequest } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Ask Maria G.' }));
    const dialog = screen.getByRole('dialog', { name: 'Ask Maria G.' });
    fireEvent.change(within(dialog).getByLabelText(/A message with your request/), {
      target: { value: 'I am 30 days clean and would love a sponsor.' },
    });
    fireEvent.click(within(dialog).getByLabelText(/temporary sponsorship/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText('Request sent. Maria G. will get a notification.')).toBeTruthy();
    await waitFor(() =>
      expect(api.seen.find((r) => r.operationName === 'RequestSponsorship')?.variables['input']).toEqual({
        sponsorId: 'b2',
        message: 'I am 30 days clean and would love a sponsor.',
        temporary: true,
      }),
    );
  });
});
