import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PushKind } from '@kinship/web/data';
import { Alert, Button } from '@kinship/web/ui';
import { PUSH_SETTINGS, SET_PUSH_KIND, SUBSCRIBE_PUSH, UNSUBSCRIBE_PUSH } from './notifications.documents';
import { NOTIFICATIONS_NS } from './notifications.resources';
import { currentSubscription, pushSupported, subscribeDevice } from './push-device';
import './notifications.css';

const KINDS: PushKind[] = [
  'PRIVATE_MESSAGE',
  'SPONSORSHIP_REQUEST',
  'SPONSORSHIP_ANSWER',
  'MODERATOR_CHECK_IN',
  'MEETING_REMINDER',
];

type Problem = 'denied' | 'failed' | null;

/**
 * Push notifications: on or off for this device (permission is asked only when the member clicks), and
 * which kinds they want (all off by default). Hidden when the server has no push keys.
 */
export function NotificationSettings() {
  const { t } = useTranslation(NOTIFICATIONS_NS);
  const { data } = useQuery(PUSH_SETTINGS);
  const [subscribe] = useMutation(SUBSCRIBE_PUSH);
  const [unsubscribe] = useMutation(UNSUBSCRIBE_PUSH);
  const [setKind] = useMutation(SET_PUSH_KIND);
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);

  useEffect(() => {
    let live = true;
    void currentSubscription().then((s) => live && setEndpoint(s?.endpoint ?? null));
    return () => {
      live = false;
    };
  }, []);

  const settings = data?.pushSettings;
  if (!settings?.available || !settings.publicKey) return null;
  const publicKey = settings.publicKey;
  const supported = pushSupported();

  const turnOn = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await subscribeDevice(publicKey);
      if (!outcome.ok) return setProblem(outcome.reason);
      const { endpoint: url, p256dh, auth } = outcome;
      await subscribe({ variables: { subscription: { endpoint: url, p256dh, auth } } });
      setEndpoint(url);
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const current = await currentSubscription();
      if (current) await current.unsubscribe();
      if (endpoint) await unsubscribe({ variables: { endpoint } });
      setEndpoint(null);
    } catch {
      setProblem('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {!supported ? (
        <p className="muted">{t('device.unsupported')}</p>
      ) : (
        <>
          <p role="status">{endpoint ? t('device.on') : t('device.off')}</p>
          {problem ? (
            <Alert tone="error">
              <p>{t(`device.${problem}`)}</p>
            </Alert>
          ) : null}
          <Button variant="secondary" busy={busy} onClick={() => void (endpoint ? turnOff() : turnOn())}>
            {busy ? t('device.working') : endpoint ? t('device.disable') : t('device.enable')}
          </Button>
        </>
      )}
      <fieldset className="push-kinds" aria-describedby="push-kinds-hint">
        <legend>{t('kinds.legend')}</legend>
        <p id="push-kinds-hint" className="field__hint">
          {t('kinds.hint')}
        </p>
        {KINDS.map((kind) => (
          <label key={kind} className="push-kind">
            <input
              type="checkbox"
              checked={settings.enabledKinds.includes(kind)}
              onChange={(e) => {
                const enabled = e.target.checked;
                const kinds = settings.enabledKinds.filter((k) => k !== kind);
                void setKind({
                  variables: { kind, enabled },
                  // The box follows the click at once; the server's answer then replaces it.
                  optimisticResponse: {
                    setPushKind: { ...settings, enabledKinds: enabled ? [...kinds, kind] : kinds },
                  },
                }).catch(() => undefined);
              }}
            />
            {t(`kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
