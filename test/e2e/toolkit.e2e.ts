import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium, openNav } from './support/browser';
import { SPONSOR_NAME, startSponsorship } from './support/sponsorship-api';

// The member's device is in Chicago; their days are counted there once they say so.
const ZONE = 'America/Chicago';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-US',
    timezoneId: ZONE,
    viewport: { width: 360, height: 780 },
  });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const heading = (name: string, level = 1) => page.getByRole('heading', { level, name, exact: true });
const visible = (locator: ReturnType<Page['getByRole']>) => locator.waitFor({ state: 'visible' });

const PASSWORD = 'a long and memorable passphrase';
const email = `toolkit-${Date.now()}@example.org`;
describe('the recovery toolkit, in the browser', () => {
  it('sets a clean date, fills a Cost-Benefit Analysis, builds a plan, and opens Help now', async () => {
    // A new member signs up.
    await page.goto('/sign-up');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Display name', { exact: true }).fill('Dana K.');
    await page.getByRole('button', { name: 'Create account' }).click();
    await visible(heading('Your profile'));

    // My recovery: count days in this device's zone, then set a clean date 30 days ago.
    await (await openNav(page)).getByRole('link', { name: 'Recovery toolkit' }).click();
    await visible(heading('Recovery toolkit'));
    await page.getByRole('link', { name: 'My recovery' }).click();
    await visible(heading('My recovery'));
    await page.getByRole('button', { name: `Count my days in ${ZONE} (this device)` }).click();
    await visible(page.getByText(`Your days are now counted in ${ZONE}.`));

    const today = DateTime.now().setZone(ZONE);
    const cleanDate = today.minus({ days: 30 });
    await page.getByLabel('Clean date', { exact: true }).fill(cleanDate.toISODate() as string);
    await page.getByRole('button', { name: 'Save my clean date' }).click();
    await visible(heading('30 days', 2));
    await visible(page.getByText(`Clean since ${cleanDate.toFormat('MMMM d, yyyy')}`));
    // 30 days is a milestone reached today: it is celebrated, and 60 days is next.
    await visible(page.getByText('Today you reach 30 days.', { exact: false }));
    const next = page.getByRole('region', { name: 'Next milestone' });
    const sixty = cleanDate.plus({ days: 60 }).toFormat('MMMM d, yyyy');
    await visible(next.getByText(`60 days on ${sixty}: 30 days from now.`));

    // A Cost-Benefit Analysis, filled in and saved.
    await page.goto('/toolkit/worksheets');
    await visible(heading('SMART worksheets'));
    await page.getByRole('link', { name: 'Cost-Benefit Analysis' }).click();
    await visible(heading('Cost-Benefit Analysis'));
    await page.getByLabel('What are you weighing?', { exact: true }).fill('Using opioids');
    await page.getByLabel('Benefit of using 1', { exact: true }).fill('Numbs everything');
    await page.getByLabel('Cost of using 1', { exact: true }).fill('Lost my job');
    await page.getByRole('button', { name: 'Add another: Cost of using' }).click();
    await page.getByLabel('Cost of using 2', { exact: true }).fill('My kids stopped calling');
    await page.getByLabel('Benefit of not using 1', { exact: true }).fill('Waking up without dread');
    await page.getByLabel('Cost of not using 1', { exact: true }).fill('Feelings come back');
    await page.getByLabel('Looking at all four, what stands out?', { exact: true }).fill('Not worth it.');
    await page.getByRole('button', { name: 'Save worksheet' }).click();
    await visible(page.getByText('Your worksheet is saved.'));
    expect(page.url()).toMatch(/\/toolkit\/worksheets\/[0-9a-f-]{36}$/);
    await page.reload();
    await visible(heading('Cost-Benefit Analysis'));
    expect(await page.getByLabel('Cost of using 2', { exact: true }).inputValue()).toBe(
      'My kids stopped calling',
    );

    // A relapse-prevention plan with a warning sign, HALT and a person to call.
    await page.goto('/toolkit/plan');
    await visible(heading('My relapse-prevention plan'));
    await page.getByLabel('Warning sign 1', { exact: true }).fill('Skipping meetings');
    await page.getByLabel('When I am lonely', { exact: true }).fill('Call Jess or go to a meeting');
    await page.getByLabel('Reason 1', { exact: true }).fill('My daughter');
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('group', { name: 'Person 1' }).getByLabel('Name', { exact: true }).fill('Jess');
    // the person's box is now named after them
    await page
      .getByRole('group', { name: 'Jess' })
      .getByLabel('Phone number', { exact: true })
      .fill('+1 555-0142');
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await visible(page.getByText('Your plan is saved.'));

    // The printable plan.
    await page.getByRole('link', { name: 'Printable version' }).click();
    await visible(heading('My relapse-prevention plan'));
    await visible(page.getByText('Skipping meetings'));

    // Meanwhile the member finds a sponsor through the sponsorship feature (its own API, as its pages would).
    const { sponsorshipId: sponsorship } = await startSponsorship({ email, password: PASSWORD });

    // Help now, from the header: 988 first, then the member's own people and their sponsor.
    await page.getByRole('banner').getByRole('link', { name: 'Get help now' }).click();
    await visible(heading('Get help now'));
    expect(await page.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    const people = page.getByRole('region', { name: 'Your people' });
    const callJess = people.getByRole('link', { name: 'Call Jess (+1 555-0142)' });
    await visible(callJess);
    expect(await callJess.getAttribute('href')).toBe('tel:+15550142');
    await visible(people.getByText(`${SPONSOR_NAME}, your sponsor`));
    const message = people.getByRole('link', { name: `Message ${SPONSOR_NAME}` });
    await visible(message);
    expect(await message.getAttribute('href')).toBe(`/sponsorship/messages/${sponsorship}`);
    await visible(page.getByRole('region', { name: 'Online meetings starting soon' }));

    expect(problems).toEqual([]);
  });
});
