import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@kinship/shared/contracts';
import { gqlError, renderWithProviders } from '@kinship/web/data/testing';
import { ResetPasswordPage } from '../email/ResetPasswordPage';
import { renderPage } from './render';

describe('reset password page', () => {
  it('without a token, asks for a link and answers the same whatever the address', async () => {
    const { api } = renderPage(
      <ResetPasswordPage />,
      { RequestPasswordReset: () => ({ data: { requestPasswordReset: true } }) },
      '/reset-password',
    );
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ana@example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/^If an account uses this address/);
    expect(api.seen[0]?.variables).toEqual({ email: 'ana@example.org' });
  });

  it('with a spent token, says the link is not valid any more and offers a new one', async () => {
    const message = 'token: this link is not valid any more.';
    const { api } = renderWithProviders(
      <ResetPasswordPage />,
      {
        ResetPassword: () =>
          gqlError(ErrorCode.BadUserInput, message, { fields: [{ field: 'token', message }] }),
      },
      { path: '/reset-password?token=spent', pattern: '/reset-password' },
    );
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'a long new passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the new password' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^This link is not valid any more/);
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toBeTruthy();
    expect(api.seen[0]?.variables).toEqual({ token: 'spent', password: 'a long new passphrase' });
  });
});
