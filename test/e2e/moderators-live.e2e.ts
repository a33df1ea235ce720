import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchChromium, type Visit } from './support/browser';
import { gql } from './support/sponsorship-api';

/**
 * Moderators live, in two or three browser profiles at once: a member asks for a check-in and posts a
 * crisis message; the moderator's console, open in another profile, shows both without a reload, the count
 * in the navigation and the tab title change; the moderator acknowledges, claims, opens a private check-in
 * and the member answers. Then an admin demotes a moderator whose page is open: its socket stops receiving
 * alerts. axe checks the console (with items) and the check-in conversation at phone and desktop widths.
 */

const PASSWORD = 'a long and memorable passphrase';
// Three browser profiles and several sockets at once: slower than one page on a busy two-core machine.
jest.setTimeout(180_000);
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const shots = join(__dirname, 'artifacts', 'moderators-live');

let browser: Browser;
const visits: Visit[] = [];
let adminToken: string;
let roomId: string;

let counter = 0;
async function account(displayName: string, role: 'MEMBER' | 'MODERATOR' = 'MEMBER') {
  counter += 1;
  const email = `live-${Date.now()}-${counter}@example.org`;
  await gql('mutation ($input: RegisterInput!) { register(input: $input) }', {
    input: { email, password: PASSWORD, displayName },
  });
  const made = await gql<{ signIn: { accessToken: string; account: { id: string } } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken account { id } } }',
    { input: { email, password: PASSWORD } },
  );
  const id = made.signIn.account.id;
  if (role !== 'MEMBER') await setRole(id, role);
  return { email, id, token: made.signIn.accessToken, displayName };
}
type Account = Awaited<ReturnType<typeof account>>;

const setRole = (id: string, role: string) =>
  gql(
    'mutation ($id: ID!, $role: Role!) { setMemberRole(memberId: $id, role: $role) { id } }',
    { id, role },
    adminToken,
  );

async function signedIn(who: { email: string; password?: string }, viewport = DESKTOP): Promise<Page> {
  // axe is injected as an inline script, which the app's content security policy rightly refuses; these
  // profiles skip the CSP (as in accessibility.e2e.ts).
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-US',
    viewport,
    bypassCSP: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  visits.push({ context, page, problems: [] });
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password ?? PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Sign in' }).waitFor();
  return page;
}

/** The open count in the navigation (absent when 0). */
async function navCount(page: Page): Promise<number> {
  const badge = page.getByTestId('moderation-count');
  return (await badge.count()) ? Number(await badge.innerText()) : 0;
}
const waitForCount = (page: Page, n: number) =>
  page
    .getByTestId('moderation-count')
    .filter({ hasText: new RegExp(`^${n}$`) })
    .waitFor({ state: 'attached' });

/** Every socket.io frame the page receives from now on (to prove what its socket did or did not get). */
function socketFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))));
  return frames;
}

const AXE_RUN = `(async () => {
  const result = await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    resultTypes: ['violations'],
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ': ' + v.help + ' at ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
})()`;

/** axe (serious and critical) and a screenshot, at phone and desktop widths, of what `page` shows. */
async function checkAndShoot(page: Page, name: string, ready: (p: Page) => Promise<unknown>) {
  for (const [label, size] of [
    ['390', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await ready(page);
    await page.addScriptTag({ path: require.resolve('axe-core') });
    expect(await page.evaluate<string[]>(AXE_RUN)).toEqual([]);
    await page.screenshot({ path: join(shots, `${name}-${label}.png`), fullPage: true });
  }
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launchChromium();
  const signIn = await gql<{ signIn: { accessToken: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email: 'admin@example.org', password: 'recovery-demo-2026' } },
  );
  adminToken = signIn.signIn.accessToken;
  const rooms = await gql<{ chatRooms: { rooms: { id: string; name: string }[] } }>(
    '{ chatRooms(first: 20) { rooms { id name } } }',
    {},
    adminToken,
  );
  roomId = rooms.chatRooms.rooms.find((r) => r.name === 'First 30 days')!.id;
});

afterAll(async () => {
  for (const v of visits) await v.context.close();
  await browser?.close();
});

async function memberInRoom(name: string): Promise<Account> {
  const member = await account(name);
  await gql('mutation ($id: ID!) { joinChatRoom(roomId: $id) { id } }', { id: roomId }, member.token);
  return member;
}

async function postInRoom(page: Page, text: string) {
  await page.goto(`/chat/${roomId}`);
  await page.getByRole('heading', { level: 1, name: 'First 30 days' }).waitFor();
  await page.getByText('Connected', { exact: true }).waitFor();
  await page.getByLabel('Your message').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('list', { name: 'Messages' }).getByText(text).waitFor();
}

