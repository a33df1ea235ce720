import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ChatFilterAction, ChatFilterKind } from '@kinship/web/data';
import { Alert, Button, SelectField, TextField } from '@kinship/web/ui';
import { ADD_FILTER, CHAT_FILTERS, REMOVE_FILTER } from '../graphql/moderation.documents';
import { CHAT_NS } from '../chat.resources';
import { useModeratorAction } from './useAction';

/** Word and pattern filters of one room, or (no room) of every room. */
export function FiltersPanel({ roomId }: { roomId: string }) {
  const { t } = useTranslation(CHAT_NS);
  const { reason, setReason, status, busy, run } = useModeratorAction();
  const [pattern, setPattern] = useState('');
  const [kind, setKind] = useState<ChatFilterKind>('WORD');
  const [action, setAction] = useState<ChatFilterAction>('HOLD');
  const variables = { roomId: roomId || null };
  const { data, refetch } = useQuery(CHAT_FILTERS, { variables, fetchPolicy: 'network-only' });
  const [add] = useMutation(ADD_FILTER);
  const [remove] = useMutation(REMOVE_FILTER);
  const filters = data?.chatFilters ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run((why) =>
      add({ variables: { input: { roomId: roomId || null, pattern, kind, action, reason: why } } }).then(
        () => {
          setPattern('');
          return refetch();
        },
      ),
    );
  };

  return (
    <section aria-label={t('moderation.tabs.filters')}>
      <p className="muted">
        {t('moderation.filters.scope')}: {roomId ? t('moderation.room') : t('moderation.everyRoom')}
      </p>
      {data && filters.length === 0 ? <p className="muted">{t('moderation.filters.none')}</p> : null}
      <ul className="chat-filters">
        {filters.map((f) => (
          <li key={f.id}>
            <code>{f.pattern}</code> · {t(`moderation.filters.kinds.${f.kind}`)} ·{' '}
            {t(`moderation.filters.actions.${f.action}`)}{' '}
            <Button
              variant="secondary"
              busy={busy}
              onClick={() =>
                void run((why) =>
                  remove({ variables: { input: { filterId: f.id, reason: why } } }).then(() => refetch()),
                )
              }
            >
              {t('moderation.filters.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={submit}>
        <TextField
          label={t('moderation.filters.pattern')}
          hint={t('moderation.filters.patternHint')}
          value={pattern}
          required
          maxLength={100}
          onChange={(e) => setPattern(e.target.value)}
        />
        <SelectField
          label={t('moderation.filters.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as ChatFilterKind)}
          options={(['WORD', 'PATTERN'] as const).map((k) => ({
            value: k,
            label: t(`moderation.filters.kinds.${k}`),
          }))}
        />
        <SelectField
          label={t('moderation.filters.action')}
          value={action}
          onChange={(e) => setAction(e.target.value as ChatFilterAction)}
          options={(['HOLD', 'BLOCK'] as const).map((a) => ({
            value: a,
            label: t(`moderation.filters.actions.${a}`),
          }))}
        />
        <TextField
          label={t('moderation.reason')}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button type="submit" busy={busy}>
          {t('moderation.filters.add')}
        </Button>
      </form>
      {status ? (
        <Alert tone={status.tone}>
          <p>{status.text}</p>
        </Alert>
      ) : null}
    </section>
  );
}
