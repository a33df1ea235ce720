import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, type Visit } from './support/browser';
import { joinTopicRoom, registerMember, signInToken, signedInVisit } from './support/chat-screen';
import { SPONSOR_NAME, startSponsorship } from './support/sponsorship-api';

/**
 * Help in front of the member: a message that reads like a crisis, in a room or to their sponsor, opens a
 * modal dialog inside the viewport with the focus in it, at phone and desktop width, in English and
 * Spanish. Escape closes it and the focus goes back to the composer. The phrases are ones the detector
 * fires on today (libs/api/safety/src/lib/phrases/examples.json).
 */
const ROOM = 'topic:smart-tools';
const PHONE = { width: 390, height: 780 };
const DESKTOP = { width: 1280, height: 800 };

const WORDS = {
  en: {
    composer: 'Your message',
    send: 'Send',
    title: 'You are not alone. Help is here right now.',
    phrase: 'I want to kill myself',
    sponsor: `Message my sponsor, ${SPONSOR_NAME}`,
    meetings: 'Online meetings starting soon',
    call988: 'Call 988',
  },
  es: {
    composer: 'Tu mensaje',
    send: 'Enviar',
    title: 'No estás solo. Hay ayuda ahora mismo.',
    phrase: 'me quiero morir',
    sponsor: `Escribir a mi padrino o madrina, ${SPONSOR_NAME}`,
    meetings: 'Reuniones en línea que empiezan pronto',
    call988: 'Llamar al 988',
  },
} as const;
type Lang = keyof typeof WORDS;

let browser: Browser;
const visits: Visit[] = [];
/** One member per language, with a sponsor (so "Message my sponsor" shows) and a room joined. */
const members = new Map<
  Lang,
  Promise<{ email: string; password: string; sponsorshipId: string; roomId: string }>
>();

function memberFor(lang: Lang) {
  if (!members.has(lang)) {
    members.set(
      lang,
      (async () => {
        const fresh = await registerMember(lang === 'en' ? 'Jo K.' : 'Lucía M.', lang);
        const { sponsorshipId } = await startSponsorship({ email: fresh.email, password: fresh.password });
        const roomId = await joinTopicRoom(await signInToken(fresh.email, fresh.password), ROOM);
        return { email: fresh.email, password: fresh.password, sponsorshipId, roomId };
      })(),
    );
  }
  return members.get(lang)!;
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const v of visits) await v.context.close();
  await browser?.close();
});

/** The dialog's box is wholly inside the viewport. */
async function insideViewport(page: Page, dialog: Locator): Promise<boolean> {
  const box = await dialog.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return (
    box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height
  );
}

/** Whether the focus is inside the open dialog (a string: this file is compiled without the DOM library). */
const focusInside = (page: Page) =>
  page.evaluate<boolean>("!!document.querySelector('dialog[open]')?.contains(document.activeElement)");
/** The label of the field that has the focus (the composer's is "Your message"). */
const focusedLabel = (page: Page) =>
  page.evaluate<string | null>('document.activeElement?.labels?.[0]?.textContent ?? null');

/** The meetings search the dialog ran (live, online, within 30 minutes) and how many can be joined. */
async function meetingsAsked(page: Page) {
  const response = await page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('CrisisMeetings'),
  );
  const sent = JSON.parse(response.request().postData() ?? '{}') as {
    variables: { filter: { startingWithinMinutes: number; attendance: string[] } };
  };
  const body = (await response.json()) as {
    data: {
      meetings: { edges: { node: { online: { url: string | null; phone: string | null } | null } }[] };
    };
  };
  const joinable = body.data.meetings.edges.filter((e) => e.node.online?.url || e.node.online?.phone);
  return { filter: sent.variables.filter, joinable: joinable.length };
}

/** The lowest text/background contrast among the dialog's call, text and website buttons while each is hovered. */
async function lowestHoverContrast(page: Page, dialog: Locator): Promise<number> {
  let lowest = Infinity;
  const actions = dialog.locator('.crisis-action');
  for (let i = 0; i < (await actions.count()); i += 1) {
    const action = actions.nth(i);
    await action.hover();
    const ratio = await action.evaluate((el) => {
      // (this runs in the page; the test's own types have no DOM, so the page's global is named here)
      const view = globalThis as unknown as {
        getComputedStyle(e: unknown): { color: string; backgroundColor: string };
      };
      const style = view.getComputedStyle(el);
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) =>
        [r, g, b]
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, k) => sum + v * [0.2126, 0.7152, 0.0722][k], 0);
      const [fg, bg] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))];
      return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    });
    lowest = Math.min(lowest, ratio);
  }
  await page.mouse.move(0, 0);
  return lowest;
}

