import { NavLink } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setNavCount } from '@kinship/web/ui';
import { MODERATION_COUNT } from '../graphql/live.documents';
import { CHAT_NS } from '../chat.resources';
import { useCountInTitle } from './useCountInTitle';
import { useModerationEvents } from './useModerationEvents';

/** The open queue items, live: for the navigation link and the tab title. */
export function useModerationCount() {
  const { data, refetch } = useQuery(MODERATION_COUNT, { fetchPolicy: 'network-only' });
  useModerationEvents(() => void refetch().catch(() => undefined));
  return data?.moderationQueueCount ?? { open: 0, urgent: 0 };
}

/**
 * "Moderation (3)" in the main navigation for moderators and admins, on every page, updated live; the tab
 * title shows the same count. Urgent items nobody acknowledged make the badge stand out.
 */
export function ModerationNavLink() {
  const { t } = useTranslation(CHAT_NS);
  const { open, urgent } = useModerationCount();
  useCountInTitle(open);
  useEffect(() => {
    setNavCount('moderation', open);
    return () => setNavCount('moderation', 0);
  }, [open]);
  return (
    <NavLink to="/chat/moderation" className="chat-nav-moderation">
      {t('live.nav')}
      {open > 0 ? (
        <>
          {' '}
          <span
            className={`chat-nav-count${urgent > 0 ? ' chat-nav-count--urgent' : ''}`}
            data-testid="moderation-count"
            aria-hidden="true"
          >
            {open}
          </span>
          <span className="chat-sr-only">
            {urgent > 0 ? t('live.countUrgent', { count: open, urgent }) : t('live.count', { count: open })}
          </span>
        </>
      ) : null}
    </NavLink>
  );
}
