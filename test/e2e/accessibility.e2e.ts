import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchChromium } from './support/browser';
import { joinTopicRoom, signInToken } from './support/chat-screen';
import { startSponsorship } from './support/sponsorship-api';

/**
 * axe-core on every page of the app, signed out and signed in, failing on serious or critical violations
 * of WCAG 2.0 A/AA and 2.1 AA. Add a page by adding a line to PAGES.
 */
type Who = 'visitor' | 'member' | 'admin' | 'sponsee';

interface PageCheck {
  path: string;
  who: Who;
  /** For routes with an id: finds a real one (through the API, as `who`). */
  resolve?: (api: Api) => Promise<string>;
}

const DEMO_PASSWORD = 'recovery-demo-2026';

/** A new member with an active sponsorship (the demo accounts have none, and other tests use them). */
let sponsee: ReturnType<typeof startSponsorship> | null = null;
const newSponsee = () => (sponsee ??= startSponsorship(undefined, { registerMember: true }));

async function credentials(who: Exclude<Who, 'visitor'>): Promise<{ email: string; password: string }> {
  if (who === 'sponsee') return (await newSponsee()).member;
  // Sam T. has a clean date, a plan, a worksheet and check-ins; Alex P. is an admin.
  const email = who === 'member' ? 'member@example.org' : 'admin@example.org';
  return { email, password: DEMO_PASSWORD };
}

const firstMeeting = (api: Api) =>
  api<{ meetings: { edges: { node: { id: string; group: { id: string } | null } }[] } }>(
    '{ meetings(first: 20) { edges { node { id group { id } } } } }',
  ).then((d) => {
    const withGroup = d.meetings.edges.find((e) => e.node.group) ?? d.meetings.edges[0];
    if (!withGroup) throw new Error('no meeting in the demo data');
    return withGroup.node;
  });

export const PAGES: PageCheck[] = [
  // Signed out
  { path: '/', who: 'visitor' },
  { path: '/sign-in', who: 'visitor' },
  { path: '/sign-up', who: 'visitor' },
  { path: '/help', who: 'visitor' },
  { path: '/resources', who: 'visitor' },
  { path: '/toolkit', who: 'visitor' },
  { path: '/toolkit/recovery', who: 'visitor' },
  { path: '/meetings', who: 'visitor' },
  {
    path: '/meetings/:id',
    who: 'visitor',
    resolve: async (api) => `/meetings/${(await firstMeeting(api)).id}`,
  },
  {
    path: '/groups/:id',
    who: 'visitor',
    resolve: async (api) => `/groups/${(await firstMeeting(api)).group?.id ?? 'none'}`,
  },
  { path: '/no-such-page', who: 'visitor' },
  // Signed in
  { path: '/', who: 'member' },
  { path: '/profile', who: 'member' },
  { path: '/help', who: 'member' },
  { path: '/toolkit', who: 'member' },
  { path: '/resources', who: 'member' },
  { path: '/toolkit/recovery', who: 'member' },
  { path: '/toolkit/plan', who: 'member' },
  { path: '/toolkit/plan/print', who: 'member' },
  { path: '/toolkit/worksheets', who: 'member' },
  { path: '/toolkit/worksheets/new/cost-benefit', who: 'member' },
  { path: '/toolkit/worksheets/new/abc', who: 'member' },
  { path: '/toolkit/worksheets/new/change-plan', who: 'member' },
  {
    path: '/toolkit/worksheets/:id',
    who: 'member',
    resolve: async (api) =>
      `/toolkit/worksheets/${(await api<{ myWorksheets: { id: string }[] }>('{ myWorksheets { id } }')).myWorksheets[0].id}`,
  },
  { path: '/toolkit/check-in', who: 'member' },
  { path: '/meetings', who: 'member' },
  {
    path: '/meetings/:id',
    who: 'member',
    resolve: async (api) => `/meetings/${(await firstMeeting(api)).id}`,
  },
  { path: '/my-meetings', who: 'member' },
  { path: '/sponsorship', who: 'member' },
  { path: '/sponsorship/find', who: 'member' },
  { path: '/sponsorship/offer', who: 'member' },
  {
    path: '/sponsorship/messages/:id',
    who: 'sponsee',
    resolve: async () => `/sponsorship/messages/${(await newSponsee()).sponsorshipId}`,
  },
  { path: '/help', who: 'sponsee' },
  { path: '/chat', who: 'member' },
  {
    path: '/chat/:roomId',
    who: 'member',
    resolve: async (api) =>
      `/chat/${(await api<{ chatRooms: { rooms: { id: string }[] } }>('{ chatRooms(first: 1) { rooms { id } } }')).chatRooms.rooms[0].id}`,
  },
  // Admins
  { path: '/admin/meetings', who: 'admin' },
  { path: '/admin/meetings/new', who: 'admin' },
  { path: '/admin/meetings/import', who: 'admin' },
  {
    path: '/admin/meetings/:id/edit',
    who: 'admin',
    resolve: async (api) => `/admin/meetings/${(await firstMeeting(api)).id}/edit`,
  },
  { path: '/chat/moderation', who: 'admin' },
];

