import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResourcesPage } from '../library/ResourcesPage';
import { resource, resourcePage } from './fixtures';
import { callsTo, renderPage } from './render';

const cba = resource({
  id: 'r2',
  title: 'Cost-Benefit Analysis',
  programs: ['SMART'],
  kind: 'TOOL',
  phone: null,
  textNumber: null,
  url: null,
  worksheetKind: 'COST_BENEFIT',
  sourceUrl: 'https://smartrecovery.org/',
});

describe('the resource library', () => {
  it('is open to visitors, in their language, with call, text and worksheet links', async () => {
    const { api } = renderPage(
      <ResourcesPage />,
      { SearchResources: () => ({ data: { resources: resourcePage([resource(), cba]) } }) },
      { path: '/resources', signedInAs: null },
    );
    expect(await screen.findByText('2 resources')).toBeTruthy();
    expect(callsTo(api, 'SearchResources')[0]).toEqual({ language: 'en', first: 20 });
    expect(screen.getByText(/Showing resources in English\./)).toBeTruthy();
    const lifeline = screen.getByRole('heading', { name: '988 Suicide & Crisis Lifeline' }).closest('li')!;
    expect(within(lifeline).getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(within(lifeline).getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
    expect(lifeline.getAttribute('lang')).toBe('en');
    expect(within(lifeline).getByText('Help line')).toBeTruthy();
    const tool = screen.getByRole('heading', { name: 'Cost-Benefit Analysis' }).closest('li')!;
    expect(within(tool).getByRole('link', { name: 'Fill in this worksheet' }).getAttribute('href')).toBe(
      '/toolkit/worksheets/new/cost-benefit',
    );
    expect(
      within(tool)
        .getByRole('link', { name: /Source of these facts/ })
        .getAttribute('href'),
    ).toBe('https://smartrecovery.org/');
  });

  it('searches and filters, keeping them in the address', async () => {
    const { api } = renderPage(
      <ResourcesPage />,
      {
        SearchResources: ({ variables }) => ({
          data: { resources: resourcePage(variables['query'] === 'zzz' ? [] : [resource()]) },
        }),
      },
      { path: '/resources' },
    );
    await screen.findByText('1 resource');
    fireEvent.change(screen.getByRole('combobox', { name: 'Program' }), {
      target: { value: 'HARM_REDUCTION' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'all' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search resources' }), {
      target: { value: 'zzz' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Nothing matches that. Try another word or fewer filters.')).toBeTruthy();
    await waitFor(() =>
      expect(callsTo(api, 'SearchResources').at(-1)).toEqual({
        query: 'zzz',
        programs: ['HARM_REDUCTION'],
        first: 20,
      }),
    );
  });

  it('loads more results on request', async () => {
    const { api } = renderPage(
      <ResourcesPage />,
      {
        SearchResources: ({ variables }) => ({
          data: {
            resources: variables['after']
              ? resourcePage([resource({ id: 'r3', title: 'SAMHSA National Helpline' })])
              : { ...resourcePage([resource()], true), total: 2 },
          },
        }),
      },
      { path: '/resources' },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Show more resources' }));
    expect(await screen.findByRole('heading', { name: 'SAMHSA National Helpline' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '988 Suicide & Crisis Lifeline' })).toBeTruthy();
    expect(callsTo(api, 'SearchResources').at(-1)).toMatchObject({ after: 'c1' });
  });
});
