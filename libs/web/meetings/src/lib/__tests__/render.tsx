import type { ReactElement } from 'react';
import type { SessionAccount } from '@kinship/web/data';
import { renderWithProviders, type FakeApiHandler } from '@kinship/web/data/testing';

/** Renders `page` for the route `pattern` at `url`, with a fake API; signed out unless `signedInAs`. */
export function renderPage(
  page: ReactElement,
  handlers: Record<string, FakeApiHandler>,
  { pattern, url, signedInAs }: { pattern: string; url: string; signedInAs?: Partial<SessionAccount> },
) {
  return renderWithProviders(page, handlers, { path: url, pattern, signedInAs });
}

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

/** A meeting as the MeetingCardFields fragment returns it. */
export function cardMeeting(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Meeting',
    id: 'm1',
    name: 'Tokyo Evening NA',
    attendance: 'ONLINE',
    days: [1],
    startTime: '19:00',
    endTime: '20:00',
    timeZone: 'Asia/Tokyo',
    saved: false,
    program: { __typename: 'RecoveryProgram', code: 'NA', name: 'Narcotics Anonymous' },
    types: [{ __typename: 'MeetingType', code: 'O', name: 'Open' }],
    location: null,
    online: { __typename: 'OnlineAccess', provider: 'Zoom', url: 'https://zoom.us/j/1', phone: null },
    upcoming: [
      {
        __typename: 'MeetingOccurrence',
        start: inMinutes(-20),
        end: inMinutes(40),
        inProgress: true,
        startsInMinutes: -20,
      },
    ],
    ...overrides,
  };
}

export function searchResult(nodes: ReturnType<typeof cardMeeting>[], extra: Record<string, unknown> = {}) {
  return {
    data: {
      meetings: {
        __typename: 'MeetingConnection',
        radiusKm: null,
        widened: false,
        requestedRadiusKm: null,
        widenedToKm: null,
        nothingNear: false,
        pageInfo: { __typename: 'MeetingsPageInfo', endCursor: null, hasNextPage: false },
        edges: nodes.map((node, i) => ({
          __typename: 'MeetingEdge',
          cursor: `c${i}`,
          distanceKm: null,
          distanceMiles: null,
          node,
        })),
        ...extra,
      },
    },
  };
}

export const finderOptions = () => ({
  data: {
    recoveryPrograms: [
      { __typename: 'RecoveryProgram', code: 'NA', name: 'Narcotics Anonymous' },
      { __typename: 'RecoveryProgram', code: 'SMART', name: 'SMART Recovery' },
    ],
    meetingTypes: [
      { __typename: 'MeetingType', code: 'O', name: 'Open' },
      { __typename: 'MeetingType', code: 'W', name: 'Women' },
    ],
  },
});
