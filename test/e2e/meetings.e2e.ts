import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium, openNav } from './support/browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

// Fordham Road in the Bronx: the demo data has Greater New York NA meetings all around it.
const BRONX = { latitude: 40.8615, longitude: -73.8904 };

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-US',
    timezoneId: 'America/New_York',
    viewport: { width: 360, height: 780 },
    geolocation: BRONX,
    permissions: ['geolocation'],
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  // No third-party requests in tests: map tiles are refused, as on a phone without a connection.
  await context.route('https://tile.openstreetmap.org/**', (route) => route.abort());
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('finding a meeting, in the browser', () => {
  it('finds meetings near a point, filters to online meetings on now, opens one and downloads its .ics', async () => {
    await page.goto('/meetings');
    await page.getByRole('heading', { level: 1, name: 'Find a meeting' }).waitFor();

    // Near a point: the browser's location (granted), nearest first with distances.
    await page.getByRole('button', { name: 'Near me' }).click();
    // on a phone the search folds into "Filters (1)" once it is set, so the results come first
    await page.getByRole('button', { name: 'Filters (1)' }).click();
    await page.getByText('Near your location.').waitFor();
    expect(new URL(page.url()).searchParams.get('near')).toBe('40.862,-73.89');
    const results = page
      .getByRole('region', { name: 'Meetings' })
      .or(page.locator('section[aria-labelledby="finder-results"]'));
    const firstCard = results.locator('article').first();
    await firstCard.waitFor();
    expect(await firstCard.textContent()).toMatch(/\d+\.\d km/);
    expect(await firstCard.textContent()).toMatch(/In person/);

    // The map view degrades to the list when tiles cannot load.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.getByText(/The map could not load/).waitFor();
    await firstCard.waitFor();

    // Online now: every meeting listed is online (or hybrid) and on now or about to start.
    await page.getByRole('button', { name: 'Online now' }).click();
    await page.waitForURL(/now=1/);
    const onlineCard = results.locator('article').first();
    await onlineCard.getByText(/On now|Starts in/).waitFor();
    const cards = await results.locator('article').allTextContents();
    expect(cards.length).toBeGreaterThan(0);
    for (const text of cards) {
      expect(text).toMatch(/Online|In person and online/);
      expect(text).toMatch(/On now|Starts in/);
    }

    // Open it: "Join" is prominent and names the provider.
    const name = (await onlineCard.getByRole('heading').textContent())!.trim();
    await onlineCard.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page
      .getByText(/On now|Starts in/)
      .first()
      .waitFor();
    const join = page.locator('a.join-button');
    if ((await join.count()) > 0) expect(await join.textContent()).toMatch(/^Join/);
    // phone-only meetings have no link, but always a number to dial
    else await page.getByText('Dial in:').waitFor();

    // Add to calendar: a weekly event in the meeting's own zone.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Add to calendar' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync((await download.path())!, 'utf8').replace(/\r\n /g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toMatch(/\r\nRRULE:FREQ=WEEKLY;BYDAY=(SU|MO|TU|WE|TH|FR|SA)(,(SU|MO|TU|WE|TH|FR|SA))*\r\n/);
    expect(ics).toMatch(/\r\nDTSTART;TZID=[A-Za-z_]+\/[A-Za-z_]+:\d{8}T\d{6}\r\n/);
    expect(ics).toContain(`SUMMARY:${name.replace(/([,;])/g, '\\$1')}`);
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(problems).toEqual([]);
  });
});

describe('my meetings and managing meetings, in the browser', () => {
  const signIn = async (email: string) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('recovery-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
  };
  const nav = () => openNav(page);

  it('shows the demo member’s saved meetings by weekday, their home group, and a calendar address', async () => {
    await signIn('member@example.org');
    await (await nav()).getByRole('link', { name: 'My meetings' }).click();
    await page.getByRole('heading', { level: 1, name: 'My meetings' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'This week' }).waitFor();
    expect(await page.getByRole('link', { name: 'Tokyo Evening NA (English)' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Make my calendar address' }).click();
    const address = await page.getByLabel('Subscribe to this address in your calendar app').inputValue();
    expect(address).toMatch(/\/calendar\/meetings\.ics\?token=[A-Za-z0-9_-]{43}$/);
    const feed = await page.request.get(address);
    expect(feed.status()).toBe(200);
    expect((await feed.text()).match(/BEGIN:VEVENT/g)).toHaveLength(3);

    // the home group's page
    await page.getByText('Home group:').getByRole('link').click();
    await page.getByText('This is your home group.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Contact the group' }).waitFor();
    await (await nav()).getByRole('button', { name: 'Sign out' }).click();
  });

  it('lets an admin check a TSML file before importing it, and see every problem by row', async () => {
    await signIn('admin@example.org');
    await (await nav()).getByRole('link', { name: 'Manage meetings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Manage meetings' }).waitFor();
    await page.locator('table.admin-table tbody tr').first().waitFor();
    await page.getByRole('link', { name: 'Import meetings' }).click();
    await page.getByLabel('File').setInputFiles({
      name: 'portland.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Time,Day,Name,Address,Types\n7:00 PM,Monday,Harbor Lights,"12 Dock St, Portland, ME 04101, USA",Open\n25:00,Tuesday,Too Late,"1 Main St, Portland, ME",Open\n',
      ),
    });
    expect(await page.getByLabel('Source name').inputValue()).toBe('portland');
    await page.getByRole('button', { name: 'Check only' }).click();
    await page.getByText(/Nothing was imported: 1 problem must be fixed first/).waitFor();
    const row = page.locator('table.admin-table tbody tr').filter({ hasText: '25:00' });
    expect(await row.textContent()).toMatch(/Error3Time"25:00" is not a time of day/);
    await (await nav()).getByRole('button', { name: 'Sign out' }).click();
    expect(problems).toEqual([]);
  });
});
