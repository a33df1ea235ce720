import { useEffect } from 'react';
import { NavLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useRealtime } from '@kinship/web/data';
import { MY_SPONSORSHIPS, NOTIFICATIONS } from '../graphql/sponsorship.documents';
import { SPONSORSHIP_NS } from '../sponsorship.resources';

/** The sponsorship pages' own navigation, with a badge for unread messages and new notifications. */
export function SponsorshipNav() {
  const { t } = useTranslation(SPONSORSHIP_NS);
  const { socket } = useRealtime();
  const sponsorships = useQuery(MY_SPONSORSHIPS);
  const notifications = useQuery(NOTIFICATIONS);
  const { refetch: refetchSponsorships } = sponsorships;
  const { refetch: refetchNotifications } = notifications;

  // Live: a new message or notification anywhere refreshes the counts.
  useEffect(() => {
    if (!socket) return;
    const onMessage = () => void refetchSponsorships().catch(() => undefined);
    const onNotification = () => {
      void refetchNotifications().catch(() => undefined);
      void refetchSponsorships().catch(() => undefined);
    };
    socket.on('dm:message', onMessage);
    socket.on('sponsorship:notification', onNotification);
    return () => {
      socket.off('dm:message', onMessage);
      socket.off('sponsorship:notification', onNotification);
    };
  }, [socket, refetchSponsorships, refetchNotifications]);

  const unread =
    (sponsorships.data?.mySponsorships ?? []).reduce((sum, s) => sum + s.unreadCount, 0) +
    (notifications.data?.sponsorshipNotifications.unreadCount ?? 0);
  return (
    <nav className="sub-nav" aria-label={t('nav.label')}>
      <NavLink to="/sponsorship" end>
        {t('nav.overview')}
        {unread > 0 ? (
          <span className="badge" aria-label={t('notifications.unread', { count: unread })}>
            {unread}
          </span>
        ) : null}
      </NavLink>
      <NavLink to="/sponsorship/find">{t('nav.find')}</NavLink>
      <NavLink to="/sponsorship/offer">{t('nav.offer')}</NavLink>
    </nav>
  );
}
