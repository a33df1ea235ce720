import { StrictMode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { I18nextProvider, i18n } from '@kinship/web/i18n';
import { SessionProvider, type KinshipClient } from '@kinship/web/data';
import { AppShell } from './AppShell';

/** Providers, outermost first: i18n, Apollo + session, router. */
export function App({ kinship }: { kinship: KinshipClient }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SessionProvider value={kinship}>
          <BrowserRouter>
            <AppShell />
          </BrowserRouter>
        </SessionProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
