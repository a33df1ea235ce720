import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MeetingFormPage } from '../admin/MeetingFormPage';
import { SourcesPage } from '../admin/SourcesPage';
import { finderOptions, renderPage } from './render';

const source = {
  __typename: 'MeetingSource',
  id: 's1',
  url: 'https://bmlt.example.org/main_server/',
  source: 'gny-na',
  kind: 'BMLT',
  serviceBodyIds: [1001, 1002],
  graceDays: 14,
  everyHours: 24,
  fetchUrl:
    'https://bmlt.example.org/main_server/client_interface/json/?switcher=GetSearchResults&get_formats_explicitly=1&services[]=1001&services[]=1002',
  programCode: 'NA',
  nextRunAt: '2026-12-06T10:00:00.000Z',
  lastRunAt: '2026-12-05T10:00:00.000Z',
  lastResult: 'imported: 3 new, 0 updated, 0 unchanged, 0 unpublished',
};

const runs = () => ({
  data: {
    meetingSourceRuns: [
      {
        __typename: 'MeetingSourceRun',
        id: 'r2',
        startedAt: '2026-12-05T11:00:00.000Z',
        finishedAt: '2026-12-05T11:00:01.000Z',
        status: 'FAILED',
        forced: false,
        added: 0,
        updated: 0,
        unchanged: 0,
        missing: 0,
        unpublished: 0,
        republished: 0,
        error: 'not imported: 1 errors (first: row 3, time: "25:00" is not a time)',
        rowErrors: [
          { __typename: 'MeetingSourceRowError', row: 3, field: 'time', message: '"25:00" is not a time' },
        ],
      },
      {
        __typename: 'MeetingSourceRun',
        id: 'r1',
        startedAt: '2026-12-05T10:00:00.000Z',
        finishedAt: '2026-12-05T10:00:01.000Z',
        status: 'OK',
        forced: false,
        added: 3,
        updated: 0,
        unchanged: 0,
        missing: 0,
        unpublished: 0,
        republished: 0,
        error: null,
        rowErrors: [],
      },
    ],
  },
});

describe('meeting sources page', () => {
  it('syncs a source now, and offers to force a refused run', async () => {
    const { api } = renderPage(
      <SourcesPage />,
      {
        MeetingSources: () => ({ data: { meetingSources: [source] } }),
        MeetingSourceRuns: runs,
        SyncMeetingSource: ({ variables }) => ({
          data: {
            syncMeetingSource: variables['force']
              ? { __typename: 'MeetingSourceRun', id: 'r4', status: 'OK', error: null }
              : {
                  __typename: 'MeetingSourceRun',
                  id: 'r3',
                  status: 'FAILED',
                  error: 'not imported: Refused: the feed lacks 3 of the source’s 4 published meetings',
                },
          },
        }),
      },
      { pattern: '/admin/sources', url: '/admin/sources', signedInAs: { role: 'ADMIN' } },
    );
    const card = await screen.findByRole('article', { name: 'gny-na' });
    expect(within(card).getByText(source.fetchUrl)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Sync now' }));
    expect(await within(card).findByText(/Refused: the feed lacks 3/)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Sync anyway' }));
    expect(await within(card).findByText('Synced.')).toBeTruthy();
    expect(api.seen.filter((r) => r.operationName === 'SyncMeetingSource').map((r) => r.variables)).toEqual([
      { id: 's1', force: false },
      { id: 's1', force: true },
    ]);

    fireEvent.click(within(card).getByRole('button', { name: 'Run history' }));
    expect(await within(card).findByText('Row 3, time: "25:00" is not a time')).toBeTruthy();
    const table = within(card).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('adds a BMLT source with its service bodies and shows the API’s message by the field', async () => {
    const { api } = renderPage(
      <SourcesPage />,
      {
        MeetingSources: () => ({ data: { meetingSources: [] } }),
        AddMeetingSource: () => ({
          data: null,
          errors: [
            {
              message: 'url must be an http:// or https:// address of a feed',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'url', message: 'url must be an http:// or https:// address of a feed' }],
              },
            },
          ],
        }),
      },
      { pattern: '/admin/sources', url: '/admin/sources', signedInAs: { role: 'ADMIN' } },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Add a source' }));
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'BMLT' } });
    fireEvent.change(screen.getByLabelText('Address'), { target: { value: 'ftp://bmlt.example.org' } });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'gny-na' } });
    fireEvent.change(screen.getByLabelText('Service body ids'), { target: { value: '1001, 1002' } });
    fireEvent.change(screen.getByLabelText('Grace period (days)'), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save source' }));
    const url = screen.getByLabelText('Address');
    await waitFor(() => expect(url.getAttribute('aria-invalid')).toBe('true'));
    expect(api.seen.find((r) => r.operationName === 'AddMeetingSource')?.variables['input']).toEqual({
      kind: 'BMLT',
      url: 'ftp://bmlt.example.org',
      source: 'gny-na',
      serviceBodyIds: [1001, 1002],
      everyHours: 24,
      graceDays: 7,
      program: null,
    });
  });
});

describe('overrides on the meeting form', () => {
  it('shows what the source says for an edited field and clears it on request', async () => {
    const meeting = (overrides: { field: string; sourceValue: string }[]) => ({
      data: {
        meeting: {
          __typename: 'Meeting',
          id: 'm1',
          name: 'Name Edited Here',
          notes: '',
          attendance: 'IN_PERSON',
          days: [1],
          startTime: '19:00',
          endTime: '20:00',
          timeZone: 'America/Chicago',
          published: true,
          regions: [],
          program: { __typename: 'RecoveryProgram', code: 'NA' },
          group: null,
          types: [],
          location: {
            __typename: 'MeetingLocation',
            venue: null,
            address: '400 S State St',
            city: 'Chicago',
            state: 'IL',
            postalCode: '60605',
            country: 'USA',
            formattedAddress: '400 S State St, Chicago, IL 60605, USA',
            notes: null,
            latitude: 41.8763,
            longitude: -87.6278,
          },
          overrides: overrides.map((o) => ({ __typename: 'MeetingOverride', ...o })),
          online: null,
        },
      },
    });
    let cleared = false;
    const { api } = renderPage(
      <MeetingFormPage />,
      {
        MeetingFormOptions: finderOptions,
        TimeZoneAt: () => ({ data: { timeZoneAt: 'America/Chicago' } }),
        MeetingForEdit: () => meeting(cleared ? [] : [{ field: 'name', sourceValue: 'Source Name' }]),
        ClearMeetingOverride: () => {
          cleared = true;
          return { data: { clearMeetingOverride: { __typename: 'Meeting', id: 'm1', overrides: [] } } };
        },
      },
      { pattern: '/admin/meetings/:id/edit', url: '/admin/meetings/m1/edit', signedInAs: { role: 'ADMIN' } },
    );
    expect(await screen.findByText(/Name: edited here; source says “Source Name”/)).toBeTruthy();
    expect((screen.getByLabelText(/^City/) as HTMLInputElement).value).toBe('Chicago');
    fireEvent.click(screen.getByRole('button', { name: 'Use the source’s value for Name' }));
    await waitFor(() => expect(screen.queryByText(/edited here/)).toBeNull());
    expect(api.seen.find((r) => r.operationName === 'ClearMeetingOverride')?.variables).toEqual({
      meetingId: 'm1',
      field: 'name',
    });
  });
});
