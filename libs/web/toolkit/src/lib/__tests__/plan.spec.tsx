import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlanPage } from '../plan/PlanPage';
import { PlanPrintPage } from '../plan/PlanPrintPage';
import { plan, recovery, sponsor } from './fixtures';
import { callsTo, renderPage } from './render';

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

describe('the relapse-prevention plan', () => {
  it('shows the saved plan, and the sponsor with a message link while there is one', async () => {
    renderPage(
      <PlanPage />,
      {
        MyPlan: () => ({ data: { myPlan: plan({ sponsor }) } }),
        ActiveSponsorships: () => activeSponsorship,
      },
      { path: '/toolkit/plan' },
    );
    expect(((await screen.findByLabelText('Warning sign 1')) as HTMLInputElement).value).toBe(
      'Skipping meetings',
    );
    expect(screen.getByText('Your sponsor, Maria G.')).toBeTruthy();
    const message = await screen.findByRole('link', { name: 'Message Maria G.' });
    expect(message.getAttribute('href')).toBe('/sponsorship/messages/sp1');
  });

  it('says the sponsor will appear by themselves when there is none', async () => {
    renderPage(<PlanPage />, { MyPlan: () => ({ data: { myPlan: plan() } }) }, { path: '/toolkit/plan' });
    expect(await screen.findByText(/they appear here by themselves/)).toBeTruthy();
  });

  it('adds items and people, checks phone numbers, and saves the whole plan without blank rows', async () => {
    const { api } = renderPage(
      <PlanPage />,
      {
        MyPlan: () => ({ data: { myPlan: plan() } }),
        SavePlan: () => ({ data: { savePlan: plan() } }),
      },
      { path: '/toolkit/plan' },
    );
    await screen.findByLabelText('Warning sign 1');
    fireEvent.click(screen.getByRole('button', { name: 'Add another: Warning sign' }));
    const second = screen.getByLabelText('Warning sign 2');
    await waitFor(() => expect(document.activeElement).toBe(second));
    fireEvent.change(second, { target: { value: 'Isolating' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add another: Coping action' }));

    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    const newPerson = screen.getByRole('group', { name: 'Person 2' });
    fireEvent.change(within(newPerson).getByLabelText('Name'), { target: { value: 'Dev' } });
    fireEvent.change(within(newPerson).getByLabelText('Phone number'), { target: { value: 'call me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my plan' }));
    expect(await screen.findByText('Use digits, spaces, and + ( ) - . only, like +1 555-0142.')).toBeTruthy();
    expect(callsTo(api, 'SavePlan')).toEqual([]);

    fireEvent.change(within(screen.getByRole('group', { name: 'Dev' })).getByLabelText('Phone number'), {
      target: { value: '+44 7700 900123' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save my plan' }));
    expect(await screen.findByText('Your plan is saved.')).toBeTruthy();
    const [{ input }] = callsTo(api, 'SavePlan') as { input: Record<string, unknown> }[];
    expect(input).toMatchObject({
      warningSigns: ['Skipping meetings', 'Isolating'],
      halt: { lonely: 'Call Jess' },
      people: [
        { name: 'Jess', phone: '+1 555-0142', note: 'sister' },
        { name: 'Dev', phone: '+44 7700 900123', note: '' },
      ],
    });
  });

  it('prints as a page with the people’s numbers and the crisis lines of the member’s country', async () => {
    renderPage(
      <PlanPrintPage />,
      {
        MyPlan: () => ({ data: { myPlan: plan({ sponsor }) } }),
        MyRecovery: () => ({ data: { myRecovery: recovery({ country: 'CA' }) } }),
      },
      { path: '/toolkit/plan/print' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'My relapse-prevention plan' })).toBeTruthy();
    expect((await screen.findByRole('link', { name: '+1 555-0142' })).getAttribute('href')).toBe(
      'tel:+15550142',
    );
    expect(screen.getByText('Your sponsor, Maria G.')).toBeTruthy();
    await waitFor(() =>
      expect(
        screen.getByText(/In a crisis: .*National Overdose Response Service 1-888-688-6677/),
      ).toBeTruthy(),
    );
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeTruthy();
  });
});
