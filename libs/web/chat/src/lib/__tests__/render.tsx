import type { ReactElement } from 'react';
import { FakeSocket, renderWithProviders, type FakeApiHandler } from '@kinship/web/data/testing';

export { FakeSocket };

/** Renders `page` at `path`, signed in as Ana (id a1, role `role`), with a fake API and socket. */
export function renderChat(
  page: ReactElement,
  handlers: Record<string, FakeApiHandler>,
  {
    path = '/chat',
    pattern = path,
    socket = new FakeSocket(),
    role = 'MEMBER',
  }: { path?: string; pattern?: string; socket?: FakeSocket; role?: 'MEMBER' | 'MODERATOR' | 'ADMIN' } = {},
) {
  return renderWithProviders(page, handlers, { path, pattern, socket, signedInAs: { role } });
}
