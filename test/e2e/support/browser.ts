import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** The API's address, set by the global setup. */
export function baseUrl(): string {
  const url = process.env['KINSHIP_E2E_BASE_URL'];
  if (!url) throw new Error('KINSHIP_E2E_BASE_URL is not set: run through test/e2e/jest.config.cjs');
  return url;
}

/** Debian's Chromium (apt-get install chromium); playwright-core downloads no browser. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far (a CSP violation shows up here). */
  problems: string[];
}

/** A fresh browser profile (own cookies and storage) with one page, in English, phone-sized by default. */
export async function openPage(browser: Browser, viewport = { width: 360, height: 780 }): Promise<Visit> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-US', viewport });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

/**
 * The main navigation, ready to click: on a phone the compact header's Menu button opens it first (on a
 * desktop the button is hidden and the navigation always shows).
 */
export async function openNav(page: Page): Promise<Locator> {
  const menu = page.getByRole('banner').getByRole('button', { name: /^(Menu|Menú)(,|$)/ });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  return page.getByRole('navigation', { name: /^(Main|Principal)$/ });
}
