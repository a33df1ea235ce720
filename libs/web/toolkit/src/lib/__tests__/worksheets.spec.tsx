import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorksheetPage } from '../worksheets/WorksheetPage';
import { WorksheetsPage } from '../worksheets/WorksheetsPage';
import { plan, sponsor, worksheet } from './fixtures';
import { callsTo, renderPage } from './render';

const lists = (mine: unknown[] = [], shared: unknown[] = []) => ({
  data: { myWorksheets: mine, worksheetsSharedWithMe: shared },
});

describe('SMART worksheets', () => {
  it('fills in a new Cost-Benefit Analysis and opens it once saved', async () => {
    const { api } = renderPage(
      <WorksheetPage />,
      {
        SaveCostBenefit: ({ variables }) => ({
          data: {
            saveCostBenefit: worksheet({ id: 'w9', title: (variables['input'] as { title: string }).title }),
          },
        }),
        WorksheetLists: () => lists(),
        Worksheet: () => ({ data: { worksheet: worksheet({ id: 'w9' }) } }),
        MyPlan: () => ({ data: { myPlan: plan() } }),
      },
      { path: '/toolkit/worksheets/new/cost-benefit', route: '/toolkit/worksheets/new/:kind' },
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Cost-Benefit Analysis' })).toBeTruthy();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Cost-Benefit Analysis');
    fireEvent.change(screen.getByLabelText('What are you weighing?'), { target: { value: 'Using opioids' } });
    fireEvent.change(screen.getByLabelText('Benefit of using 1'), { target: { value: 'Numbs everything' } });
    fireEvent.change(screen.getByLabelText('Cost of using 1'), { target: { value: 'Lost my job' } });
    fireEvent.change(screen.getByLabelText('Benefit of not using 1'), {
      target: { value: 'My kids trust me' },
    });
    expect(screen.getByText('Save the worksheet first; then you can share it.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save worksheet' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/toolkit/worksheets/w9'));
    expect(callsTo(api, 'SaveCostBenefit')).toEqual([
      {
        input: {
          id: undefined,
          title: 'Cost-Benefit Analysis',
          behavior: 'Using opioids',
          usingBenefits: ['Numbs everything'],
          usingCosts: ['Lost my job'],
          notUsingBenefits: ['My kids trust me'],
          notUsingCosts: [],
          reflection: '',
        },
      },
    ]);
  });

  it('shares a saved worksheet with the current sponsor', async () => {
    const { api } = renderPage(
      <WorksheetPage />,
      {
        Worksheet: () => ({ data: { worksheet: worksheet() } }),
        MyPlan: () => ({ data: { myPlan: plan({ sponsor }) } }),
        ShareWorksheet: () => ({
          data: {
            shareWorksheet: worksheet({
              sharedWith: { __typename: 'WorksheetPerson', id: 's1', displayName: 'Maria G.' },
              visibleToSponsor: true,
            }),
          },
        }),
      },
      { path: '/toolkit/worksheets/w1', route: '/toolkit/worksheets/:id' },
    );
    const box = await screen.findByRole('checkbox', { name: 'Share with my sponsor or mentor' });
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(box);
    expect(await screen.findByText('Shared with Maria G.')).toBeTruthy();
    expect(callsTo(api, 'ShareWorksheet')).toEqual([{ id: 'w1', shared: true }]);
  });

  it('cannot share when there is no sponsor, and says why', async () => {
    renderPage(
      <WorksheetPage />,
      {
        Worksheet: () => ({ data: { worksheet: worksheet() } }),
        MyPlan: () => ({ data: { myPlan: plan() } }),
      },
      { path: '/toolkit/worksheets/w1', route: '/toolkit/worksheets/:id' },
    );
    const box = await screen.findByRole('checkbox', { name: 'Share with my sponsor or mentor' });
    expect((box as HTMLInputElement).disabled).toBe(true);
    expect(await screen.findByText(/no sponsor or mentor in Kinship right now/)).toBeTruthy();
  });

  it('shows a sponsee’s shared worksheet to their sponsor, read-only', async () => {
    renderPage(
      <WorksheetPage />,
      {
        Worksheet: () => ({
          data: {
            worksheet: worksheet({
              mine: false,
              owner: { __typename: 'WorksheetPerson', id: 'o1', displayName: 'Sam T.' },
            }),
          },
        }),
      },
      { path: '/toolkit/worksheets/w1', route: '/toolkit/worksheets/:id' },
    );
    expect(await screen.findByText(/Shared with you by Sam T\.: you can read it/)).toBeTruthy();
    expect(screen.getByText('Numbs everything')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save worksheet' })).toBeNull();
  });

  it('lists your worksheets with who can see them, and those shared with you', async () => {
    renderPage(
      <WorksheetsPage />,
      {
        WorksheetLists: () =>
          lists(
            [
              {
                __typename: 'Worksheet',
                id: 'w1',
                kind: 'ABC',
                title: 'Tuesday',
                updatedAt: '2026-01-20T10:00:00.000Z',
                visibleToSponsor: true,
                sharedWith: { __typename: 'WorksheetPerson', id: 's1', displayName: 'Maria G.' },
              },
            ],
            [
              {
                __typename: 'Worksheet',
                id: 'w2',
                kind: 'CHANGE_PLAN',
                title: 'First 30 days',
                updatedAt: '2026-01-21T10:00:00.000Z',
                owner: { __typename: 'WorksheetPerson', id: 'o1', displayName: 'Sam T.' },
              },
            ],
          ),
      },
      { path: '/toolkit/worksheets' },
    );
    const mine = await screen.findByRole('region', { name: 'Your worksheets' });
    expect(within(mine).getByRole('link', { name: 'Tuesday' }).getAttribute('href')).toBe(
      '/toolkit/worksheets/w1',
    );
    expect(within(mine).getByText(/Shared with Maria G\./)).toBeTruthy();
    const shared = screen.getByRole('region', { name: 'Shared with you' });
    expect(within(shared).getByText(/From Sam T\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Cost-Benefit Analysis' }).getAttribute('href')).toBe(
      '/toolkit/worksheets/new/cost-benefit',
    );
  });
});
