import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DISPLAY_NAME_STAFF_MESSAGE,
  DISPLAY_NAME_STAFF_TAKEN_MESSAGE,
  ErrorCode,
} from '@kinship/shared/contracts';
import { setLocale } from '@kinship/web/i18n';
import { gqlError } from '@kinship/web/data/testing';
import { SignUpPage } from '../sign-up/SignUpPage';
import { description, renderPage } from './render';

const refusal = (message: string) => () =>
  gqlError(ErrorCode.BadUserInput, message, { fields: [{ field: 'displayName', message }] });

function signUpAs(
  displayName: string,
  labels = { email: 'Email', password: 'Password', name: 'Display name' },
) {
  fireEvent.change(screen.getByLabelText(labels.email), { target: { value: 'sam@example.org' } });
  fireEvent.change(screen.getByLabelText(labels.password), { target: { value: 'a long enough password' } });
  fireEvent.change(screen.getByLabelText(labels.name), { target: { value: displayName } });
  fireEvent.submit(screen.getByLabelText(labels.name).closest('form') as HTMLFormElement);
}

afterEach(async () => {
  await act(() => setLocale('en'));
});

describe('names that imitate staff', () => {
  it('says why the API refused a staff-like name, beside the display name field', async () => {
    renderPage(<SignUpPage />, { Register: refusal(DISPLAY_NAME_STAFF_MESSAGE) });
    signUpAs('Kinship Team');
    await screen.findByRole('alert');
    const field = screen.getByLabelText('Display name');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(description(field)).toContain('This name looks like a moderator, staff or Kinship itself.');
  });

  it("says it in Spanish, and names a moderator's own name apart", async () => {
    await act(() => setLocale('es'));
    renderPage(<SignUpPage />, { Register: refusal(DISPLAY_NAME_STAFF_TAKEN_MESSAGE) });
    signUpAs('Chris L.', { email: 'Correo electrónico', password: 'Contraseña', name: 'Nombre visible' });
    await screen.findByRole('alert');
    expect(description(screen.getByLabelText('Nombre visible'))).toContain(
      'Un moderador de Kinship usa este nombre.',
    );
  });
});
