import type { Browser, Page } from 'playwright-core';
import { launchChromium, type Visit } from './support/browser';
import { signedInVisit, signInToken } from './support/chat-screen';
import { gql, startSponsorship } from './support/sponsorship-api';

// Installable and offline: after one visit online, the service worker and the device's kept copies show
// Help now, the member's saved meetings and their plan with no connection; composers are disabled and say
// why; back online the app refreshes; sign-out deletes what was kept.
let browser: Browser;
let visit: Visit;
let page: Page;
const PLAN_REASON = 'My daughter’s graduation in June';

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await visit?.context.close();
  await browser?.close();
});

const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** The plan is a form: waits until one of its fields holds this text. */
const fieldHolds = (text: string) =>
  page.waitForFunction(
    // a function, not a string: the app's content security policy forbids eval (no DOM types here)
    (t) =>
      Array.from(
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ value: string }> } }
        ).document.querySelectorAll('input, textarea'),
      ).some((f) => f.value === t),
    text,
  );

/** Waits until the service worker controls the page (it claims clients once it has precached the app). */
async function controlled(): Promise<void> {
  // A string, evaluated in the page: the e2e tests compile without the DOM library.
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  })()`);
}

describe('offline, after one visit', () => {
  it('shows Help now, my meetings and my plan; disables composers; refreshes when back online', async () => {
    const { sponsorshipId, member } = await startSponsorship(undefined, { registerMember: true });
    const token = await signInToken(member.email, member.password);
    const { meetings } = await gql<{ meetings: { edges: { node: { id: string; name: string } }[] } }>(
      '{ meetings(first: 1) { edges { node { id name } } } }',
    );
    const meeting = meetings.edges[0].node;
    await gql('mutation ($id: ID!) { saveMeeting(meetingId: $id) { id } }', { id: meeting.id }, token);
    await gql(
      'mutation ($input: RecoveryPlanInput!) { savePlan(input: $input) { reasons } }',
      { input: { reasons: [PLAN_REASON], halt: {}, triggers: {} } },
      token,
    );

    visit = await signedInVisit(browser, member, { width: 390, height: 844 });
    page = visit.page;
    await controlled();
    // The visit: the pages load once with a connection.
    await page.goto('/my-meetings');
    await page.getByText(meeting.name).first().waitFor();
    await page.goto('/toolkit/plan');
    await fieldHolds(PLAN_REASON);
    await page.goto('/help');
    await heading('Get help now').waitFor();

    await visit.context.setOffline(true);
    const offline = page.getByText('You are offline. You can still see Help now');

    await page.goto('/help');
    await offline.waitFor();
    await heading('Get help now').waitFor();
    await page.getByRole('link', { name: 'Call 988' }).waitFor();

    await page.goto('/my-meetings');
    await offline.waitFor();
    await page.getByText(meeting.name).first().waitFor();

    await page.goto('/toolkit/plan');
    await offline.waitFor();
    await fieldHolds(PLAN_REASON);

    // A composer cannot be used, and says so; nothing is kept to send later.
    await page.goto(`/sponsorship/messages/${sponsorshipId}`);
    const composer = page.getByLabel('Your message');
    await composer.waitFor();
    expect(await composer.isDisabled()).toBe(true);
    await page.getByText('You are offline, so writing is paused. Nothing is kept to send later.').waitFor();

    // Back online: the app restores the session, refreshes the page's data and the composer works again.
    await visit.context.setOffline(false);
    await page.getByText('You are back online. The page was refreshed.').waitFor();
    await page.waitForFunction(
      () =>
        !(
          globalThis as unknown as { document: { querySelector(s: string): { disabled: boolean } | null } }
        ).document.querySelector('textarea#composer-text')?.disabled,
    );
    await heading(`Messages with Rosa P.`).waitFor();
  });

  it('deletes what the device kept when the member signs out', async () => {
    const kept = () => page.evaluate<boolean>("caches.has('kinship-private-v1')");
    expect(await kept()).toBe(true);
    await page.goto('/profile');
    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.waitForFunction(() =>
      (globalThis as unknown as { caches: { has(name: string): Promise<boolean> } }).caches
        .has('kinship-private-v1')
        .then((has) => !has),
    );
    expect(await page.evaluate<string | null>("localStorage.getItem('kinship.offlineMember')")).toBeNull();
  });
});
