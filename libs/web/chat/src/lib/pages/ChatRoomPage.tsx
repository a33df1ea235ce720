import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCrisisHelp, useRealtime, useSession } from '@kinship/web/data';
import {
  Alert,
  Button,
  CrisisDialog,
  NewMessagesButton,
  PageHeading,
  SessionGate,
  useStickToBottom,
} from '@kinship/web/ui';
import { CHAT_ROOM, JOIN_CHAT_ROOM, LEAVE_CHAT_ROOM } from '../graphql/chat.documents';
import { useChatRoom } from '../hooks/useChatRoom';
import { Composer } from '../components/Composer';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { MessageItem } from '../components/MessageItem';
import { PendingItem } from '../components/PendingItem';
import { ReportDialog } from '../components/ReportDialog';
import { RestrictionNotice } from '../components/RestrictionNotice';
import { roomName } from '../components/room-name';
import { CHAT_NS } from '../chat.resources';

function Conversation({ roomId, myId }: { roomId: string; myId: string }) {
  const { t } = useTranslation(CHAT_NS);
  const { socket, state } = useRealtime();
  const chat = useChatRoom(socket, state, roomId, myId);
  const [reporting, setReporting] = useState<string | null>(null);
  const [thanks, setThanks] = useState<'thanks' | 'hidden' | null>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const footerRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const help = useCrisisHelp(chat.crisis !== null);
  const lastPending = chat.pending[chat.pending.length - 1];
  const lastMessage = chat.messages[chat.messages.length - 1];
  const follow = useStickToBottom({
    endRef,
    footerRef,
    lastKey: !chat.ready
      ? null
      : lastPending
        ? `p:${lastPending.clientId}`
        : lastMessage
          ? `m:${lastMessage.seq}`
          : '',
    lastIsMine: lastPending !== undefined || Boolean(lastMessage?.mine),
  });

  if (chat.loadError) {
    return (
      <Alert tone="error">
        <p>{t('room.loadError')}</p>
      </Alert>
    );
  }
  return (
    <>
      <ConnectionStatus state={state} />
      <CrisisDialog
        crisis={chat.crisis}
        onClose={chat.dismissCrisis}
        returnFocusRef={inputRef}
        note={t('crisis.private')}
        sponsor={help.sponsor}
        meetings={help.meetings}
      />
      {chat.notice ? (
        <Alert tone="info">
          <p>{t('room.rejected')}</p>
          <button type="button" className="link-button" onClick={chat.dismissNotice}>
            {t('room.dismiss')}
          </button>
        </Alert>
      ) : null}
      {thanks ? (
        <Alert tone="success">
          <p>{t(thanks === 'hidden' ? 'report.hidden' : 'report.thanks')}</p>
        </Alert>
      ) : null}
      {chat.hasOlder ? (
        <Button variant="secondary" onClick={() => void chat.loadOlder()}>
          {t('room.older')}
        </Button>
      ) : null}
      {!chat.ready ? (
        <p role="status" className="muted">
          {t('room.loading')}
        </p>
      ) : null}
      <ol
        className="chat-messages"
        aria-label={t('room.messages')}
        aria-live="polite"
        aria-relevant="additions"
      >
        {chat.ready && chat.messages.length === 0 && chat.pending.length === 0 ? (
          <li className="muted">{t('room.empty')}</li>
        ) : null}
        {chat.messages.map((m) => (
          <MessageItem key={m.seq} message={m} onReport={() => setReporting(m.id)} />
        ))}
        {chat.pending.map((p) => (
          <PendingItem
            key={p.clientId}
            message={p}
            onRetry={() => chat.retry(p.clientId)}
            onDiscard={() => chat.discard(p.clientId)}
          />
        ))}
      </ol>
      <div ref={endRef} className="chat-end" />
      <div ref={footerRef} className="chat-footer">
        <NewMessagesButton
          show={follow.cue}
          onClick={() => {
            follow.jump();
            inputRef.current?.focus();
          }}
        />
        <p className="chat-typing muted" aria-live="polite">
          {chat.typing.length
            ? t('room.typing', { count: chat.typing.length, names: chat.typing.join(', ') })
            : ''}
        </p>
        {chat.slowModeSeconds > 0 ? (
          <p className="muted">{t('room.slowMode', { seconds: chat.slowModeSeconds })}</p>
        ) : null}
        {chat.restriction ? (
          <RestrictionNotice restriction={chat.restriction} />
        ) : (
          <Composer onSend={chat.send} onTyping={chat.notifyTyping} inputRef={inputRef} />
        )}
      </div>
      <ReportDialog
        messageId={reporting}
        onClose={() => setReporting(null)}
        onDone={(hidden) => {
          setReporting(null);
          setThanks(hidden ? 'hidden' : 'thanks');
        }}
      />
    </>
  );
}

function Room() {
  const { t } = useTranslation(CHAT_NS);
  const { roomId = '' } = useParams();
  const navigate = useNavigate();
  const { account } = useSession();
  const { data, error, refetch } = useQuery(CHAT_ROOM, {
    variables: { id: roomId },
    fetchPolicy: 'cache-and-network',
  });
  const [join, joining] = useMutation(JOIN_CHAT_ROOM);
  const [leave] = useMutation(LEAVE_CHAT_ROOM);
  const room = data?.chatRoom;
  const canRead = room && (room.membership === 'JOINED' || room.canModerate);

  return (
    <div className="chat-room">
      <PageHeading title={room ? roomName(t, room) : t('rooms.title')} />
      <p className="chat-room__nav">
        <Link to="/chat">{t('room.back')}</Link>
        {room?.membership === 'JOINED' ? (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              void leave({ variables: { roomId } })
                .then(() => navigate('/chat'))
                .catch(() => undefined)
            }
          >
            {t('room.leave')}
          </button>
        ) : null}
      </p>
      {error && !data ? (
        <Alert tone="error">
          <p>{t('room.loadError')}</p>
        </Alert>
      ) : null}
      {room && !canRead && room.myRestriction?.kind !== 'BAN' ? (
        <Button
          busy={joining.loading}
          onClick={() =>
            void join({ variables: { roomId } })
              .then(() => refetch())
              .catch(() => undefined)
          }
        >
          {t('room.join')}
        </Button>
      ) : null}
      {room?.myRestriction?.kind === 'BAN' ? (
        <RestrictionNotice restriction={{ kind: 'ban', until: null, reason: room.myRestriction.reason }} />
      ) : null}
      {canRead && account ? <Conversation key={roomId} roomId={roomId} myId={account.id} /> : null}
    </div>
  );
}

/** `/chat/:roomId`: one room, live. */
export function ChatRoomPage() {
  const { status } = useSession();
  return (
    <SessionGate status={status}>
      <Room />
    </SessionGate>
  );
}