describe('moderators live, in the browser', () => {
  it('shows a check-in request and an urgent crisis item live, with the count; the moderator checks in and the member replies', async () => {
    const stamp = Date.now().toString(36);
    const modAccount = await account('Jo M.', 'MODERATOR');
    const memberAccount = await memberInRoom('Riley K.');
    const mod = await signedIn(modAccount);
    const member = await signedIn(memberAccount, PHONE);

    await mod.goto('/chat/moderation');
    await mod.getByRole('heading', { level: 1, name: 'Moderator console' }).waitFor();
    await mod.getByRole('link', { name: /^Moderation/ }).waitFor();
    await mod.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await mod.evaluate('window.__notReloaded = true');
    const before = await navCount(mod);

    // The member asks for a check-in on the Help now page: it reaches the open console, no reload.
    await member.goto('/help');
    const ask = (p: Page) => p.getByRole('button', { name: 'Ask a moderator to check in on me' });
    await checkAndShoot(member, 'help-checkin', (p) => ask(p).waitFor());
    await ask(member).click();
    await member.getByText('A moderator has been asked').waitFor();
    await member.setViewportSize(PHONE);
    const request = mod.getByTestId('checkin-request').filter({ hasText: 'Riley K. asked for a check-in' });
    await request.waitFor();
    await waitForCount(mod, before + 1);

    // A crisis message in a room: an urgent item at the top, the count and the tab title change.
    const text = `i want to kill myself tonight ${stamp}`;
    await postInRoom(member, text);
    const item = mod.getByTestId('queue-item').filter({ hasText: text });
    await item.waitFor();
    await item.getByText('Urgent').waitFor();
    await waitForCount(mod, before + 2);
    // A string: this file is compiled without the DOM library.
    await mod.waitForFunction(`document.title.startsWith('(${before + 2}) ')`);
    expect(await mod.evaluate('window.__notReloaded')).toBe(true);
    await expect(mod.getByTestId('queue-item').first().innerText()).resolves.toContain('Urgent');

    await item.getByRole('button', { name: 'Acknowledge' }).click();
    await item.getByText(/acknowledged by Jo M\./).waitFor();
    await item.getByRole('button', { name: 'I’ll handle this' }).click();
    await item.getByText('You are handling this', { exact: false }).waitFor();
    await checkAndShoot(mod, 'console', (p) =>
      p.getByTestId('queue-item').filter({ hasText: text }).waitFor(),
    );

    // A private check-in from the item; the member answers; both see it live.
    await item.getByRole('button', { name: 'Check in privately' }).click();
    await mod.getByRole('heading', { level: 1, name: 'Check-in with Riley K.' }).waitFor();
    await mod.getByText('Connected', { exact: true }).waitFor();
    await mod
      .getByLabel('Your message')
      .fill('Hi Riley, this is Jo from the moderators. Are you safe right now?');
    await mod.getByRole('button', { name: 'Send' }).click();

    // The member's own crisis dialog is still open over the room: they close it first.
    await member.getByRole('dialog').waitFor();
    await member.keyboard.press('Escape');
    await member.getByRole('dialog').waitFor({ state: 'hidden' });
    await member.getByRole('link', { name: 'Get help now' }).click();
    await member.getByRole('link', { name: 'Your moderator check-ins' }).click();
    await member.getByRole('heading', { level: 1, name: 'Moderator check-ins' }).waitFor();
    const thread = member.getByTestId('checkin-messages');
    await thread.getByText('Are you safe right now?', { exact: false }).waitFor();
    await thread.getByText('Jo M. (moderator)').waitFor();
    await member.getByText('Connected', { exact: true }).waitFor();
    await member.getByLabel('Your message').fill('yes, my sister is here with me');
    await member.getByRole('button', { name: 'Send' }).click();
    await mod.getByTestId('checkin-messages').getByText('yes, my sister is here with me').waitFor();

    await checkAndShoot(mod, 'checkin-moderator', (p) =>
      p.getByTestId('checkin-messages').getByText('yes, my sister is here with me').waitFor(),
    );
    await checkAndShoot(member, 'checkin-member', (p) =>
      p.getByTestId('checkin-messages').getByText('yes, my sister is here with me').waitFor(),
    );
  });

  it('stops alerts on a demoted moderator’s open page at once', async () => {
    const stamp = Date.now().toString(36);
    const demotedAccount = await account('Kim D.', 'MODERATOR');
    const stayingAccount = await account('Lou S.', 'MODERATOR');
    const memberAccount = await memberInRoom('Pat N.');
    const demoted = await signedIn(demotedAccount);
    const frames = socketFrames(demoted);
    await demoted.goto('/chat/moderation');
    await demoted.getByRole('heading', { level: 1, name: 'Moderator console' }).waitFor();
    const staying = await signedIn(stayingAccount);
    await staying.goto('/chat/moderation');
    await staying.getByRole('heading', { level: 1, name: 'Moderator console' }).waitFor();
    const member = await signedIn(memberAccount, PHONE);

    // While a moderator, the open page gets alerts.
    const first = `i want to end my life tonight ${stamp}`;
    await postInRoom(member, first);
    await demoted.getByTestId('queue-item').filter({ hasText: first }).waitFor();
    expect(frames.some((f) => f.includes('"chat:alert"'))).toBe(true);

    await setRole(demotedAccount.id, 'MEMBER');
    frames.length = 0;
    const second = `i want to kill myself right now ${stamp}`;
    await postInRoom(member, second);
    // Another moderator's console shows it: the alert went out. The demoted page's socket got none.
    await staying.getByTestId('queue-item').filter({ hasText: second }).waitFor();
    await member.goto('/help');
    await member.getByRole('button', { name: 'Ask a moderator to check in on me' }).click();
    await staying.getByTestId('checkin-request').filter({ hasText: 'Pat N. asked for a check-in' }).waitFor();
    expect(frames.filter((f) => f.includes('"chat:alert"') || f.includes('"moderation:changed"'))).toEqual(
      [],
    );
    expect(await demoted.getByTestId('queue-item').filter({ hasText: second }).count()).toBe(0);
  });
});
