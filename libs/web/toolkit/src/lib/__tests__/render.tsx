import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import {
  createKinshipClient,
  fakeApi,
  fakeAuthPayload,
  SessionProvider,
  type FakeApiHandler,
  type SessionAccount,
} from '@kinship/web/data';
import '../toolkit.resources';

function Where() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname}</div>;
}

/**
 * Renders `page` at `path` (matched by `route`, default `path`) with a real Apollo client whose API is
 * `handlers`; signed in as `signedInAs` unless it is null.
 */
export function renderPage(
  page: ReactElement,
  handlers: Record<string, FakeApiHandler>,
  {
    path = '/',
    route = path,
    signedInAs = {},
  }: { path?: string; route?: string; signedInAs?: Partial<SessionAccount> | null } = {},
) {
  const api = fakeApi(handlers);
  const kinship = createKinshipClient({ terminatingLink: api.link });
  if (signedInAs)
    kinship.session.signedIn(fakeAuthPayload('t1', { timeZone: 'America/Chicago', ...signedInAs }));
  else kinship.session.clear();
  const view = render(
    <SessionProvider value={kinship} restore={false}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={page} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
        <Where />
      </MemoryRouter>
    </SessionProvider>,
  );
  return { ...view, api, kinship };
}

/** The variables of the calls to one operation. */
export const callsTo = (api: ReturnType<typeof fakeApi>, operation: string) =>
  api.seen.filter((r) => r.operationName === operation).map((r) => r.variables);
