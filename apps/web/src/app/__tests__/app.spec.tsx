import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '@kinship/shared/contracts';
import { createKinshipClient } from '@kinship/web/data';
import { fakeAccount, fakeApi, fakeAuthPayload, gqlError } from '@kinship/web/data/testing';
import { LANGUAGE_STORAGE_KEY, setLocale } from '@kinship/web/i18n';
import { App } from '../App';

const signedOut = { RefreshSession: () => gqlError(ErrorCode.Unauthenticated, 'You are not signed in.') };

function renderApp(path: string, handlers: Parameters<typeof fakeApi>[0] = signedOut) {
  window.history.replaceState(null, '', path);
  const api = fakeApi(handlers);
  render(<App kinship={createKinshipClient({ terminatingLink: api.link })} />);
  return api;
}

afterEach(async () => {
  await act(() => setLocale('en'));
});

describe('the app shell', () => {
  it('switches visible text to Spanish, keeps <html lang> in step and remembers the choice', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Kinship' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Te damos la bienvenida a Kinship' }),
    ).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Principal' });
    expect(nav.textContent).toContain('Iniciar sesión');
    expect(screen.getByRole('link', { name: 'Ayuda inmediata' })).toBeTruthy();
    expect(screen.getByLabelText('Idioma')).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('es');
  });

  it.each(['/', '/sign-in', '/sign-up', '/help', '/no-such-page'])(
    'shows "Get help now" in the header of %s',
    async (path) => {
      renderApp(path);
      const banner = await screen.findByRole('banner');
      const link = await waitFor(() => banner.querySelector<HTMLAnchorElement>('a[href="/help"]'));
      expect(link?.textContent).toBe('Get help now');
    },
  );

  it('opens the help page with 988 from the header link', async () => {
    renderApp('/sign-in');
    fireEvent.click(await screen.findByRole('link', { name: 'Get help now' }));
    expect(await screen.findByRole('link', { name: 'Call 988' })).toHaveProperty('href', 'tel:988');
  });

  it('restores the session at start and saves a language switch on the account', async () => {
    const api = renderApp('/', {
      RefreshSession: () => ({ data: { refreshSession: fakeAuthPayload('t1') } }),
      SaveLocale: ({ variables }) => ({
        data: {
          updateProfile: { __typename: 'Account', ...fakeAccount({ locale: String(variables['locale']) }) },
        },
      }),
    });
    expect(await screen.findByRole('heading', { name: 'Welcome back, Ana R.' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });

    await waitFor(() => expect(api.seen.map((r) => r.operationName)).toContain('SaveLocale'));
    expect(api.seen.find((r) => r.operationName === 'SaveLocale')?.variables).toEqual({ locale: 'es' });
    expect(await screen.findByRole('heading', { name: 'Hola de nuevo, Ana R.' })).toBeTruthy();
  });

  it('sends a signed-out visitor from /profile to sign in', async () => {
    renderApp('/profile');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(window.location.pathname).toBe('/sign-in');
  });
});

describe('the home page', () => {
  it('leads to what a person can do here, without an account for meetings', async () => {
    renderApp('/');
    const features = await screen.findByRole('region', { name: 'What you can do here' });
    const links = Array.from(features.querySelectorAll('a')).map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Find a meeting', '/meetings'],
      ['Find a sponsor or mentor', '/sponsorship/find'],
      ['Talk with others', '/chat'],
      ['Your recovery toolkit', '/toolkit'],
    ]);
    expect(features.textContent).toContain('No account needed.');
  });
});
