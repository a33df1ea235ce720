import type { Browser } from 'playwright-core';
import { launchChromium, openPage } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('"Get help now", in the browser', () => {
  it.each(['/', '/sign-in', '/sign-up', '/profile', '/help', '/no-such-page'])(
    'is in the header of %s and opens 988, on a 360 px phone',
    async (path) => {
      const { context, page, problems } = await openPage(browser);
      try {
        await page.goto(path);
        const help = page.getByRole('banner').getByRole('link', { name: 'Get help now' });
        await help.waitFor({ state: 'visible' });
        // The page fits the phone's width: no sideways scrolling.
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        expect(overflow).toBeLessThanOrEqual(0);

        await help.click();
        await page.getByRole('heading', { level: 1, name: 'Get help now' }).waitFor();
        const call988 = page.getByRole('link', { name: 'Call 988' });
        expect(await call988.getAttribute('href')).toBe('tel:988');
        expect(await page.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
        expect(await page.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
