import type { ReactElement } from 'react';
import type { SessionAccount } from '@kinship/web/data';
import { renderWithProviders, type fakeApi, type FakeApiHandler } from '@kinship/web/data/testing';
import '../toolkit.resources';

/**
 * Renders `page` at `path` (matched by `route`, default `path`) with a real Apollo client whose API is
 * `handlers`; signed in as `signedInAs` (in Chicago's time zone unless it says otherwise) unless it is null.
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
  const account = signedInAs && { timeZone: 'America/Chicago', ...signedInAs };
  return renderWithProviders(page, handlers, { path, pattern: route, signedInAs: account });
}

/** The variables of the calls to one operation. */
export const callsTo = (api: ReturnType<typeof fakeApi>, operation: string) =>
  api.seen.filter((r) => r.operationName === operation).map((r) => r.variables);
