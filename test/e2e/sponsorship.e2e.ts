import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, openPage, type Visit } from './support/browser';

// Two people in two browser profiles, as the demo data sets them up: Sam T. (member@example.org) has saved
// what they look for in a sponsor; Maria G. (sponsor@example.org) offers to sponsor in NA.
const PASSWORD = 'recovery-demo-2026';

let browser: Browser;
let sam: Visit;
let maria: Visit;

beforeAll(async () => {
  browser = await launchChromium();
  sam = await openPage(browser);
  maria = await openPage(browser, { width: 1024, height: 800 });
});

afterAll(async () => {
  await sam?.context.close();
  await maria?.context.close();
  await browser?.close();
});

const visible = (locator: Locator) => locator.waitFor({ state: 'visible' });
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Opens `path`; signed out, the app asks to sign in and then comes back to it. */
async function signInAt(page: Page, path: string, email: string) {
  await page.goto(path);
  await visible(heading(page, 'Sign in'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('sponsorship, in two browsers', () => {
  it('a seeker finds a sponsor and asks; the sponsor accepts; they message each other in realtime', async () => {
    // Sam finds Maria, with the reasons she is suggested, and asks her.
    await signInAt(sam.page, '/sponsorship/find', 'member@example.org');
    await visible(heading(sam.page, 'Find a sponsor or mentor'));
    const card = sam.page.getByRole('listitem', { name: 'Maria G.' });
    await visible(card);
    await visible(card.getByText('same program'));
    await visible(card.getByText('comfortable with medication-assisted treatment'));
    await visible(card.getByText(/of shared free time each week/));
    await card.getByRole('button', { name: 'Ask Maria G.' }).click();
    const dialog = sam.page.getByRole('dialog', { name: 'Ask Maria G.' });
    await dialog
      .getByLabel(/A message with your request/)
      .fill('Hi Maria, I am 90 days clean and need a sponsor.');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await visible(card.getByText('Request sent. Maria G. will get a notification.'));

    // Maria sees the request (and a notification), and accepts.
    await signInAt(maria.page, '/sponsorship', 'sponsor@example.org');
    await visible(heading(maria.page, 'Sponsorship'));
    const incoming = maria.page.getByRole('region', { name: 'Requests to you' });
    await visible(incoming.getByText('Sam T. asks you to be their sponsor.'));
    await visible(incoming.getByText('Hi Maria, I am 90 days clean and need a sponsor.'));
    await visible(maria.page.getByText(/Sam T\..*asked you to be their sponsor\./));
    await incoming.getByRole('button', { name: 'Accept' }).click();
    const sponsees = maria.page.getByRole('region', { name: 'People you sponsor or mentor' });
    await visible(sponsees.getByText('You are Sam T.’s sponsor.'));

    // Sam sees Maria as their sponsor and opens the conversation; so does Maria.
    await sam.page
      .getByRole('navigation', { name: 'Sponsorship' })
      .getByRole('link', { name: /Requests and sponsors/ })
      .click();
    const mine = sam.page.getByRole('region', { name: 'Your sponsor or mentor' });
    await visible(mine.getByText('Maria G. is your sponsor.'));
    await mine.getByRole('link', { name: 'Messages' }).click();
    await visible(heading(sam.page, 'Messages with Maria G.'));
    await sponsees.getByRole('link', { name: 'Messages' }).click();
    await visible(heading(maria.page, 'Messages with Sam T.'));

    // They write to each other, and each sees the other's message arrive without reloading.
    await sam.page.getByLabel('Your message').fill('Thank you for saying yes. Can we talk tonight?');
    await sam.page.getByRole('button', { name: 'Send' }).click();
    await visible(
      maria.page.locator('.messages').getByText('Thank you for saying yes. Can we talk tonight?'),
    );
    await maria.page.getByLabel('Your message').fill('Of course. Call me at 8.');
    await maria.page.keyboard.press('Enter');
    await visible(sam.page.locator('.messages').getByText('Of course. Call me at 8.'));
    // Sam's message shows once for each of them, and Maria has read it.
    expect(
      await sam.page.locator('.messages').getByText('Thank you for saying yes.', { exact: false }).count(),
    ).toBe(1);
    expect(
      await maria.page.locator('.messages').getByText('Thank you for saying yes.', { exact: false }).count(),
    ).toBe(1);
    await visible(sam.page.getByText('Seen'));
    expect(sam.problems).toEqual([]);
    expect(maria.problems).toEqual([]);
  });
});
