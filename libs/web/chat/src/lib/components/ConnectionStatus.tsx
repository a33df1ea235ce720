import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '@kinship/web/data';
import { CHAT_NS } from '../chat.resources';

/**
 * The connection, always shown: a small "Connected" when all is well, a clear banner otherwise (it stays at
 * the top of the screen on a phone, where dropping to 3G or a tunnel is common).
 */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const { t } = useTranslation(CHAT_NS);
  return (
    <p role="status" className={`chat-connection chat-connection--${state}`} data-state={state}>
      {t(`connection.${state}`)}
    </p>
  );
}
