import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { UNREAD_COUNTS } from '../graphql/crisis.documents';
import { useRealtime } from '../realtime/realtime';
import { useSession } from '../session/session-context';

/**
 * How many private messages and sponsorship notifications wait for the signed-in member (0 signed out).
 * Asked again whenever `refreshKey` changes (the app passes the location, so every navigation refreshes
 * it) and live over the socket: a message from someone else, the member reading one (on any of their
 * tabs) or a new notification.
 */
export function useUnreadCount(refreshKey?: string): number {
  const { status, account } = useSession();
  const signedIn = status === 'signedIn';
  const { data, refetch } = useQuery(UNREAD_COUNTS, {
    skip: !signedIn,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    // A read on the socket often lands while the navigation's own refetch is still in flight: without
    // this, Apollo would hand the socket's refetch that older answer and the count would stay stale.
    context: { queryDeduplication: false },
  });
  const { socket } = useRealtime();
  const myId = account?.id;

  useEffect(() => {
    if (signedIn) void refetch().catch(() => undefined);
  }, [refreshKey, signedIn, refetch]);

  useEffect(() => {
    if (!socket || !signedIn) return;
    const again = () => void refetch().catch(() => undefined);
    const onMessage = (m: { senderId: string }) => m.senderId !== myId && again();
    const onRead = (e: { readerId: string }) => e.readerId === myId && again();
    socket.on('dm:message', onMessage);
    socket.on('dm:read', onRead);
    socket.on('sponsorship:notification', again);
    socket.on('connect', again);
    return () => {
      socket.off('dm:message', onMessage);
      socket.off('dm:read', onRead);
      socket.off('sponsorship:notification', again);
      socket.off('connect', again);
    };
  }, [socket, signedIn, myId, refetch]);

  if (!signedIn || !data) return 0;
  const messages = data.mySponsorships.reduce((sum, s) => sum + s.unreadCount, 0);
  return messages + data.sponsorshipNotifications.unreadCount;
}
