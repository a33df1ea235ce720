import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { baseUrl, launchChromium, openPage, type Visit } from './support/browser';
import { gql } from './support/sponsorship-api';

// Demo accounts: Sam T. (member), Maria G. (member) and Chris L. (moderator) are in every topic room.
const PASSWORD = 'recovery-demo-2026';
const ROOM = 'Family and friends';
const shots = join(__dirname, 'artifacts');

let browser: Browser;
const visits: Visit[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const s of sockets) s.close();
  for (const v of visits) await v.context.close();
  await browser?.close();
});

async function signIn(email: string, password = PASSWORD) {
  const data = await gql<{ signIn: { accessToken: string; account: { id: string } } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken account { id } } }',
    { input: { email, password } },
  );
  return { token: data.signIn.accessToken, id: data.signIn.account.id };
}

async function handleOf(token: string): Promise<string> {
  return (await gql<{ me: { handle: string } }>('{ me { handle } }', {}, token)).me.handle;
}

/** Posts as the member through the real socket, the way the web client does. */
async function post(token: string, roomId: string, text: string): Promise<void> {
  const socket = io(baseUrl(), {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { token },
    forceNew: true,
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const subscribed = await socket.timeout(10_000).emitWithAck('chat:subscribe', { roomId });
  if (!subscribed.ok) throw new Error(`subscribe refused: ${JSON.stringify(subscribed.error)}`);
  const sent = await socket
    .timeout(10_000)
    .emitWithAck('chat:send', { roomId, clientId: randomUUID(), text });
  if (!sent.ok || sent.data.status !== 'sent') throw new Error(`send refused: ${JSON.stringify(sent)}`);
}

describe('who is speaking, in the browser', () => {
  it('shows each author with their handle, and the moderator badge only on the real moderator', async () => {
    const stamp = Date.now().toString(36);
    const sam = await signIn('member@example.org');
    const moderator = await signIn('moderator@example.org');
    // A newcomer takes exactly the same display name as the demo member.
    const copyEmail = `sam-copy-${stamp}@example.org`;
    await gql('mutation ($input: RegisterInput!) { register(input: $input) }', {
      input: { email: copyEmail, password: PASSWORD, displayName: 'Sam T.' },
    });
    const copyToken = (await signIn(copyEmail, PASSWORD)).token;
    const rooms = await gql<{ chatRooms: { rooms: { id: string; name: string }[] } }>(
      '{ chatRooms(first: 50) { rooms { id name } } }',
      {},
      copyToken,
    );
    const roomId = rooms.chatRooms.rooms.find((r) => r.name === ROOM)?.id;
    if (!roomId) throw new Error(`no room named ${ROOM}`);
    await gql('mutation ($id: ID!) { joinChatRoom(roomId: $id) { id } }', { id: roomId }, copyToken);

    await post(sam.token, roomId, `My sister came to her first family meeting ${stamp}`);
    await post(copyToken, roomId, `Hi all, I'm new here ${stamp}`);
    await post(moderator.token, roomId, `Welcome! Please keep names and places private ${stamp}`);
    const [samHandle, copyHandle, modHandle] = [
      await handleOf(sam.token),
      await handleOf(copyToken),
      await handleOf(moderator.token),
    ];
    expect(samHandle).not.toBe(copyHandle);

    // Maria reads the room.
    const visit = await openPage(browser, { width: 1280, height: 900 });
    visits.push(visit);
    const { page } = visit;
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('sponsor@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Sign in' }).waitFor();
    await page.goto('/chat');
    await page.getByRole('link', { name: ROOM }).click();
    await page.getByRole('heading', { level: 1, name: ROOM }).waitFor();
    const list = page.getByRole('list', { name: 'Messages' });
    const item = (text: string) => list.getByRole('listitem').filter({ hasText: text });

    const fromSam = item(`My sister came to her first family meeting ${stamp}`);
    const fromCopy = item(`Hi all, I'm new here ${stamp}`);
    const fromMod = item(`Welcome! Please keep names and places private ${stamp}`);
    await fromMod.waitFor({ timeout: 30_000 });
    const shownAs = async (item: typeof fromSam) => [
      await item.locator('.member-name__name').textContent(),
      await item.locator('.member-name__handle [aria-hidden]').textContent(),
    ];
    expect(await shownAs(fromSam)).toEqual(['Sam T.', `· #${samHandle}`]);
    expect(await shownAs(fromCopy)).toEqual(['Sam T.', `· #${copyHandle}`]);
    expect(await shownAs(fromMod)).toEqual(['Chris L.', `· #${modHandle}`]);
    // The badge is its own element, with words for screen readers, and only on the moderator.
    const badge = fromMod.locator('.member-badge');
    expect(await badge.getAttribute('data-badge')).toBe('moderator');
    expect(await badge.textContent()).toBe('Moderator, verified Kinship moderator');
    expect(await fromSam.locator('.member-badge').count()).toBe(0);
    expect(await fromCopy.locator('.member-badge').count()).toBe(0);
    // A screen reader tells the two Sams apart when offering to report.
    await fromCopy.getByRole('button', { name: `Report the message from Sam T. #${copyHandle}` }).waitFor();

    mkdirSync(shots, { recursive: true });
    await fromMod.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'trust-chat-1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await fromMod.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await fromSam.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(shots, 'trust-chat-390.png') });
    expect(await fromMod.locator('.member-badge').isVisible()).toBe(true);

    // The member sees their own handle on their profile.
    await page.goto('/profile');
    await page.getByText('Other members see you as').waitFor();
    expect(await page.locator('.member-name__name').textContent()).toBe('Maria G.');
    await page.screenshot({ path: join(shots, 'trust-profile-390.png') });
  });
});
