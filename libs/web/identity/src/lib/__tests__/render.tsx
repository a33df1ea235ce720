import type { ReactElement } from 'react';
import type { SessionAccount } from '@kinship/web/data';
import { renderWithProviders, type FakeApiHandler } from '@kinship/web/data/testing';

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
  return renderWithProviders(page, handlers, { path, signedInAs });
}

/** The text of the elements that describe `element` (its hint and error), as a screen reader reads them. */
export function description(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}
