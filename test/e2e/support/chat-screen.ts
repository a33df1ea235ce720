import type { Browser, Locator, Page } from 'playwright-core';
import { openPage, type Visit } from './browser';
import { gql } from './sponsorship-api';

export const FRESH_PASSWORD = 'a long and memorable passphrase';
let counter = 0;

/** A new member (fresh accounts leave the demo accounts, which other tests look at, as they are). */
export async function registerMember(
  displayName: string,
  locale: 'en' | 'es' = 'en',
): Promise<{ email: string; password: string; token: string }> {
  const email = `chat-${Date.now()}-${(counter += 1)}@example.org`;
  await gql('mutation ($input: RegisterInput!) { register(input: $input) }', {
    input: { email, password: FRESH_PASSWORD, displayName, locale },
  });
  // Registration starts no session: the new member signs in with the same credentials.
  return { email, password: FRESH_PASSWORD, token: await signInToken(email, FRESH_PASSWORD) };
}

export async function signInToken(email: string, password: string): Promise<string> {
  const { signIn } = await gql<{ signIn: { accessToken: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  return signIn.accessToken;
}

/** Joins the topic room with this key (e.g. "topic:smart-tools") through the API; returns its id. */
export async function joinTopicRoom(token: string, key: string): Promise<string> {
  const { chatRooms } = await gql<{ chatRooms: { rooms: { id: string; key: string | null }[] } }>(
    '{ chatRooms(first: 50) { rooms { id key } } }',
    {},
    token,
  );
  const room = chatRooms.rooms.find((r) => r.key === key);
  if (!room) throw new Error(`no room ${key} in the demo data`);
  await gql('mutation ($id: ID!) { joinChatRoom(roomId: $id) { id } }', { id: room.id }, token);
  return room.id;
}

/** A browser profile signed in as this member (the sign-in page is in English; their language follows). */
export async function signedInVisit(
  browser: Browser,
  who: { email: string; password: string },
  viewport: { width: number; height: number },
): Promise<Visit> {
  const visit = await openPage(browser, viewport);
  const { page } = visit;
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasNotText: /Sign in|Iniciar sesión/ })
    .waitFor();
  return visit;
}

/** Where an element is on screen, and where the viewport and the sticky composer are. */
export async function placement(page: Page, target: Locator, composer: Locator) {
  // a bubble re-rendered as its ack lands is briefly not visible: measure once both are shown
  await target.waitFor({ state: 'visible' });
  await composer.waitFor({ state: 'visible' });
  const box = await target.boundingBox();
  const cover = await composer.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !cover || !viewport) throw new Error('not laid out');
  return { box, cover, viewport };
}

/** The element is wholly on screen and above the composer's top edge (nothing hidden under it). */
export async function visibleAboveComposer(page: Page, target: Locator, composer: Locator) {
  const { box, cover } = await placement(page, target, composer);
  return box.y >= 0 && box.y + box.height <= cover.y + 1;
}
