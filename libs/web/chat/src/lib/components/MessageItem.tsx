import { useTranslation } from 'react-i18next';
import { MemberName } from '@kinship/web/ui';
import type { TimelineMessage } from '../realtime/timeline';
import { CHAT_NS } from '../chat.resources';
import { formatTime } from './format';

function tombstone(m: TimelineMessage): string {
  if (m.status === 'deleted')
    return m.statusReason === 'account_deleted' ? 'room.deletedAccount' : 'room.deleted';
  return m.statusReason === 'reports' ? 'room.hiddenReports' : 'room.hiddenModerator';
}

/** One message; hidden and deleted ones keep their place, without their text. */
export function MessageItem({ message, onReport }: { message: TimelineMessage; onReport?: () => void }) {
  const { t, i18n } = useTranslation(CHAT_NS);
  const shown = message.status === 'visible' && message.text !== null;
  const author = message.author;
  // The handle tells apart members with the same display name, in what a screen reader says too.
  const name = message.mine
    ? t('room.you')
    : author
      ? `${author.displayName} #${author.handle}`
      : t('room.formerMember');
  return (
    <li className={`chat-message${message.mine ? ' chat-message--mine' : ''}`} data-seq={message.seq}>
      <div className="chat-message__meta">
        <span className="chat-message__author">
          {shown && author ? (
            <MemberName member={author} label={message.mine ? t('room.you') : undefined} />
          ) : shown ? (
            name
          ) : null}
        </span>
        <time dateTime={message.createdAt}>{formatTime(message.createdAt, i18n.resolvedLanguage)}</time>
      </div>
      {shown ? (
        <p className="chat-message__text">{message.text}</p>
      ) : (
        <p className="chat-message__text chat-message__text--gone">{t(tombstone(message))}</p>
      )}
      {shown && !message.mine && onReport ? (
        <button
          type="button"
          className="link-button chat-message__report"
          onClick={onReport}
          aria-label={t('room.reportLabel', { name })}
        >
          {t('room.report')}
        </button>
      ) : null}
    </li>
  );
}
