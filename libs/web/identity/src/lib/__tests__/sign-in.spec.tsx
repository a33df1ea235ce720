import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@kinship/shared/contracts';
import { fakeAuthPayload, gqlError } from '@kinship/web/data/testing';
import { ProfilePage } from '../profile/ProfilePage';
import { SignInPage } from '../sign-in/SignInPage';
import { renderPage } from './render';

function signIn() {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ana@example.org' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'whatever it is' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in form', () => {
  it('shows how long to wait when RATE_LIMITED', async () => {
    renderPage(<SignInPage />, {
      SignIn: () =>
        gqlError(ErrorCode.RateLimited, 'Too many failed sign-in attempts. Try again in 3 minutes.', {
          retryAfterSeconds: 150,
        }),
    });
    signIn();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Too many attempts. Please wait 3 minutes and try again.',
    );
  });

  it('says the email and password do not match, without a refresh attempt', async () => {
    const { api } = renderPage(<SignInPage />, {
      SignIn: () => gqlError(ErrorCode.Unauthenticated, 'That email and password do not match an account.'),
    });
    signIn();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That email and password do not match an account.',
    );
    expect(api.seen.map((r) => r.operationName)).toEqual(['SignIn']);
  });

  it('signs in and goes to the profile', async () => {
    const { kinship } = renderPage(<SignInPage />, {
      SignIn: () => ({ data: { signIn: fakeAuthPayload('t2') } }),
    });
    signIn();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/profile'));
    expect(kinship.session.getState().status).toBe('signedIn');
  });
});

describe('profile page', () => {
  it('sends a signed-out visitor to sign in', async () => {
    renderPage(<ProfilePage />, {}, '/profile');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/sign-in'));
  });
});
