import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { SessionGate, type SessionGateStatus } from '../SessionGate';

function SignIn() {
  const { state } = useLocation();
  return <p>sign in (back to {(state as { from?: string } | null)?.from})</p>;
}

function gate(status: SessionGateStatus, signedOut?: ReactNode) {
  return (
    <MemoryRouter initialEntries={['/private']}>
      <Routes>
        <Route
          path="/private"
          element={
            <SessionGate status={status} signedOut={signedOut}>
              <p>private page</p>
            </SessionGate>
          }
        />
        <Route path="/sign-in" element={<SignIn />} />
      </Routes>
    </MemoryRouter>
  );
}

describe('session gate', () => {
  it('says it is checking while the session is restored, then shows the page', () => {
    const view = render(gate('restoring'));
    expect(screen.getByRole('status').textContent).toBe('Checking whether you are signed in…');
    view.rerender(gate('signedIn'));
    expect(screen.getByText('private page')).toBeTruthy();
  });

  it('sends a visitor to sign in and back here after, or shows what the page offers them instead', () => {
    const view = render(gate('signedOut'));
    expect(screen.getByText('sign in (back to /private)')).toBeTruthy();
    view.unmount();
    render(gate('signedOut', <p>sign in to see this</p>));
    expect(screen.getByText('sign in to see this')).toBeTruthy();
  });

  it('says so when the session ends on the page, with a link to sign in again', () => {
    const view = render(gate('signedIn'));
    view.rerender(gate('signedOut'));
    expect(screen.queryByText('private page')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Your session has ended. Sign in again');
    expect(screen.getByRole('link', { name: 'Sign in again' }).getAttribute('href')).toBe('/sign-in');
  });
});
