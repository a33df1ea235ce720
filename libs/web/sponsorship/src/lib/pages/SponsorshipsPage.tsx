import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useRealtime, useSession, type SponsorshipFieldsFragment } from '@kinship/web/data';
import { Button, PageHeading, SessionGate } from '@kinship/web/ui';
import { MARK_NOTIFICATIONS_READ, MY_SPONSORSHIPS, NOTIFICATIONS } from '../graphql/sponsorship.documents';
import { SPONSORSHIP_NS } from '../sponsorship.resources';
import { RelationshipCard } from '../components/RelationshipCard';
import { SponsorshipNav } from '../components/SponsorshipNav';

function Notifications() {
  const { t, i18n } = useTranslation(SPONSORSHIP_NS);
  const { data, refetch } = useQuery(NOTIFICATIONS);
  // The navigation's unread count (UnreadCounts, in @kinship/web/data) drops at once too.
  const [markRead, marking] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries: ['UnreadCounts'] });
  const page = data?.sponsorshipNotifications;
  if (!page) return null;
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card" aria-labelledby="notifications-title">
      <h2 id="notifications-title">
        {t('notifications.title')}
        {page.unreadCount > 0 ? (
          <span className="badge">{t('notifications.unread', { count: page.unreadCount })}</span>
        ) : null}
      </h2>
      {page.notifications.length === 0 ? <p className="muted">{t('notifications.none')}</p> : null}
      <ul className="notifications">
        {page.notifications.map((n) => (
          <li key={n.id} className={n.read ? 'notification' : 'notification notification--unread'}>
            <span>
              {t(`notifications.${n.kind}`, {
                name: n.actor ? `${n.actor.displayName} #${n.actor.handle}` : t('notifications.someone'),
                kind: t(`kind.${n.relationshipKind ?? 'SPONSOR'}`),
              })}
            </span>{' '}
            <time className="muted" dateTime={n.createdAt}>
              {when.format(new Date(n.createdAt))}
            </time>
          </li>
        ))}
      </ul>
      {page.unreadCount > 0 ? (
        <Button
          variant="secondary"
          busy={marking.loading}
          onClick={() => void markRead().then(() => refetch())}
        >
          {t('notifications.markRead')}
        </Button>
      ) : null}
    </section>
  );
}

function Group({
  title,
  items,
  onChanged,
}: {
  title: string;
  items: SponsorshipFieldsFragment[];
  onChanged: () => void;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ul className="relationships">
        {items.map((item) => (
          <RelationshipCard key={item.id} item={item} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}

function Overview() {
  const { t } = useTranslation(SPONSORSHIP_NS);
  const { socket } = useRealtime();
  const { data, refetch } = useQuery(MY_SPONSORSHIPS, { fetchPolicy: 'cache-and-network' });
  const notifications = useQuery(NOTIFICATIONS);
  useEffect(() => {
    if (!socket) return;
    const changed = () => void refetch().catch(() => undefined);
    socket.on('sponsorship:notification', changed);
    socket.on('dm:closed', changed);
    return () => {
      socket.off('sponsorship:notification', changed);
      socket.off('dm:closed', changed);
    };
  }, [socket, refetch]);
  const all = data?.mySponsorships ?? [];
  const onChanged = () => {
    void refetch();
    void notifications.refetch();
  };
  const open = (status: string, role: string) => all.filter((s) => s.status === status && s.myRole === role);
  return (
    <>
      <Notifications />
      <Group title={t('overview.incoming')} items={open('PENDING', 'SPONSOR')} onChanged={onChanged} />
      <Group title={t('overview.sponsors')} items={open('ACTIVE', 'SPONSEE')} onChanged={onChanged} />
      <Group title={t('overview.sponsees')} items={open('ACTIVE', 'SPONSOR')} onChanged={onChanged} />
      <Group title={t('overview.outgoing')} items={open('PENDING', 'SPONSEE')} onChanged={onChanged} />
      <Group
        title={t('overview.past')}
        items={all.filter((s) => s.status !== 'PENDING' && s.status !== 'ACTIVE')}
        onChanged={onChanged}
      />
      {data && all.length === 0 ? (
        <p>
          {t('overview.none')} <Link to="/sponsorship/find">{t('overview.findLink')}</Link> ·{' '}
          <Link to="/sponsorship/offer">{t('overview.offerLink')}</Link>
        </p>
      ) : null}
    </>
  );
}

/** /sponsorship: notifications, requests both ways, the member's sponsor and sponsees, and past ones. */
export function SponsorshipsPage() {
  const { status } = useSession();
  const { t } = useTranslation(SPONSORSHIP_NS);
  return (
    <SessionGate status={status}>
      <PageHeading title={t('overview.title')} />
      <SponsorshipNav />
      <Overview />
    </SessionGate>
  );
}
