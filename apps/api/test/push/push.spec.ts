import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import webpush from 'web-push';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember, setRole } from '../support/accounts';
import {
  ACCEPT,
  activeSponsorship,
  ok,
  openSocket,
  REQUEST,
  seeker,
  sponsor,
  type Member,
} from '../sponsorship/sponsorship-helpers';
import { type BrowserSubscription, type LocalPushService, startPushService } from './push-service';

const SETTINGS = 'query { pushSettings { available publicKey enabledKinds subscriptions } }';
const SUBSCRIBE = `mutation ($s: PushSubscriptionInput!) { subscribePush(subscription: $s) { subscriptions } }`;
const UNSUBSCRIBE = `mutation ($e: String!) { unsubscribePush(endpoint: $e) { subscriptions } }`;
const SET_KIND = `mutation ($k: PushKind!, $on: Boolean!) { setPushKind(kind: $k, enabled: $on) { enabledKinds } }`;
const SEND = `mutation ($input: SendSponsorshipMessageInput!) {
  sendSponsorshipMessage(input: $input) { message { id } }
}`;

/** Waits (by polling the push service, not by time) until `count` messages arrived, and returns them. */
async function arrived(push: LocalPushService, sub: BrowserSubscription, count: number): Promise<string[]> {
  for (let i = 0; i < 500; i++) {
    const messages = await push.received(sub);
    if (messages.length >= count) return messages;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the push service never received ${count} message(s)`);
}

describe('web push: a real local push service receives neutral, encrypted notifications', () => {
  let app: TestApp;
  let push: LocalPushService;
  const sockets: Socket[] = [];
  const keys = webpush.generateVAPIDKeys();

  beforeAll(async () => {
    push = await startPushService();
    app = await startTestApp({
      VAPID_PUBLIC_KEY: keys.publicKey,
      VAPID_PRIVATE_KEY: keys.privateKey,
      VAPID_SUBJECT: 'mailto:ops@example.org',
    });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await app.close();
    await push.close();
  });

  /** A member whose "browser" subscribed through the push service and who opted in to `kinds`. */
  async function subscribed(member: Member, kinds: string[]): Promise<BrowserSubscription> {
    const sub = await push.subscribe(keys.publicKey);
    await ok(app, SUBSCRIBE, { s: { endpoint: sub.endpoint, ...sub.keys } }, member);
    for (const k of kinds) await ok(app, SET_KIND, { k, on: true }, member);
    return sub;
  }

  async function pair() {
    const a = await registerMember(app);
    const b = await registerMember(app);
    return { a, b, id: await activeSponsorship(app, a.id, b.id) };
  }

  const send = (from: Member, sponsorshipId: string, text: string) =>
    ok(app, SEND, { input: { sponsorshipId, clientId: randomUUID(), text } }, from);

  it('offers the public key and starts with every kind off', async () => {
    const member = await registerMember(app);
    const { pushSettings } = await ok<{ pushSettings: Record<string, unknown> }>(app, SETTINGS, {}, member);
    expect(pushSettings).toEqual({
      available: true,
      publicKey: keys.publicKey,
      enabledKinds: [],
      subscriptions: 0,
    });
  });

  it('a private message reaches the recipient as { kind, refId, locale } only: no text, no names', async () => {
    const { a, b, id } = await pair();
    const sub = await subscribed(b, ['PRIVATE_MESSAGE']);
    const senderSub = await subscribed(a, ['PRIVATE_MESSAGE']);
    await send(a, id, 'I relapsed last night and need to talk about my recovery');
    const [payload] = await arrived(push, sub, 1);
    expect(JSON.parse(payload)).toEqual({ kind: 'private_message', refId: id, locale: 'en' });
    for (const secret of ['relapsed', 'recovery', a.displayName, a.email])
      expect(payload).not.toContain(secret);
    // The sender is not told about their own message.
    await send(b, id, 'here');
    await arrived(push, senderSub, 1);
    expect(await push.received(sub)).toHaveLength(1);
  });

  it('respects the opt-out: a kind turned off sends nothing, and back on it sends again', async () => {
    const { a, b, id } = await pair();
    const sub = await subscribed(b, ['SPONSORSHIP_REQUEST']);
    await send(a, id, 'first');
    await ok(app, SET_KIND, { k: 'PRIVATE_MESSAGE', on: true }, b);
    await ok(app, SET_KIND, { k: 'PRIVATE_MESSAGE', on: false }, b);
    await send(a, id, 'second');
    await ok(app, SET_KIND, { k: 'PRIVATE_MESSAGE', on: true }, b);
    await send(a, id, 'third');
    // Only the third arrives: it is the first message the push service saw for this browser.
    const messages = await arrived(push, sub, 1);
    expect(messages.map((m) => JSON.parse(m).kind)).toEqual(['private_message']);
    const { pushSettings } = await ok<{ pushSettings: { enabledKinds: string[] } }>(app, SETTINGS, {}, b);
    expect(pushSettings.enabledKinds).toEqual(['PRIVATE_MESSAGE', 'SPONSORSHIP_REQUEST']);
  });

  it('tells the sponsor of a request and the requester of the answer', async () => {
    const s = await sponsor(app);
    const seekerMember = await seeker(app);
    const sponsorSub = await subscribed(s, ['SPONSORSHIP_REQUEST']);
    const seekerSub = await subscribed(seekerMember, ['SPONSORSHIP_ANSWER']);
    const { requestSponsorship } = await ok<{ requestSponsorship: { id: string } }>(
      app,
      REQUEST,
      { input: { sponsorId: s.id, message: 'Will you sponsor me in NA?', temporary: false } },
      seekerMember,
    );
    const [request] = await arrived(push, sponsorSub, 1);
    expect(JSON.parse(request)).toEqual({
      kind: 'sponsorship_request',
      refId: requestSponsorship.id,
      locale: 'en',
    });
    await ok(app, ACCEPT, { id: requestSponsorship.id }, s);
    const [answer] = await arrived(push, seekerSub, 1);
    expect(JSON.parse(answer)).toEqual({
      kind: 'sponsorship_answer',
      refId: requestSponsorship.id,
      locale: 'en',
    });
  });

  it("tells the member of a moderator's check-in message, in their language", async () => {
    const member = await registerMember(app);
    const moderator = await registerMember(app);
    await setRole(app, moderator.id, 'moderator');
    await app.running.app.get(DataSource).query("UPDATE users SET locale = 'es' WHERE id = $1", [member.id]);
    const sub = await subscribed(member, ['MODERATOR_CHECK_IN']);
    const [thread] = await app.running.app
      .get(DataSource)
      .query('INSERT INTO moderator_checkins (member_id, opened_by) VALUES ($1, $2) RETURNING id', [
        member.id,
        moderator.id,
      ]);
    const socket = await openSocket(app, moderator);
    sockets.push(socket);
    const ack = await socket.timeout(5000).emitWithAck('checkin:send', {
      checkInId: thread.id,
      clientId: randomUUID(),
      text: 'How are you doing?',
    });
    expect(ack.ok).toBe(true);
    const [payload] = await arrived(push, sub, 1);
    expect(JSON.parse(payload)).toEqual({ kind: 'moderator_check_in', refId: thread.id, locale: 'es' });
  });

  it('forgets a subscription the push service says is gone (410)', async () => {
    const { a, b, id } = await pair();
    const sub = await subscribed(b, ['PRIVATE_MESSAGE']);
    await push.expire(sub);
    await send(a, id, 'are you there?');
    const db = app.running.app.get(DataSource);
    for (let i = 0; i < 500; i++) {
      const rows = await db.query('SELECT 1 FROM push_subscriptions WHERE endpoint = $1', [sub.endpoint]);
      if (rows.length === 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const { pushSettings } = await ok<{ pushSettings: { subscriptions: number } }>(app, SETTINGS, {}, b);
    expect(pushSettings.subscriptions).toBe(0);
  });

  it('unsubscribes a browser', async () => {
    const member = await registerMember(app);
    const sub = await subscribed(member, []);
    const res = await ok<{ unsubscribePush: { subscriptions: number } }>(
      app,
      UNSUBSCRIBE,
      { e: sub.endpoint },
      member,
    );
    expect(res.unsubscribePush.subscriptions).toBe(0);
  });

  it.each([
    ['endpoint', { endpoint: 'not a url' }],
    ['endpoint', { endpoint: 'ftp://push.example/x' }],
    ['p256dh', { p256dh: 'AAAA' }],
    ['p256dh', { p256dh: 'not base64url!' }],
    ['auth', { auth: 'AAAA' }],
  ])('refuses a bad subscription (%s) with BAD_USER_INPUT naming the field', async (field, bad) => {
    const member = await registerMember(app);
    const sub = await push.subscribe(keys.publicKey);
    const res = await app.gql(
      SUBSCRIBE,
      { s: { endpoint: sub.endpoint, ...sub.keys, ...bad } },
      { token: member.token },
    );
    expect(res.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain(field);
  });

  it('refuses an unknown kind and requires sign-in', async () => {
    const member = await registerMember(app);
    const bad = await app.gql(SET_KIND, { k: 'EVERYTHING', on: true }, { token: member.token });
    expect(bad.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    const anonymous = await app.gql(SETTINGS);
    expect(anonymous.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

describe('web push without keys', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('says push is off and refuses subscriptions', async () => {
    const member = await registerMember(app);
    const { pushSettings } = await ok<{ pushSettings: Record<string, unknown> }>(app, SETTINGS, {}, member);
    expect(pushSettings).toMatchObject({ available: false, publicKey: null });
    const res = await app.gql(
      SUBSCRIBE,
      { s: { endpoint: 'https://push.example/x', p256dh: 'AAAA', auth: 'AAAA' } },
      { token: member.token },
    );
    expect(res.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
