import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ChatModerationAction, ChatModerationQueueQuery } from '@kinship/web/data';
import { Alert, Button, SelectField, TextField } from '@kinship/web/ui';
import {
  BAN_MEMBER,
  MODERATE_MESSAGE,
  MODERATION_QUEUE,
  TIMEOUT_MEMBER,
} from '../graphql/moderation.documents';
import { CHAT_NS } from '../chat.resources';
import { useModeratorAction } from './useAction';
import { ItemControls } from '../live/ItemControls';
import { CheckInRequestsPanel } from '../live/CheckInRequestsPanel';
import { useModerationEvents } from '../live/useModerationEvents';

type Item = ChatModerationQueueQuery['chatModerationQueue']['items'][number];

const DURATIONS = [
  ['m10', 10],
  ['h1', 60],
  ['d1', 24 * 60],
  ['w1', 7 * 24 * 60],
] as const;

function actionsFor(status: Item['message']['status']): ChatModerationAction[] {
  if (status === 'HELD') return ['APPROVE', 'DELETE', 'DISMISS'];
  if (status === 'HIDDEN') return ['RESTORE', 'DELETE', 'DISMISS'];
  if (status === 'VISIBLE') return ['HIDE', 'DELETE', 'DISMISS'];
  return ['DISMISS'];
}

type Status = Item['message']['status'];

function QueueItem({
  item,
  global,
  handled,
  onHandled,
  onChanged,
}: {
  item: Item;
  global: boolean;
  /** Set once this moderator acted on it: it stays, with its new status, until they leave the page. */
  handled: Status | null;
  onHandled: (status: Status) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation(CHAT_NS);
  const id = useId();
  const { reason, setReason, status, busy, run } = useModeratorAction();
  const [minutes, setMinutes] = useState<number>(60);
  const [moderate] = useMutation(MODERATE_MESSAGE);
  const [timeout] = useMutation(TIMEOUT_MEMBER);
  const [ban] = useMutation(BAN_MEMBER);
  const { message } = item;
  const author = message.author;
  const pressing = item.urgent && !item.state.acknowledgedAt;
  return (
    <li
      className={`card chat-queue-item${pressing ? ' chat-queue-item--urgent' : ''}`}
      aria-labelledby={id}
      data-testid="queue-item"
    >
      <h3 id={id}>
        {item.urgent ? (
          <span className="chat-badge chat-badge--urgent">{t('moderation.queue.urgent')}</span>
        ) : null}{' '}
        {t(`moderation.queue.status.${handled ?? message.status}`)} ·{' '}
        {t('moderation.queue.in', { room: item.roomName })}
      </h3>
      {item.crisis ? (
        <Alert tone="error" title={t(`moderation.queue.crisis.${item.crisis}`)}>
          <p>{t('moderation.queue.crisisHint')}</p>
        </Alert>
      ) : null}
      <blockquote className="chat-queue-item__text">{message.text}</blockquote>
      <p className="muted">
        {author ? t('moderation.queue.by', { name: `${author.displayName} · #${author.handle}` }) : ''}
      </p>
      {item.reportCount > 0 ? (
        <details>
          <summary>{t('moderation.queue.reports', { count: item.reportCount })}</summary>
          <ul>
            {item.reports.map((r, i) => (
              <li key={i}>
                {t(`report.reasons.${r.reason}`)}
                {r.note ? `: ${r.note}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {handled ? null : (
        <ItemControls
          state={item.state}
          urgent={item.urgent}
          canCheckIn={global && Boolean(author)}
          onChanged={onChanged}
        />
      )}
      <TextField
        label={t('moderation.reason')}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="button-row">
        {(handled ? [] : actionsFor(message.status)).map((action) => (
          <Button
            key={action}
            variant={action === 'DELETE' ? 'danger' : 'secondary'}
            busy={busy}
            onClick={() =>
              void run(async (why) => {
                const done = await moderate({
                  variables: { input: { messageId: message.id, action, reason: why } },
                });
                onHandled(done.data?.moderateChatMessage.status ?? message.status);
              })
            }
          >
            {t(`moderation.actions.${action}`)}
          </Button>
        ))}
      </div>
      {author ? (
        <div className="button-row">
          <SelectField
            label={t('moderation.actions.minutes')}
            value={String(minutes)}
            onChange={(e) => setMinutes(Number(e.target.value))}
            options={DURATIONS.map(([key, value]) => ({
              value: String(value),
              label: t(`moderation.actions.durations.${key}`),
            }))}
          />
          <Button
            variant="secondary"
            busy={busy}
            onClick={() =>
              void run((why) =>
                timeout({
                  variables: { input: { roomId: message.roomId, memberId: author.id, minutes, reason: why } },
                }),
              )
            }
          >
            {t('moderation.actions.timeout')}
          </Button>
          <Button
            variant="danger"
            busy={busy}
            onClick={() =>
              void run((why) =>
                ban({ variables: { input: { roomId: message.roomId, memberId: author.id, reason: why } } }),
              )
            }
          >
            {t('moderation.actions.ban')}
          </Button>
        </div>
      ) : null}
      {status ? (
        <Alert tone={status.tone}>
          <p>{status.text}</p>
        </Alert>
      ) : null}
    </li>
  );
}

/**
 * Members' check-in requests (global moderators), then held messages, reported messages and crisis alerts,
 * urgent first; live: whatever any moderator or member does shows up here without a reload.
 */
export function QueuePanel({ roomId, global }: { roomId: string; global: boolean }) {
  const { t } = useTranslation(CHAT_NS);
  const { data, error, refetch } = useQuery(MODERATION_QUEUE, {
    variables: { roomId: roomId || null, first: 20 },
    fetchPolicy: 'network-only',
  });
  const refresh = () => void refetch().catch(() => undefined);
  useModerationEvents(refresh);
  const [handled, setHandled] = useState(new Map<string, { item: Item; index: number; status: Status }>());
  if (error && !data) {
    return (
      <Alert tone="error">
        <p>{t('moderation.loadError')}</p>
      </Alert>
    );
  }
  const fetched = data?.chatModerationQueue.items ?? [];
  // After an action the item stays where it was, with its new status, so the moderator can follow up on the
  // author (time out, ban, check in), even though the live queue no longer lists it.
  const items = [...fetched];
  for (const [id, kept] of handled) {
    if (!fetched.some((i) => i.message.id === id))
      items.splice(Math.min(kept.index, items.length), 0, kept.item);
  }
  return (
    <section aria-label={t('moderation.tabs.queue')}>
      <p className="muted">{t('live.liveHint')}</p>
      {global ? <CheckInRequestsPanel urgent /> : null}
      <h2>{t('live.messagesHeading')}</h2>
      {data && fetched.length === 0 && handled.size === 0 ? (
        <p className="muted">{t('moderation.queue.empty')}</p>
      ) : null}
      <ul className="chat-queue">
        {items.map((item, index) => (
          <QueueItem
            key={item.message.id}
            item={item}
            global={global}
            handled={handled.get(item.message.id)?.status ?? null}
            onHandled={(status) =>
              setHandled((map) => new Map(map).set(item.message.id, { item, index, status }))
            }
            onChanged={refresh}
          />
        ))}
      </ul>
      {global ? <CheckInRequestsPanel urgent={false} /> : null}
    </section>
  );
}
