import type { Browser, Page } from 'playwright-core';
import { launchChromium, openNav, openPage, type Visit } from './support/browser';

/**
 * The phone-first shell: at 390 px the header is one line (name, Get help now, Menu) and the first meeting
 * of a search or a shared link shows without scrolling; at 1280 px the navigation shows in full.
 */
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
// Fordham Road in the Bronx: the demo data has meetings all around it.
const SHARED_SEARCH = '/meetings?near=40.862,-73.89';

let browser: Browser;
const visits: Visit[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const visit of visits) await visit.context.close();
  await browser?.close();
});

async function open(viewport: typeof PHONE): Promise<Page> {
  const visit = await openPage(browser, viewport);
  visits.push(visit);
  return visit.page;
}

const headerHeight = async (page: Page) => (await page.getByRole('banner').boundingBox())!.height;

describe('the phone-first shell', () => {
  it('390 px: a header of one line, Get help now in it, the sections behind Menu', async () => {
    const page = await open(PHONE);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Kinship' }).waitFor();
    expect(await headerHeight(page)).toBeLessThanOrEqual(120);
    await page.getByRole('banner').getByRole('link', { name: 'Get help now' }).waitFor();

    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await nav.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'Meetings' }).waitFor();
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((el) => el.matches(':focus'))).toBe(true);
    expect(await nav.isVisible()).toBe(false);

    // following a link closes the menu
    await (await openNav(page)).getByRole('link', { name: 'Meetings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find a meeting' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await headerHeight(page)).toBeLessThanOrEqual(120);
  });

  it('390 px: a shared search shows its first meeting in the first screen, the search folded', async () => {
    const page = await open(PHONE);
    await page.goto(SHARED_SEARCH);
    const first = page.locator('section[aria-labelledby="finder-results"] article').first();
    await first.waitFor();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.getByLabel('Name, group, place or notes').isVisible()).toBe(false);

    // the search is one tap away, and a meeting's "Back to all meetings" returns to it
    const toggle = page.getByRole('button', { name: 'Filters (1)' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByText('Near your location.').waitFor();
    const name = (await first.getByRole('heading').textContent())!.trim();
    await first.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('link', { name: 'Back to all meetings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find a meeting' }).waitFor();
    expect(new URL(page.url()).searchParams.get('near')).toBe('40.862,-73.89');
  });

  it('390 px: after "Online now" the first meeting is in the first screen too', async () => {
    const page = await open(PHONE);
    await page.goto('/meetings');
    await page.getByRole('heading', { level: 1, name: 'Find a meeting' }).waitFor();
    await page.getByRole('button', { name: 'Online now' }).click();
    await page.waitForURL(/now=1/);
    const first = page.locator('section[aria-labelledby="finder-results"] article').first();
    await first.getByText(/On now|Starts in/).waitFor();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    await page.getByRole('button', { name: 'Filters', exact: true }).waitFor();
  });

  it('1280 px: the navigation in full, no Menu button, the search open above the results', async () => {
    const page = await open(DESKTOP);
    await page.goto(SHARED_SEARCH);
    await page.getByRole('heading', { level: 1, name: 'Find a meeting' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resources' }).waitFor();
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /^Filters/ }).count()).toBe(0);
    await page.getByText('Near your location.').waitFor();
  });
});
