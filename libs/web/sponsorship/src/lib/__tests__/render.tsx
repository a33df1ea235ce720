import type { ReactElement } from 'react';
import { FakeSocket, renderWithProviders, type FakeApiHandler } from '@kinship/web/data/testing';

export { FakeSocket };

/** Renders `page` at `path` (matching `pattern`) signed in as Ana (id a1), with a fake API and socket. */
export function renderPage(
  page: ReactElement,
  handlers: Record<string, FakeApiHandler>,
  {
    path = '/',
    pattern = path,
    socket = new FakeSocket(),
  }: { path?: string; pattern?: string; socket?: FakeSocket } = {},
) {
  return renderWithProviders(page, handlers, { path, pattern, socket, signedInAs: {} });
}
