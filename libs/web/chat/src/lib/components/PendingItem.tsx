import { useTranslation } from 'react-i18next';
import type { PendingMessage } from '../hooks/useChatRoom';
import { CHAT_NS } from '../chat.resources';
import { refusalText } from './format';

const RETRYABLE = new Set(['rate_limited', 'slow_mode', 'generic', undefined]);

/** A message of mine the room has not got: on its way, waiting for a moderator (and why), or refused (and why). */
export function PendingItem({
  message,
  onRetry,
  onDiscard,
}: {
  message: PendingMessage;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const { t, i18n } = useTranslation(CHAT_NS);
  return (
    <li
      className={`chat-message chat-message--mine chat-message--${message.state}`}
      data-state={message.state}
    >
      <p className="chat-message__text">{message.text}</p>
      {message.state === 'sending' ? <p className="chat-message__status">{t('pending.sending')}</p> : null}
      {message.state === 'held' ? (
        <p className="chat-message__status">
          {t('pending.held')}{' '}
          {message.heldReason ? t(`held.${message.heldReason}`, { defaultValue: '' }) : ''}
        </p>
      ) : null}
      {message.state === 'failed' && message.error ? (
        <div className="chat-message__status" role="alert">
          <p>
            {t('pending.failed')} {refusalText(t, message.error, i18n.resolvedLanguage)}
          </p>
          <div className="button-row">
            {RETRYABLE.has(message.error.reason) ? (
              <button type="button" className="link-button" onClick={onRetry}>
                {t('pending.retry')}
              </button>
            ) : null}
            <button type="button" className="link-button" onClick={onDiscard}>
              {t('pending.discard')}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
