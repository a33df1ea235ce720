import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, MemberName, SelectField, TextField } from '@kinship/web/ui';
import { CHAT_SANCTIONS, LIFT_SANCTION, SET_SLOW_MODE } from '../graphql/moderation.documents';
import { formatTime } from '../components/format';
import { CHAT_NS } from '../chat.resources';
import { useModeratorAction } from './useAction';

const SLOW_MODES = [0, 10, 30, 60, 120, 300];

/** A room's slow mode, and its active timeouts and bans (with a way to lift them). */
export function ToolsPanel({ roomId, slowModeSeconds }: { roomId: string; slowModeSeconds: number }) {
  const { t, i18n } = useTranslation(CHAT_NS);
  const { reason, setReason, status, busy, run } = useModeratorAction();
  const [seconds, setSeconds] = useState(slowModeSeconds);
  const { data, refetch } = useQuery(CHAT_SANCTIONS, { variables: { roomId }, fetchPolicy: 'network-only' });
  const [setSlowMode] = useMutation(SET_SLOW_MODE);
  const [lift] = useMutation(LIFT_SANCTION);
  const sanctions = data?.chatSanctions ?? [];
  return (
    <section aria-label={t('moderation.tabs.tools')}>
      <TextField
        label={t('moderation.reason')}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
      />
      <h2>{t('moderation.tools.slowMode')}</h2>
      <div className="button-row">
        <SelectField
          label={t('moderation.tools.slowMode')}
          value={String(seconds)}
          onChange={(e) => setSeconds(Number(e.target.value))}
          options={SLOW_MODES.map((s) => ({
            value: String(s),
            label:
              s === 0 ? t('moderation.tools.slowOff') : t('moderation.tools.slowSeconds', { seconds: s }),
          }))}
        />
        <Button
          busy={busy}
          onClick={() =>
            void run((why) => setSlowMode({ variables: { input: { roomId, seconds, reason: why } } }))
          }
        >
          {t('moderation.tools.setSlowMode')}
        </Button>
      </div>
      <h2>{t('moderation.tools.sanctions')}</h2>
      {data && sanctions.length === 0 ? <p className="muted">{t('moderation.tools.noSanctions')}</p> : null}
      <ul className="chat-sanctions">
        {sanctions.map((s) => (
          <li key={s.id}>
            {s.member ? <MemberName member={s.member} /> : null}:{' '}
            {s.kind === 'BAN'
              ? t('moderation.tools.banned')
              : t('moderation.tools.timeoutUntil', {
                  time: formatTime(s.until ?? '', i18n.resolvedLanguage),
                })}{' '}
            · {s.reason}{' '}
            <Button
              variant="secondary"
              busy={busy}
              onClick={() =>
                void run((why) =>
                  lift({ variables: { input: { roomId, memberId: s.member?.id ?? '', reason: why } } }),
                ).then(() => refetch())
              }
            >
              {t('moderation.actions.lift')}
            </Button>
          </li>
        ))}
      </ul>
      {status ? (
        <Alert tone={status.tone}>
          <p>{status.text}</p>
        </Alert>
      ) : null}
    </section>
  );
}
