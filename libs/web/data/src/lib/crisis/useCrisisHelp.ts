import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { CRISIS_MEETINGS, CRISIS_SPONSOR } from '../graphql/crisis.documents';

/** Meetings in progress or starting within this many minutes are offered in the crisis dialog. */
export const CRISIS_MEETINGS_MINUTES = 30;

/** Where the sponsorship feature shows a conversation (its route in apps/web). */
export const conversationPath = (sponsorshipId: string) => `/sponsorship/messages/${sponsorshipId}`;

const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * What the crisis dialog offers beyond the lines and steps, loaded when it opens: the member's sponsor (to
 * message them) and online meetings starting within 30 minutes (asked live, never from the cache).
 */
export function useCrisisHelp(open: boolean) {
  const filter = useMemo(
    () => ({
      attendance: ['ONLINE' as const, 'HYBRID' as const],
      startingWithinMinutes: CRISIS_MEETINGS_MINUTES,
      timeZone: deviceTimeZone(),
    }),
    [],
  );
  const sponsorships = useQuery(CRISIS_SPONSOR, { skip: !open, fetchPolicy: 'network-only' });
  const meetings = useQuery(CRISIS_MEETINGS, {
    skip: !open,
    variables: { filter },
    fetchPolicy: 'network-only',
  });
  const mine = sponsorships.data?.mySponsorships.find((s) => s.myRole === 'SPONSEE');
  const list = (meetings.data?.meetings.edges ?? [])
    .map((e) => e.node)
    .filter((m) => m.online?.url || m.online?.phone)
    .map((m) => ({
      id: m.id,
      name: m.name,
      url: m.online?.url ?? null,
      phone: m.online?.phone ?? null,
      start: m.upcoming[0]?.start ?? null,
      inProgress: m.upcoming[0]?.inProgress ?? false,
      startsInMinutes: m.upcoming[0]?.startsInMinutes ?? null,
    }));
  return {
    sponsor: mine ? { name: mine.other.displayName, to: conversationPath(mine.id) } : null,
    meetings: {
      list,
      loading: meetings.loading && !meetings.data,
      failed: Boolean(meetings.error) && !meetings.data,
    },
  };
}
