import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@kinship/shared/contracts';
import { fakeAuthPayload, gqlError } from '@kinship/web/data/testing';
import { SignUpPage } from '../sign-up/SignUpPage';
import { description, renderPage } from './render';

function fillIn(values: { email: string; password: string; displayName: string }) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: values.email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: values.password } });
  fireEvent.change(screen.getByLabelText('Display name'), { target: { value: values.displayName } });
  fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

const valid = { email: 'ana@example.org', password: 'a long enough password', displayName: 'Ana R.' };

describe('sign-up form', () => {
  it('shows the API field errors of BAD_USER_INPUT beside their fields', async () => {
    const { api } = renderPage(<SignUpPage />, {
      Register: () =>
        gqlError(ErrorCode.BadUserInput, 'displayName may use letters…; email must be an email address', {
          fields: [
            { field: 'displayName', message: 'displayName may use letters, spaces, dots…' },
            { field: 'email', message: 'email must be an email address, like name@example.org' },
          ],
        }),
    });

    fillIn({ ...valid, displayName: 'Ana R. 😀' });

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Please check the fields marked below.',
    );
    const displayName = screen.getByLabelText('Display name');
    expect(displayName.getAttribute('aria-invalid')).toBe('true');
    expect(description(displayName)).toContain(
      'Use 2 to 40 letters, spaces, dots, apostrophes or hyphens, like Ana R.',
    );
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(description(email)).toContain('Enter an email address, like name@example.org.');
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBeNull();
    // The first invalid field gets the focus, so a keyboard user lands on the problem.
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(api.seen.map((r) => r.operationName)).toEqual(['Register']);
    expect(api.seen[0]?.variables).toEqual({
      input: { email: 'ana@example.org', password: valid.password, displayName: 'Ana R. 😀', locale: 'en' },
    });
  });

  it("after registering, signs in with the same credentials; someone else's address fails like any sign-in", async () => {
    const { api } = renderPage(<SignUpPage />, {
      Register: () => ({ data: { register: true } }),
      SignIn: () => gqlError(ErrorCode.Unauthenticated, 'That email and password do not match an account.'),
    });
    fillIn(valid);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That email and password do not match an account.',
    );
    expect(api.seen.map((r) => r.operationName)).toEqual(['Register', 'SignIn']);
    expect(api.seen[1]?.variables).toEqual({ input: { email: valid.email, password: valid.password } });
  });

  it('checks a short password in the browser without asking the API', async () => {
    const { api } = renderPage(<SignUpPage />, {});
    fillIn({ ...valid, password: 'short' });
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'));
    expect(description(password)).toContain('Use 10 to 128 characters.');
    expect(api.seen).toHaveLength(0);
  });

  it('signs the new member in and goes to their profile', async () => {
    const { kinship } = renderPage(<SignUpPage />, {
      Register: () => ({ data: { register: true } }),
      SignIn: () => ({ data: { signIn: fakeAuthPayload('t1') } }),
    });
    expect(
      screen.getByText('How other members see you: first name and last initial, like Ana R.'),
    ).toBeTruthy();
    fillIn(valid);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/profile'));
    expect(kinship.session.accessToken).toBe('t1');
  });
});
