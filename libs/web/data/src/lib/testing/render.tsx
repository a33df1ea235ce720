import { render } from '@testing-library/react';
import { useEffect, type ReactElement } from 'react';
import {
  MemoryRouter,
  Route,
  Routes,
  useLocation,
  useNavigate,
  type NavigateFunction,
} from 'react-router-dom';
import { I18nextProvider, i18n } from '@kinship/web/i18n';
import { createKinshipClient } from '../apollo/create-apollo-client';
import { RealtimeProvider, SocketFactoryProvider } from '../realtime/realtime';
import { SessionProvider } from '../session/session-context';
import type { SessionAccount } from '../session/session-store';
import { authPayload, fakeApi, type Handler } from './fake-api';
import { FakeSocket, fakeSocketFactory } from './fake-socket';

export interface RenderOptions {
  /** The URL to open, with its query if any. */
  path?: string;
  /** The route that shows `page` (default: `path`); any other URL shows "elsewhere". */
  pattern?: string;
  /** Signed in (access token `t1`) as an account with these fields changed; signed out when absent or null. */
  signedInAs?: Partial<SessionAccount> | null;
  /** The socket the realtime provider hands out. */
  socket?: FakeSocket;
}

/** Shows where the router is (`data-testid="location"`, path and query) and hands its navigate out. */
function Where({ onNavigate }: { onNavigate: (navigate: NavigateFunction) => void }) {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    onNavigate(navigate);
  }, [navigate, onNavigate]);
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

/**
 * Renders `page` inside the app's providers (i18n, Apollo and the session, realtime, a router) with a real
 * Apollo client whose API is `handlers` (see `fakeApi`) and a fake socket. Returns what Testing Library
 * returns, plus the fake API, the client, the socket, and `navigate` (to leave the page, say).
 */
export function renderWithProviders(
  page: ReactElement,
  handlers: Record<string, Handler>,
  { path = '/', pattern = path, signedInAs = null, socket = new FakeSocket() }: RenderOptions = {},
) {
  const api = fakeApi(handlers);
  const kinship = createKinshipClient({ terminatingLink: api.link });
  if (signedInAs) kinship.session.signedIn(authPayload('t1', signedInAs));
  else kinship.session.clear();
  let go: NavigateFunction | null = null;
  const view = render(
    <I18nextProvider i18n={i18n}>
      <SessionProvider value={kinship} restore={false}>
        <SocketFactoryProvider value={fakeSocketFactory(socket)}>
          <RealtimeProvider>
            <MemoryRouter initialEntries={[path]}>
              <Routes>
                <Route path={pattern} element={page} />
                <Route path="*" element={<p>elsewhere</p>} />
              </Routes>
              <Where onNavigate={(navigate) => (go = navigate)} />
            </MemoryRouter>
          </RealtimeProvider>
        </SocketFactoryProvider>
      </SessionProvider>
    </I18nextProvider>,
  );
  const navigate = (to: string) => {
    if (!go) throw new Error('the router is not ready');
    return go(to);
  };
  return { ...view, api, kinship, socket, navigate };
}
