import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, type Visit } from './support/browser';
import {
  joinTopicRoom,
  registerMember,
  signInToken,
  signedInVisit,
  visibleAboveComposer,
} from './support/chat-screen';
import { gql, startSponsorship } from './support/sponsorship-api';

/**
 * The chat screens (room and private messages): the newest message is on screen, above the composer, when
 * it arrives from someone else and after sending; scrolled up, a "New messages" button appears and takes
 * the member down. The navigation counts unread private messages, live, and the tab title shows it.
 */
const ROOM = 'topic:family-and-friends';
const PHONE = { width: 390, height: 780 };
const DESKTOP = { width: 1280, height: 800 };

let browser: Browser;
const visits: Visit[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const v of visits) await v.context.close();
  await browser?.close();
});

async function visit(who: { email: string; password: string }, viewport: typeof PHONE) {
  const v = await signedInVisit(browser, who, viewport);
  visits.push(v);
  return v.page;
}

interface Screen {
  composer: Locator;
  /** The sticky area with the composer at the bottom of the screen. */
  footer: Locator;
  messages: Locator;
}

const roomScreen = (page: Page): Screen => ({
  composer: page.getByLabel('Your message', { exact: true }),
  footer: page.locator('.chat-footer'),
  messages: page.getByRole('list', { name: 'Messages' }),
});
const dmScreen = (page: Page): Screen => ({
  composer: page.getByLabel('Your message', { exact: true }),
  footer: page.locator('form.composer'),
  messages: page.locator('.messages'),
});

async function send(screen: Screen, text: string) {
  await screen.composer.fill(text);
  await screen.composer.press('Enter');
}

/** Sends `count` messages one after the other, each once the sender sees it stored. */
async function sendMany(screen: Screen, prefix: string, count: number) {
  for (let i = 1; i <= count; i += 1) {
    await send(screen, `${prefix} ${i}: one day at a time, and today is a good day to keep going`);
    await arrived(screen, `${prefix} ${i}:`);
  }
}

/** The newest message's bubble in this list, once it has arrived. */
async function arrived(screen: Screen, text: string): Promise<Locator> {
  const item = screen.messages.getByRole('listitem').filter({ hasText: text });
  await item.waitFor();
  expect(await item.count()).toBe(1);
  return item;
}

async function followsTheConversation(me: Page, mine: Screen, them: Screen, stamp: string) {
  // Messages arriving from someone else: the newest is always on screen, above the composer.
  await sendMany(them, `From them ${stamp}`, 10);
  const last = await arrived(mine, `From them ${stamp} 10:`);
  expect(await visibleAboveComposer(me, last, mine.footer)).toBe(true);

  // After sending: my own message is on screen too.
  await send(mine, `Mine ${stamp}`);
  const own = await arrived(mine, `Mine ${stamp}`);
  expect(await visibleAboveComposer(me, own, mine.footer)).toBe(true);

  // Scrolled up, a new message does not pull the member down: "New messages" appears and takes them there.
  await me.evaluate('window.scrollTo(0, 0)');
  await me.getByRole('button', { name: 'New messages' }).waitFor({ state: 'detached' });
  await send(them, `While away ${stamp}`);
  const away = await arrived(mine, `While away ${stamp}`);
  const cue = me.getByRole('button', { name: 'New messages' });
  await cue.waitFor({ state: 'visible' });
  expect(await visibleAboveComposer(me, away, mine.footer)).toBe(false);
  await cue.click();
  expect(await visibleAboveComposer(me, away, mine.footer)).toBe(true);
  await cue.waitFor({ state: 'detached' });
}

describe('the chat screen', () => {
  it('room, 390 px: the newest message stays on screen above the composer; scrolled up, "New messages" jumps down', async () => {
    const stamp = Date.now().toString(36);
    const a = await registerMember('Ari B.');
    const b = await registerMember('Bo C.');
    const roomId = await joinTopicRoom(a.token, ROOM);
    await joinTopicRoom(b.token, ROOM);
    const me = await visit(a, PHONE);
    const other = await visit(b, PHONE);
    for (const page of [me, other]) {
      await page.goto(`/chat/${roomId}`);
      await page.locator('.chat-connection--connected').waitFor();
    }
    await followsTheConversation(me, roomScreen(me), roomScreen(other), stamp);
  });

  it('private messages, 390 px (the sponsor at 1280 px): the same, and the navigation counts unread messages live', async () => {
    const stamp = Date.now().toString(36);
    const { sponsorshipId, member, sponsor } = await startSponsorship(undefined, { registerMember: true });
    // The sponsor's "accepted" notification is read: only the message below counts.
    await gql(
      'mutation { markSponsorshipNotificationsRead }',
      {},
      await signInToken(member.email, member.password),
    );
    const me = await visit(member, PHONE);
    const other = await visit(sponsor, DESKTOP);

    // On another page, a message from the sponsor shows as unread in the navigation and the tab title.
    await me.goto('/toolkit');
    await me.locator('main h1').waitFor();
    // on a phone the navigation is behind the Menu button, which carries the count
    const nav = me.getByRole('navigation', { name: 'Main', includeHidden: true });
    const attached = { state: 'attached' } as const;
    const sponsorship = { name: 'Sponsorship', exact: true, includeHidden: true };
    await nav.getByRole('link', sponsorship).waitFor(attached);
    await me.getByRole('button', { name: 'Menu', exact: true }).waitFor();
    await other.goto(`/sponsorship/messages/${sponsorshipId}`);
    await send(dmScreen(other), `Thinking of you today ${stamp}`);
    await me.getByRole('button', { name: 'Menu, 1 waiting for you' }).click();
    await nav.getByRole('link', { name: 'Sponsorship, 1 unread' }).waitFor();
    expect(await me.title()).toMatch(/^\(1\) /);

    // Reading it clears the count.
    await me.goto(`/sponsorship/messages/${sponsorshipId}`);
    await arrived(dmScreen(me), `Thinking of you today ${stamp}`);
    await nav.getByRole('link', sponsorship).waitFor(attached);
    await me.getByRole('button', { name: 'Menu', exact: true }).waitFor();
    expect(await me.title()).not.toMatch(/^\(/);

    await followsTheConversation(me, dmScreen(me), dmScreen(other), stamp);
  });

  it('private messages count characters like room messages do', async () => {
    const { sponsorshipId, member } = await startSponsorship(undefined, { registerMember: true });
    const me = await visit(member, PHONE);
    await me.goto(`/sponsorship/messages/${sponsorshipId}`);
    const composer = dmScreen(me).composer;
    await composer.fill('x'.repeat(1990));
    await me.getByText('1,990 of 2,000 characters').waitFor();
    await composer.fill('x'.repeat(2003));
    await me.getByText('3 characters over the limit of 2,000').waitFor();
    expect(await me.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
  });
});
