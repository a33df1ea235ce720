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

function Where() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname}</div>;
}

/**
 * Renders `page` at `path` with a real Apollo client whose API is `handlers`. Starts signed out, or signed
 * in as `signedInAs` (an account with these fields changed).
 */
export function renderPage(
  page: ReactElement,
  handlers: Record<string, FakeApiHandler>,
  path = '/',
  signedInAs?: Partial<SessionAccount>,
) {
  const api = fakeApi(handlers);
  const kinship = createKinshipClient({ terminatingLink: api.link });
  if (signedInAs) kinship.session.signedIn(fakeAuthPayload('t1', signedInAs));
  else kinship.session.clear();
  const view = render(
    <SessionProvider value={kinship} restore={false}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={path} element={page} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
        <Where />
      </MemoryRouter>
    </SessionProvider>,
  );
  return { ...view, api, kinship };
}

/** The text of the elements that describe `element` (its hint and error), as a screen reader reads them. */
export function description(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}
