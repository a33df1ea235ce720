import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ChatReportReason } from '@kinship/web/data';
import { Alert, Button, Dialog, SelectField, TextAreaField } from '@kinship/web/ui';
import { REPORT_CHAT_MESSAGE } from '../graphql/chat.documents';
import { CHAT_NS } from '../chat.resources';

const REASONS: ChatReportReason[] = [
  'HARASSMENT',
  'HATE',
  'SPAM',
  'PRIVATE_INFO',
  'SOMEONE_AT_RISK',
  'OTHER',
];

/** Report a message to the moderators, with a reason; the reporter stays anonymous. */
export function ReportDialog({
  messageId,
  onClose,
  onDone,
}: {
  messageId: string | null;
  onClose: () => void;
  onDone: (hidden: boolean) => void;
}) {
  const { t } = useTranslation(CHAT_NS);
  const [reason, setReason] = useState<ChatReportReason>('HARASSMENT');
  const [note, setNote] = useState('');
  const [report, { loading, error }] = useMutation(REPORT_CHAT_MESSAGE);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!messageId) return;
    const { data } = await report({ variables: { input: { messageId, reason, note } } }).catch(() => ({
      data: null,
    }));
    if (!data) return;
    setNote('');
    onDone(data.reportChatMessage.hiddenPendingReview);
  };

  return (
    <Dialog open={messageId !== null} title={t('report.title')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <SelectField
          label={t('report.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value as ChatReportReason)}
          options={REASONS.map((r) => ({ value: r, label: t(`report.reasons.${r}`) }))}
        />
        <TextAreaField
          label={t('report.note')}
          value={note}
          maxLength={500}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
        />
        {error ? (
          <Alert tone="error">
            <p>{t('report.failed')}</p>
          </Alert>
        ) : null}
        <div className="button-row">
          <Button type="submit" busy={loading}>
            {t('report.send')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('report.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
