import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_NS } from '../chat.resources';

/**
 * Runs a moderator action with a reason: refuses to start without one (the audit log needs it), and
 * reports success or the API's message.
 */
export function useModeratorAction() {
  const { t } = useTranslation(CHAT_NS);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: (reason: string) => Promise<unknown>) => {
    const why = reason.trim();
    if (why.length < 3) {
      setStatus({ tone: 'error', text: t('moderation.reasonNeeded') });
      return;
    }
    setBusy(true);
    try {
      await work(why);
      setStatus({ tone: 'success', text: t('moderation.done') });
      setReason('');
    } catch (error) {
      setStatus({
        tone: 'error',
        text: t('moderation.failed', { message: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };
  return { reason, setReason, status, busy, run };
}
