import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium, openNav } from './support/browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-US',
    timezoneId: 'America/New_York',
    viewport: { width: 390, height: 844 },
  });
  context.setDefaultTimeout(15_000);
  await context.route('https://tile.openstreetmap.org/**', (route) => route.abort());
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const signIn = async (email: string) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password').fill('recovery-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
};
const nav = () => openNav(page);

describe('meeting reminders and background jobs, in the browser', () => {
  it('turns on a reminder for a saved meeting, and it stays on', async () => {
    await signIn('member@example.org');
    await (await nav()).getByRole('link', { name: 'My meetings' }).click();
    await page.getByRole('heading', { level: 2, name: 'Reminders' }).waitFor();
    const select = page.getByLabel('Remind me before Tokyo Evening NA (English)');
    expect(await select.inputValue()).toBe('');
    await select.selectOption({ label: '30 minutes before' });
    await page.getByText('Reminder set: 30 minutes before.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Reminders' }).waitFor();
    const again = page.getByLabel('Remind me before Tokyo Evening NA (English)');
    await waitForValue(again, '30');

    await again.selectOption({ label: 'No reminder' });
    await page.getByText('Reminder turned off.').waitFor();
    await (await nav()).getByRole('button', { name: 'Sign out' }).click();
  });

  it('shows admins the job queues', async () => {
    await signIn('admin@example.org');
    await page.goto('/admin/jobs');
    await page.getByRole('heading', { level: 1, name: 'Background jobs' }).waitFor();
    await page.getByRole('rowheader', { name: 'meetings.reminders' }).waitFor();
    await page.getByText('This node runs jobs.').waitFor();
    expect(problems).toEqual([]);
  });
});

/** Waits until a select shows `value` (it is filled in once the saved settings arrive). */
async function waitForValue(select: ReturnType<Page['getByLabel']>, value: string) {
  const handle = await select.elementHandle();
  await page.waitForFunction(([el, v]) => (el as unknown as { value: string }).value === v, [
    handle,
    value,
  ] as const);
  expect(await select.inputValue()).toBe(value);
}
