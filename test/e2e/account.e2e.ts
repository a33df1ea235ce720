import type { Browser, Page } from 'playwright-core';
import { launchChromium, openNav, openPage, type Visit } from './support/browser';

let browser: Browser;
let visit: Visit;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  visit = await openPage(browser);
  page = visit.page;
});

afterAll(async () => {
  await visit?.context.close();
  await browser?.close();
});

/** The main navigation, opened through the Menu button on a phone. */
const nav = () => openNav(page);
const heading = (name: string) => page.getByRole('heading', { level: 1, name });

async function expectVisible(locator: ReturnType<Page['getByRole']>) {
  await locator.waitFor({ state: 'visible' });
}

describe('a member’s account, in the browser', () => {
  const email = `e2e-${Date.now()}@example.org`;
  const password = 'a long and memorable passphrase';

  it('signs up, signs out, signs in, edits the profile, switches to Spanish and signs out', async () => {
    await page.goto('/');
    await expectVisible(heading('Welcome to Kinship'));

    // Sign up.
    await (await nav()).getByRole('link', { name: 'Create account' }).click();
    await expectVisible(heading('Create your account'));
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Display name').fill('Rosa M.');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectVisible(heading('Your profile'));
    await expectVisible(
      page.getByText(
        'Rosa M., welcome to Kinship. Your account is ready. Check your email to confirm your address.',
      ),
    );
    await expectVisible(page.getByText(`Signed in as ${email}. Only you can see this address.`));

    // Sign out.
    await (await nav()).getByRole('button', { name: 'Sign out' }).click();
    await expectVisible(heading('Welcome to Kinship'));
    await expectVisible(page.getByText('You signed out. Take care of yourself.'));

    // Sign in.
    await (await nav()).getByRole('link', { name: 'Sign in' }).click();
    await expectVisible(heading('Sign in'));
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(heading('Your profile'));

    // Edit the profile and see it saved.
    await page.getByLabel('Display name').fill('Rosa Mar M.');
    await page.getByLabel('About you').fill('One day at a time. Coffee after the Tuesday meeting.');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expectVisible(page.getByRole('status').filter({ hasText: 'Your profile was saved.' }));

    // A reload keeps the session (httpOnly refresh cookie) and shows what was saved.
    await page.reload();
    await expectVisible(heading('Your profile'));
    expect(await page.getByLabel('Display name').inputValue()).toBe('Rosa Mar M.');
    expect(await page.getByLabel('About you').inputValue()).toBe(
      'One day at a time. Coffee after the Tuesday meeting.',
    );

    // Switch to Spanish (the language switcher is in the menu on a phone).
    await nav();
    await page.getByRole('combobox', { name: 'Language' }).first().selectOption('es');
    await expectVisible(heading('Tu perfil'));
    await expectVisible(page.getByRole('link', { name: 'Ayuda inmediata' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('es');

    // Sign out, in Spanish.
    await (await nav()).getByRole('button', { name: 'Cerrar sesión' }).click();
    await expectVisible(heading('Te damos la bienvenida a Kinship'));
    await expectVisible(page.getByText('Cerraste sesión. Cuídate mucho.'));
    await expectVisible((await nav()).getByRole('link', { name: 'Iniciar sesión' }));

    // No console errors along the way (a blocked inline script or style would show up here).
    expect(visit.problems).toEqual([]);
  });
});
