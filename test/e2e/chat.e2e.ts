import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, type Visit } from './support/browser';

// Demo accounts (DEMO_DATA=true in the e2e setup): Sam and Maria are members of "First 30 days".
const PASSWORD = 'recovery-demo-2026';
const SAM = 'member@example.org';
const MARIA = 'sponsor@example.org';
const MODERATOR = 'moderator@example.org';

let browser: Browser;
const visits: Visit[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const v of visits) await v.context.close();
  await browser?.close();
});

async function signedIn(email: string): Promise<Page> {
  const visit = await openPage(browser);
  visits.push(visit);
  const { page } = visit;
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Sign in' }).waitFor();
  return page;
}

async function openRoom(page: Page, name: string): Promise<void> {
  await page.goto('/chat');
  await page.getByRole('heading', { level: 1, name: 'Group chat' }).waitFor();
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByText('Connected', { exact: true }).waitFor();
}

async function send(page: Page, text: string): Promise<void> {
  await page.getByLabel('Your message').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

const messages = (page: Page) => page.getByRole('list', { name: 'Messages' });

describe('group chat, in the browser', () => {
  it('two members chat; one reports a message; a moderator hides it and times the writer out; the writer sees why', async () => {
    const stamp = Date.now().toString(36);
    const sam = await signedIn(SAM);
    const maria = await signedIn(MARIA);
    await openRoom(sam, 'First 30 days');
    await openRoom(maria, 'First 30 days');

    // They chat, live, both ways.
    await send(sam, `Day 12 and I made it to a meeting ${stamp}`);
    await messages(maria).getByText(`Day 12 and I made it to a meeting ${stamp}`).waitFor();
    const unkind = `Nobody here cares about you ${stamp}`;
    await send(maria, unkind);
    await messages(sam).getByText(unkind).waitFor();

    // Sam reports Maria's message.
    const reported = messages(sam).getByRole('listitem').filter({ hasText: unkind });
    await reported.getByRole('button', { name: /^Report the message from Maria G\. #/ }).click();
    await sam.getByLabel('What is wrong?').selectOption('HARASSMENT');
    await sam.getByLabel('Anything moderators should know (optional)').fill('Unkind to a newcomer');
    await sam.getByRole('button', { name: 'Send report' }).click();
    await sam.getByText('Thank you. Moderators will look at it; your report is anonymous.').waitFor();

    // The moderator finds it in the queue, hides it and times Maria out.
    const mod = await signedIn(MODERATOR);
    await mod.goto('/chat/moderation');
    await mod.getByRole('heading', { level: 1, name: 'Moderator console' }).waitFor();
    const item = mod.getByRole('listitem').filter({ hasText: unkind });
    await item
      .getByText('Harassment or bullying: Unkind to a newcomer', { exact: false })
      .waitFor({ state: 'attached' });
    await item.getByLabel(/^Reason/).fill('Please keep it kind: this room is for support');
    await item.getByRole('button', { name: 'Hide' }).click();
    await item.getByText('Done.').waitFor();
    await item.getByLabel(/^Reason/).fill('Please keep it kind: this room is for support');
    await item.getByLabel('Time out for').selectOption({ label: '1 hour' });
    await item.getByRole('button', { name: 'Time out author' }).click();
    await item.getByText('Done.').waitFor();

    // Everyone sees the message hidden; Maria sees why she cannot post, and cannot.
    await messages(sam).getByText('Hidden by a moderator.').waitFor();
    await messages(maria).getByText('Hidden by a moderator.').waitFor();
    await maria.getByText(/A moderator paused your posting in this room until/).waitFor();
    await maria.getByText('Their reason: Please keep it kind: this room is for support').waitFor();
    expect(await maria.getByLabel('Your message').count()).toBe(0);
    expect(await messages(sam).getByText(unkind).count()).toBe(0);
  });
});
