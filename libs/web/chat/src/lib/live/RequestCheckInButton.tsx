import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSession, type CrisisKind } from '@kinship/web/data';
import { Alert, Button } from '@kinship/web/ui';
import { REQUEST_CHECK_IN } from '../graphql/live.documents';
import { CHAT_NS } from '../chat.resources';

export interface RequestCheckInButtonProps {
  /** What the help the member saw was about; urgent for OVERDOSE and SUICIDE. None: a general request. */
  kind?: CrisisKind | null;
}

/**
 * "Ask a moderator to check in on me": opt-in, one tap, then a confirmation saying what happens next.
 * Moderators see the member's name and the kind only, never their messages. Signed-out visitors see nothing.
 */
export function RequestCheckInButton({ kind = null }: RequestCheckInButtonProps) {
  const { t } = useTranslation(CHAT_NS);
  const { status } = useSession();
  const hintId = useId();
  const [request, { loading }] = useMutation(REQUEST_CHECK_IN);
  const [state, setState] = useState<'idle' | 'sent' | 'failed'>('idle');
  const [error, setError] = useState('');
  if (status !== 'signedIn') return null;
  if (state === 'sent') {
    return (
      <Alert tone="success" title={t('live.request.sentTitle')}>
        <p>{t('live.request.sent')}</p>
        <p>
          <Link to="/check-ins">{t('live.request.where')}</Link>
        </p>
      </Alert>
    );
  }
  return (
    <div className="chat-request-checkin">
      <Button
        variant="secondary"
        busy={loading}
        aria-describedby={hintId}
        onClick={() =>
          void request({ variables: { kind } })
            .then(() => setState('sent'))
            .catch((e: unknown) => {
              setError(e instanceof Error ? e.message : String(e));
              setState('failed');
            })
        }
      >
        {t('live.request.button')}
      </Button>
      <p id={hintId} className="field__hint">
        {t('live.request.hint')}
      </p>
      <p>
        <Link to="/check-ins">{t('live.request.where')}</Link>
      </p>
      {state === 'failed' ? (
        <Alert tone="error">
          <p>{error || t('moderation.loadError')}</p>
        </Alert>
      ) : null}
    </div>
  );
}