type Api = <T>(query: string) => Promise<T>;

async function apiAs(who: Who): Promise<Api> {
  let token: string | null = null;
  const call = async <T>(query: string, variables: object = {}): Promise<T> => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(`${query} failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  if (who !== 'visitor') {
    const { signIn } = await call<{ signIn: { accessToken: string } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: await credentials(who) },
    );
    token = signIn.accessToken;
  }
  return (query) => call(query);
}

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs in the page (a string: this file is compiled without the DOM library). */
const AXE_RUN = `(async () => {
  const result = await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
  }));
})()`;

function report(path: string, violations: AxeViolation[]): string {
  return [
    `${violations.length} serious or critical accessibility problem(s) on ${path}:`,
    ...violations.map((v) =>
      [
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map(
          (n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        ),
      ].join('\n'),
    ),
  ].join('\n');
}

let browser: Browser;
const contexts = new Map<Who, Promise<{ context: BrowserContext; page: Page; problems: string[] }>>();

async function openAs(who: Who) {
  // axe is injected as an inline script, which the app's content security policy rightly refuses; this
  // browser profile skips the CSP (get-help.e2e.ts and account.e2e.ts run with it).
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'en-US',
    viewport: { width: 1024, height: 800 },
    bypassCSP: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  if (who !== 'visitor') {
    const { email, password } = await credentials(who);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
  }
  return { context, page, problems };
}

const visitAs = (who: Who) => {
  if (!contexts.has(who)) contexts.set(who, openAs(who));
  return contexts.get(who)!;
};

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const visit of contexts.values()) await (await visit).context.close();
  await browser?.close();
});

describe('accessibility (axe-core, WCAG 2.0 A/AA and 2.1 AA)', () => {
  it.each(PAGES.map((p) => [`${p.path} (${p.who})`, p] as const))('%s', async (_name, check) => {
    const { page, problems } = await visitAs(check.who);
    const path = check.resolve ? await check.resolve(await apiAs(check.who)) : check.path;
    await page.goto(path);
    await page
      .locator('main h1')
      .first()
      .waitFor({ state: 'visible' })
      .catch(async (error: Error) => {
        const shown = await page
          .locator('body')
          .innerText()
          .catch(() => '');
        throw new Error(
          `${path} showed no heading: ${error.message}\nThe page said:\n${shown.slice(0, 1500)}`,
        );
      });
    // Let queries finish and lazy parts render; pages with live sockets never go fully idle.
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await page.addScriptTag({ path: require.resolve('axe-core') });
    const violations = await page.evaluate<AxeViolation[]>(AXE_RUN);
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (serious.length > 0) throw new Error(report(path, serious));
    expect(problems).toEqual([]);
  });
});

/** The crisis help dialog, open over the chat screens, at phone and desktop width. */
describe('accessibility of the crisis dialog (open)', () => {
  it.each([
    ['private message, 390 px', 'private', { width: 390, height: 780 }],
    ['room, 1280 px', 'room', { width: 1280, height: 800 }],
  ] as const)('%s', async (_name, where, viewport) => {
    const { member, sponsorshipId } = await startSponsorship(undefined, { registerMember: true });
    const roomId = await joinTopicRoom(await signInToken(member.email, member.password), 'topic:smart-tools');
    const context = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'en-US',
      viewport,
      bypassCSP: true,
    });
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.getByLabel('Email').fill(member.email);
      await page.getByLabel('Password').fill(member.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
      await page.goto(where === 'room' ? `/chat/${roomId}` : `/sponsorship/messages/${sponsorshipId}`);
      if (where === 'room') await page.locator('.chat-connection--connected').waitFor();
      const composer = page.getByLabel('Your message', { exact: true });
      await composer.fill('I want to kill myself');
      await composer.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'You are not alone. Help is here right now.' });
      await dialog.waitFor({ state: 'visible' });
      await dialog.getByRole('heading', { name: 'Online meetings starting soon' }).waitFor();
      await dialog.locator('[role="status"]').waitFor({ state: 'detached' });
      await page.addScriptTag({ path: require.resolve('axe-core') });
      const violations = await page.evaluate<AxeViolation[]>(AXE_RUN);
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (serious.length > 0) throw new Error(report(`the crisis dialog (${where})`, serious));
    } finally {
      await context.close();
    }
  });
});
