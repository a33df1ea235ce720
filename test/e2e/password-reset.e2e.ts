import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, type Visit } from './support/browser';
import { gql } from './support/sponsorship-api';
import { linkIn, mailTo } from './support/mail';

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

const heading = (name: string) => page.getByRole('heading', { level: 1, name });

describe('a forgotten password, in the browser', () => {
  it('asks for a link, reads it from the email, chooses a new password and signs in with it', async () => {
    const email = `forgot-${Date.now()}@example.org`;
    await gql('mutation ($input: RegisterInput!) { register(input: $input) }', {
      input: { email, password: 'the password I forgot', displayName: 'Iris F.' },
    });

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await heading('Reset your password').waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('status').filter({ hasText: 'If an account uses this address' }).waitFor();

    const mail = await mailTo(email, 'Reset your password');
    await page.goto(linkIn(mail, '/reset-password'));
    await heading('Reset your password').waitFor();
    await page.getByLabel('New password').fill('a new and better passphrase');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password was changed' }).waitFor();

    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await heading('Sign in').waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a new and better passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading('Your profile').waitFor();
    await page.getByText('Please confirm your email address with the link we sent you').waitFor({
      state: 'hidden',
    });
  });
});
