import { useTranslation } from 'react-i18next';
import { UI_NS } from '../ui.resources';

/** "New messages ↓": shown above the composer when messages arrived while the member had scrolled up. */
export function NewMessagesButton({ show, onClick }: { show: boolean; onClick: () => void }) {
  const { t } = useTranslation(UI_NS);
  if (!show) return null;
  return (
    <button type="button" className="new-messages" onClick={onClick}>
      {t('chat.newMessages')} <span aria-hidden="true">↓</span>
    </button>
  );
}
