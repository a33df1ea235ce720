import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRealtime, type ModeratorCheckInFieldsFragment } from '@kinship/web/data';
import { Button } from '@kinship/web/ui';
import { Composer } from '../components/Composer';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { formatTime } from '../components/format';
import { CHAT_NS } from '../chat.resources';
import { useCheckInThread } from './useCheckInThread';

/** The messages of one check-in conversation and the box to answer; for the member and for moderators. */
export function CheckInThread({
  checkIn,
  myId,
  reload,
}: {
  checkIn: ModeratorCheckInFieldsFragment;
  myId: string | undefined;
  reload: () => void;
}) {
  const { t, i18n } = useTranslation(CHAT_NS);
  const { state } = useRealtime();
  const thread = useCheckInThread(checkIn, myId, reload);
  const endRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [thread.messages.length, thread.pending.length]);

  const nameOf = (m: (typeof thread.messages)[number]) => {
    if (m.mine) return t('room.you');
    const name = m.author?.displayName ?? t('room.formerMember');
    return m.fromModerator ? t('live.thread.moderatorName', { name }) : name;
  };
  return (
    <>
      <ConnectionStatus state={state} />
      {thread.messages.length === 0 ? <p className="muted">{t('live.thread.empty')}</p> : null}
      <ol className="chat-messages" aria-label={t('live.thread.messages')} data-testid="checkin-messages">
        {thread.messages.map((m) => (
          <li
            key={m.id}
            className={`chat-message${m.mine ? ' chat-message--mine' : ''}${m.fromModerator ? ' chat-message--moderator' : ''}`}
            data-seq={m.seq}
          >
            <div className="chat-message__meta">
              <span className="chat-message__author">{nameOf(m)}</span>
              <time dateTime={m.createdAt}>{formatTime(m.createdAt, i18n.resolvedLanguage)}</time>
            </div>
            <p className="chat-message__text">{m.text}</p>
          </li>
        ))}
        {thread.pending.map((p) => (
          <li
            key={p.clientId}
            className={`chat-message chat-message--mine${p.failed ? ' chat-message--failed' : ''}`}
          >
            <p className="chat-message__text">{p.text}</p>
            <p className="chat-message__status" role={p.failed ? 'alert' : undefined}>
              {p.failed ? t('live.thread.failed') : t('live.thread.sending')}
            </p>
            {p.failed ? (
              <Button variant="secondary" onClick={() => thread.retry(p)}>
                {t('live.thread.retry')}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      <div ref={endRef} />
      <div className="chat-footer">
        <Composer onSend={thread.send} onTyping={() => undefined} />
      </div>
    </>
  );
}
