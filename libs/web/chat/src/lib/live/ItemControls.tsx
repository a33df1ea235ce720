import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSession, type ModerationItemStateFieldsFragment } from '@kinship/web/data';
import { Alert, Button } from '@kinship/web/ui';
import { ACKNOWLEDGE_ITEM, CLAIM_ITEM, OPEN_CHECK_IN, RELEASE_ITEM } from '../graphql/live.documents';
import { CHAT_NS } from '../chat.resources';

/**
 * Who handles a queue item, and the buttons to acknowledge, claim, release, take over, or check in with the
 * member privately. Every other console shows the change at once (the server tells them).
 */
export function ItemControls({
  state,
  urgent,
  canCheckIn,
  onChanged,
}: {
  state: ModerationItemStateFieldsFragment;
  urgent: boolean;
  canCheckIn: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation(CHAT_NS);
  const { account } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [acknowledge] = useMutation(ACKNOWLEDGE_ITEM);
  const [claim] = useMutation(CLAIM_ITEM);
  const [release] = useMutation(RELEASE_ITEM);
  const [openCheckIn] = useMutation(OPEN_CHECK_IN);
  const input = { itemType: state.itemType, itemId: state.itemId };
  const holder = state.claim?.by ?? null;
  const mine = Boolean(holder && holder.id === account?.id);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="chat-item-controls">
      <p className="chat-item-controls__state" role="status">
        {state.claim
          ? mine
            ? t('live.claimedByYou')
            : t('live.claimedBy', { name: holder?.displayName ?? t('live.formerModerator') })
          : t('live.unclaimed')}
        {state.acknowledgedAt
          ? ` · ${t('live.acknowledgedBy', { name: state.acknowledgedBy?.displayName ?? t('live.formerModerator') })}`
          : urgent
            ? ` · ${t('live.needsAcknowledging')}`
            : ''}
      </p>
      <div className="button-row">
        {urgent && !state.acknowledgedAt ? (
          <Button busy={busy} onClick={() => void run(() => acknowledge({ variables: { input } }))}>
            {t('live.acknowledge')}
          </Button>
        ) : null}
        {!state.claim ? (
          <Button
            variant="secondary"
            busy={busy}
            onClick={() => void run(() => claim({ variables: { input: { ...input, takeOver: false } } }))}
          >
            {t('live.claim')}
          </Button>
        ) : mine ? (
          <Button
            variant="secondary"
            busy={busy}
            onClick={() => void run(() => release({ variables: { input } }))}
          >
            {t('live.release')}
          </Button>
        ) : (
          <Button
            variant="secondary"
            busy={busy}
            onClick={() => void run(() => claim({ variables: { input: { ...input, takeOver: true } } }))}
          >
            {t('live.takeOver')}
          </Button>
        )}
        {canCheckIn ? (
          <Button
            variant="secondary"
            busy={busy}
            onClick={() =>
              void run(async () => {
                const opened = await openCheckIn({ variables: { input } });
                const id = opened.data?.openModeratorCheckIn.id;
                if (id) navigate(`/chat/moderation/check-ins/${id}`);
              })
            }
          >
            {t('live.checkIn')}
          </Button>
        ) : null}
      </div>
      {error ? (
        <Alert tone="error">
          <p>{error}</p>
        </Alert>
      ) : null}
    </div>
  );
}
