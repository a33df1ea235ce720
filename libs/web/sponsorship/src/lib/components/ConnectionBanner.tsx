import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '@kinship/web/data';
import { SPONSORSHIP_NS } from '../sponsorship.resources';

/** Says so, politely, whenever the realtime connection is not up. */
export function ConnectionBanner({ state }: { state: ConnectionState }) {
  const { t } = useTranslation(SPONSORSHIP_NS);
  return (
    <p role="status" className={state === 'connected' ? 'visually-hidden' : 'connection-banner'}>
      {state === 'connected' ? '' : t(`messages.connection.${state}`)}
    </p>
  );
}
