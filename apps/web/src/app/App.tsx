import { StrictMode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { I18nextProvider, i18n } from '@kinship/web/i18n';
import { RealtimeProvider, SessionProvider, type KinshipClient } from '@kinship/web/data';
import { AppShell } from './AppShell';

/**
 * Providers, outermost first: i18n, Apollo + session, realtime (the tab's one socket, open while a signed-in
 * member is on a page that needs it), router.
 */
export function App({ kinship }: { kinship: KinshipClient }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SessionProvider value={kinship}>
          <RealtimeProvider>
            <BrowserRouter>
              <AppShell />
            </BrowserRouter>
          </RealtimeProvider>
        </SessionProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
