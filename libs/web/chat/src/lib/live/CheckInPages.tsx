import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { Alert, PageHeading, SessionGate } from '@kinship/web/ui';
import { CHECK_IN, MY_CHECK_IN } from '../graphql/live.documents';
import { CHAT_NS } from '../chat.resources';
import { CheckInThread } from './CheckInThread';
import { RequestCheckInButton } from './RequestCheckInButton';

function ModeratorView({ id }: { id: string }) {
  const { t } = useTranslation(CHAT_NS);
  const { account } = useSession();
  const { data, error, refetch } = useQuery(CHECK_IN, { variables: { id }, fetchPolicy: 'network-only' });
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const checkIn = data?.moderatorCheckIn;
  if (error && !checkIn) {
    return (
      <Alert tone="error">
        <p>{error.message}</p>
      </Alert>
    );
  }
  if (!checkIn) return <p className="muted">{t('live.thread.loading')}</p>;
  return (
    <>
      <PageHeading title={t('live.thread.moderatorTitle', { name: checkIn.member.displayName })} />
      <p>
        <Link to="/chat/moderation">{t('live.thread.back')}</Link>
      </p>
      <p className="muted">{t('live.thread.moderatorNote', { name: checkIn.member.displayName })}</p>
      <CheckInThread checkIn={checkIn} myId={account?.id} reload={reload} />
    </>
  );
}

/** `/chat/moderation/check-ins/:id`: a moderator's view of one member's check-in conversation. */
export function ModeratorCheckInPage() {
  const { status } = useSession();
  const { id } = useParams();
  return (
    <SessionGate status={status}>
      <div className="chat-checkin">{id ? <ModeratorView id={id} /> : null}</div>
    </SessionGate>
  );
}

function MemberView() {
  const { t } = useTranslation(CHAT_NS);
  const { account } = useSession();
  const { data, loading, refetch } = useQuery(MY_CHECK_IN, { fetchPolicy: 'network-only' });
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const checkIn = data?.myModeratorCheckIn;
  return (
    <>
      <PageHeading title={t('live.thread.memberTitle')} />
      <p className="muted">{t('live.thread.memberNote')}</p>
      {checkIn ? (
        <CheckInThread checkIn={checkIn} myId={account?.id} reload={reload} />
      ) : loading ? null : (
        <>
          <p>{t('live.thread.none')}</p>
          <RequestCheckInButton />
        </>
      )}
    </>
  );
}

/** `/check-ins`: the member's own check-in conversation with the moderator team. */
export function MyCheckInsPage() {
  const { status } = useSession();
  return (
    <SessionGate status={status}>
      <div className="chat-checkin">
        <MemberView />
      </div>
    </SessionGate>
  );
}
