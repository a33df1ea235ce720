import { useEffect } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '@kinship/web/data';
import { setNavCount, setTitleCount } from '@kinship/web/ui';
import { APP_NS } from './app.resources';

/**
 * "Sponsorship" in the main navigation, with how many private messages and notifications wait (also in
 * the tab's title, "(3) … · Kinship"). Refreshed on every navigation and live over the socket.
 */
export function SponsorshipNavLink() {
  const { t } = useTranslation(APP_NS);
  const location = useLocation();
  const unread = useUnreadCount(location.key);

  useEffect(() => {
    setTitleCount('unread', unread);
    setNavCount('unread', unread);
    return () => {
      setTitleCount('unread', 0);
      setNavCount('unread', 0);
    };
  }, [unread]);

  return (
    <NavLink
      to="/sponsorship"
      aria-label={unread > 0 ? t('nav.sponsorshipUnread', { count: unread }) : undefined}
    >
      {t('nav.sponsorship')}
      {unread > 0 ? (
        <span className="nav-badge" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
