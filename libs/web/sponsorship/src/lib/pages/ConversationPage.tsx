import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCrisisHelp, useOnline, useRealtime, useSession } from '@kinship/web/data';
import {
  Alert,
  Button,
  CharacterCount,
  CrisisDialog,
  NewMessagesButton,
  PageHeading,
  SessionGate,
  characterCount,
  draftFromState,
  MemberName,
  useStickToBottom,
} from '@kinship/web/ui';
import { DM_MESSAGE_MAX } from '@kinship/shared/contracts';
import { SPONSORSHIP } from '../graphql/sponsorship.documents';
import { useConversation } from '../hooks/useConversation';
import { SPONSORSHIP_NS } from '../sponsorship.resources';
import { ConnectionBanner } from '../components/ConnectionBanner';

function Conversation({ id, myId }: { id: string; myId: string }) {
  const { t, i18n } = useTranslation(SPONSORSHIP_NS);
  const { socket, state } = useRealtime();
  const { data } = useQuery(SPONSORSHIP, { variables: { id } });
  const chat = useConversation(socket, state, id, myId);
  const location = useLocation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => draftFromState(location.state) ?? '');
  const endRef = useRef<HTMLLIElement>(null);
  const footerRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const countId = useId();
  const help = useCrisisHelp(chat.crisis !== null);
  const name = data?.sponsorship.other.displayName ?? '';
  const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
  const tooLong = characterCount(draft) > DM_MESSAGE_MAX;
  // Offline the composer is disabled and says so: nothing is queued unseen.
  const online = useOnline();
  const offlineId = useId();
  const lastMine = [...chat.messages].reverse().find((m) => m.senderId === myId);
  const lastPending = chat.pending[chat.pending.length - 1];
  const lastMessage = chat.messages[chat.messages.length - 1];
  const follow = useStickToBottom({
    endRef,
    footerRef,
    lastKey: lastPending
      ? `p:${lastPending.clientId}`
      : lastMessage
        ? `m:${lastMessage.seq}`
        : chat.ready
          ? ''
          : null,
    lastIsMine: lastPending !== undefined || lastMessage?.senderId === myId,
  });

  // A message prefilled by a link ("Message my sponsor" in the crisis dialog): into the composer, once,
  // also when the link leads to this very conversation.
  const prefill = draftFromState(location.state);
  const [prefilledAt, setPrefilledAt] = useState(location.key);
  if (prefill !== null && prefilledAt !== location.key) {
    setPrefilledAt(location.key);
    setDraft(prefill);
  }
  useEffect(() => {
    if (prefill === null) return;
    inputRef.current?.focus();
    navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [prefill, location.pathname, location.search, navigate]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    if (!text || tooLong || !online) return;
    chat.send(text);
    setDraft('');
  };
  // Enter sends on a keyboard; Shift+Enter (and the phone's return key with a composer) adds a line.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  };

  return (
    <div className="conversation">
      <PageHeading title={t('messages.title', { name })} />
      {data ? (
        <p>
          <MemberName member={data.sponsorship.other} />
        </p>
      ) : null}
      <p>
        <Link to="/sponsorship">{t('messages.back')}</Link>
      </p>
      <ConnectionBanner state={state} />
      <CrisisDialog
        crisis={chat.crisis}
        onClose={chat.dismissCrisis}
        returnFocusRef={inputRef}
        sponsor={help.sponsor}
        meetings={help.meetings}
      />
      {chat.hasOlder ? (
        <Button variant="secondary" onClick={() => void chat.loadOlder()}>
          {t('messages.older')}
        </Button>
      ) : null}
      <ol className="messages" aria-live="polite" aria-relevant="additions">
        {chat.messages.length === 0 && chat.pending.length === 0 && !chat.closed ? (
          <li className="muted">{t('messages.empty')}</li>
        ) : null}
        {chat.messages.map((m) => {
          const mine = m.senderId === myId;
          return (
            <li key={m.seq} className={mine ? 'message message--mine' : 'message'} data-seq={m.seq}>
              <span className="visually-hidden">{mine ? t('messages.you') : name}: </span>
              <p className="message__text">{m.text}</p>
              <time className="message__time" dateTime={m.createdAt}>
                {time.format(new Date(m.createdAt))}
              </time>
              {mine && m.seq === lastMine?.seq && chat.otherReadSeq >= m.seq ? (
                <span className="message__seen">{t('messages.seen')}</span>
              ) : null}
            </li>
          );
        })}
        {chat.pending.map((p) => (
          <li key={p.clientId} className="message message--mine message--pending">
            <p className="message__text">{p.text}</p>
            {p.failed ? (
              <span className="message__failed">
                {t('messages.failed')}{' '}
                <button type="button" className="link-button" onClick={() => chat.retry(p.clientId)}>
                  {t('messages.retry')}
                </button>
              </span>
            ) : (
              <span className="message__time">{t('messages.sending')}</span>
            )}
          </li>
        ))}
        <li ref={endRef} aria-hidden="true" className="messages__end" />
      </ol>
      {chat.closed ? (
        <Alert tone="info">
          <p>{t('messages.closed')}</p>
        </Alert>
      ) : (
        <form ref={footerRef} className="composer" onSubmit={submit} noValidate>
          <NewMessagesButton
            show={follow.cue}
            onClick={() => {
              follow.jump();
              inputRef.current?.focus();
            }}
          />
          <label htmlFor="composer-text" className="visually-hidden">
            {t('messages.label')}
          </label>
          <textarea
            id="composer-text"
            ref={inputRef}
            className="field__control composer__text"
            rows={2}
            value={draft}
            aria-invalid={tooLong || undefined}
            aria-describedby={online ? countId : `${offlineId} ${countId}`}
            disabled={!online}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <Button type="submit" disabled={!online || !draft.trim() || tooLong}>
            {t('messages.send')}
          </Button>
          {online ? null : (
            <p id={offlineId} className="field__hint composer__offline">
              {t('messages.offlineComposer')}
            </p>
          )}
          <CharacterCount id={countId} text={draft} max={DM_MESSAGE_MAX} />
        </form>
      )}
    </div>
  );
}

function ConversationRoute() {
  const { id } = useParams();
  const { account } = useSession();
  if (!id || !account) return null;
  return <Conversation key={id} id={id} myId={account.id} />;
}

/** /sponsorship/messages/:id: private messages between a sponsor and a sponsee, in realtime. */
export function ConversationPage() {
  const { status } = useSession();
  return (
    <SessionGate status={status}>
      <ConversationRoute />
    </SessionGate>
  );
}
