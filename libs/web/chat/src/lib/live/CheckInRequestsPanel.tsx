import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ModeratorCheckInRequestsQuery } from '@kinship/web/data';
import { Alert, Button, TextField } from '@kinship/web/ui';
import { CHECK_IN_REQUESTS, RESOLVE_CHECK_IN_REQUEST } from '../graphql/live.documents';
import { CHAT_NS } from '../chat.resources';
import { formatTime } from '../components/format';
import { ItemControls } from './ItemControls';
import { useModerationEvents } from './useModerationEvents';

type Request = ModeratorCheckInRequestsQuery['moderatorCheckInRequests'][number];

function RequestItem({ request, onChanged }: { request: Request; onChanged: () => void }) {
  const { t, i18n } = useTranslation(CHAT_NS);
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [resolve, { loading }] = useMutation(RESOLVE_CHECK_IN_REQUEST);
  const pressing = request.urgent && !request.state.acknowledgedAt;
  return (
    <li
      className={`card chat-queue-item${pressing ? ' chat-queue-item--urgent' : ''}`}
      aria-labelledby={id}
      data-testid="checkin-request"
    >
      <h3 id={id}>
        {request.urgent ? (
          <span className="chat-badge chat-badge--urgent">{t('moderation.queue.urgent')}</span>
        ) : null}{' '}
        {t('live.request.title', { name: request.member.displayName })}
      </h3>
      <p>
        {request.kind ? t(`live.request.kind.${request.kind}`) : t('live.request.kind.none')} ·{' '}
        {formatTime(request.createdAt, i18n.language)}
      </p>
      <p className="muted">{t('live.request.private')}</p>
      {request.checkInId ? (
        <p>
          <Link to={`/chat/moderation/check-ins/${request.checkInId}`}>{t('live.request.conversation')}</Link>
        </p>
      ) : null}
      <ItemControls state={request.state} urgent={request.urgent} canCheckIn onChanged={onChanged} />
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim().length < 3) return setError(t('moderation.reasonNeeded'));
          setError(null);
          resolve({ variables: { input: { requestId: request.id, reason: reason.trim() } } })
            .then(onChanged)
            .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
        }}
      >
        <TextField
          label={t('live.request.reason')}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button type="submit" variant="secondary" busy={loading}>
          {t('live.request.resolve')}
        </Button>
      </form>
      {error ? (
        <Alert tone="error">
          <p>{error}</p>
        </Alert>
      ) : null}
    </li>
  );
}

/**
 * Members' requests for a check-in (global moderators), live. The console shows the urgent ones (overdose,
 * suicide) above every message and the others after them: urgent items first, whatever their kind.
 */
export function CheckInRequestsPanel({ urgent }: { urgent: boolean }) {
  const { t } = useTranslation(CHAT_NS);
  const headingId = useId();
  const { data, refetch } = useQuery(CHECK_IN_REQUESTS, { fetchPolicy: 'cache-and-network' });
  const refresh = () => void refetch().catch(() => undefined);
  useModerationEvents(refresh);
  const requests = (data?.moderatorCheckInRequests ?? []).filter((r) => r.urgent === urgent);
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(urgent ? 'live.request.urgentHeading' : 'live.request.heading', { count: requests.length })}
      </h2>
      <ul className="chat-queue">
        {requests.map((r) => (
          <RequestItem key={r.id} request={r} onChanged={refresh} />
        ))}
      </ul>
    </section>
  );
}
