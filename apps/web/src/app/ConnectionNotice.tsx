import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useOnline, useReconnect } from '@kinship/web/data';
import { Alert } from '@kinship/web/ui';
import { CONNECTION_NS } from './connection.resources';

/**
 * Says plainly when the device is offline (what still shows, and that nothing is sent), and when the
 * connection is back, restores the session and refreshes what is on screen.
 */
export function ConnectionNotice() {
  const { t } = useTranslation(CONNECTION_NS);
  const online = useOnline();
  const reconnect = useReconnect();
  const { pathname } = useLocation();
  const wasOffline = useRef(!online);
  // "Back online" shows on the page where it happened, until the member moves on.
  const [refreshedOn, setRefreshedOn] = useState<string | null>(null);
  const path = useRef(pathname);
  useEffect(() => {
    path.current = pathname;
  }, [pathname]);

  useEffect(() => {
    if (!online) {
      wasOffline.current = true;
      return;
    }
    if (!wasOffline.current) return;
    wasOffline.current = false;
    void reconnect().then(() => setRefreshedOn(path.current));
  }, [online, reconnect]);

  if (!online) {
    return (
      <Alert tone="info" className="connection-notice">
        <p>{t('offline')}</p>
      </Alert>
    );
  }
  return refreshedOn === pathname ? (
    <Alert tone="success" className="connection-notice">
      <p>{t('online')}</p>
    </Alert>
  ) : null;
}