const CASES: [string, 'room' | 'private', Lang, typeof PHONE][] = [
  ['room, English, 390 px', 'room', 'en', PHONE],
  ['room, Spanish, 390 px', 'room', 'es', PHONE],
  ['room, English, 1280 px', 'room', 'en', DESKTOP],
  ['room, Spanish, 1280 px', 'room', 'es', DESKTOP],
  ['private message, English, 390 px', 'private', 'en', PHONE],
  ['private message, Spanish, 390 px', 'private', 'es', PHONE],
  ['private message, English, 1280 px', 'private', 'en', DESKTOP],
  ['private message, Spanish, 1280 px', 'private', 'es', DESKTOP],
];

describe('crisis help opens in front of the member', () => {
  it.each(CASES)('%s', async (name, where, lang, viewport) => {
    const words = WORDS[lang];
    const member = await memberFor(lang);
    const visit = await signedInVisit(browser, member, viewport);
    visits.push(visit);
    const { page } = visit;
    await page.goto(
      where === 'room' ? `/chat/${member.roomId}` : `/sponsorship/messages/${member.sponsorshipId}`,
    );
    const composer = page.getByLabel(words.composer, { exact: true });
    await composer.waitFor();
    if (where === 'room') await page.locator('.chat-connection--connected').waitFor();

    const asked = meetingsAsked(page);
    await composer.fill(`${words.phrase} (${name})`);
    await composer.press('Enter');

    const dialog = page.getByRole('dialog', { name: words.title });
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await insideViewport(page, dialog)).toBe(true);
    expect(await focusInside(page)).toBe(true);
    // Tap to call and to text, the sponsor, online meetings from a live search, the Help now page.
    expect(await dialog.getByRole('link', { name: words.call988 }).getAttribute('href')).toBe('tel:988');
    expect(await dialog.locator('a[href^="sms:"]').count()).toBeGreaterThan(0);
    await dialog.getByRole('link', { name: words.sponsor }).waitFor();
    const { filter, joinable } = await asked;
    expect(filter).toMatchObject({ startingWithinMinutes: 30, attendance: ['ONLINE', 'HYBRID'] });
    await dialog.getByRole('heading', { name: words.meetings }).waitFor();
    await dialog.locator('[role="status"]').waitFor({ state: 'detached' });
    expect(await dialog.locator('.crisis-dialog__meeting').count()).toBe(joinable);
    expect(await dialog.locator('a[href="/help"]').count()).toBe(1);
    // Every line's button stays readable under the pointer (and after a tap on a phone).
    expect(await lowestHoverContrast(page, dialog)).toBeGreaterThanOrEqual(4.5);

    // Focus stays inside while tabbing past the end.
    for (let i = 0; i < 25; i += 1) await page.keyboard.press('Tab');
    expect(await focusInside(page)).toBe(true);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedLabel(page)).toBe(words.composer);
    expect(visit.problems).toEqual([]);
  });

  it('"Message my sponsor" opens the conversation with the sponsor, the message ready in the composer', async () => {
    const member = await memberFor('en');
    const visit = await signedInVisit(browser, member, DESKTOP);
    visits.push(visit);
    const { page } = visit;
    await page.goto(`/chat/${member.roomId}`);
    await page.locator('.chat-connection--connected').waitFor();
    const composer = page.getByLabel('Your message', { exact: true });
    await composer.fill('i want to die tonight');
    await composer.press('Enter');
    const dialog = page.getByRole('dialog', { name: WORDS.en.title });
    await dialog.getByRole('link', { name: WORDS.en.sponsor }).click();
    await page.getByRole('heading', { level: 1, name: `Messages with ${SPONSOR_NAME}` }).waitFor();
    expect(page.url()).toContain(`/sponsorship/messages/${member.sponsorshipId}`);
    const dm = page.getByLabel('Your message', { exact: true });
    await dm.waitFor();
    expect(await dm.inputValue()).toBe('I am having a hard time right now. Can we talk?');
    expect(await focusedLabel(page)).toBe('Your message');
  });

  it('the warm help for relapse risk (390 px): every line, the website one too, stays readable under a tap', async () => {
    const member = await memberFor('en');
    const visit = await signedInVisit(browser, member, PHONE);
    visits.push(visit);
    const { page } = visit;
    await page.goto(`/chat/${member.roomId}`);
    await page.locator('.chat-connection--connected').waitFor();
    const composer = page.getByLabel('Your message', { exact: true });
    await composer.fill('i have nothing left and im gonna use tonight');
    await composer.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'You reached out. That matters.' });
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('.crisis-action--quiet').count()).toBeGreaterThan(0);
    expect(await lowestHoverContrast(page, dialog)).toBeGreaterThanOrEqual(4.5);
    expect(visit.problems).toEqual([]);
  });
});
