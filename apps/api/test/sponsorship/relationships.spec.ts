import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { once } from '../support/sockets';
import {
  ACCEPT,
  activeSponsorship,
  matches,
  ok,
  openSocket,
  refused,
  REQUEST,
  SAVE_PREFERENCES,
  SAVE_PROFILE,
  seeker,
  seekerInput,
  sponsor,
  sponsorInput,
  SPONSORSHIP_FIELDS,
  sql,
  type Member,
} from './sponsorship-helpers';

interface View {
  id: string;
  myRole: string;
  status: string;
  temporary: boolean;
  requestMessage: string;
  declineReason: string | null;
  endReason: string | null;
  endedByMe: boolean;
  checkInDue: boolean;
  checkInDueAt: string | null;
  other: { id: string; displayName: string };
}

const LIST = `query ($s: [SponsorshipStatus!]) { mySponsorships(statuses: $s) { ${SPONSORSHIP_FIELDS} } }`;
const DECLINE = `mutation ($id: ID!, $r: String) { declineSponsorshipRequest(id: $id, reason: $r) { ${SPONSORSHIP_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawSponsorshipRequest(id: $id) { ${SPONSORSHIP_FIELDS} } }`;
const END = `mutation ($id: ID!, $r: String) { endSponsorship(id: $id, reason: $r) { ${SPONSORSHIP_FIELDS} } }`;
const CHECK_IN = `mutation ($id: ID!, $p: Boolean) { checkInSponsorship(id: $id, makePermanent: $p) { ${SPONSORSHIP_FIELDS} } }`;
const NOTIFICATIONS = `{ sponsorshipNotifications(first: 20) {
  unreadCount notifications { kind text read sponsorshipId actor { id displayName } } } }`;

async function request(app: TestApp, from: Member, to: Member, extra: Record<string, unknown> = {}) {
  const data = await ok<{ requestSponsorship: View }>(
    app,
    REQUEST,
    { input: { sponsorId: to.id, ...extra } },
    from,
  );
  return data.requestSponsorship;
}

async function notifications(app: TestApp, member: Member) {
  const data = await ok<{
    sponsorshipNotifications: {
      unreadCount: number;
      notifications: { kind: string; text: string; read: boolean; sponsorshipId: string | null }[];
    };
  }>(app, NOTIFICATIONS, {}, member);
  return data.sponsorshipNotifications;
}

describe('sponsorship requests and relationships', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('runs request → accept → end, with stored and realtime notifications for each answer', async () => {
    const maria = await sponsor(app, {}, 'Maria G.');
    const sam = await seeker(app);
    const mariaSocket = await openSocket(app, maria);
    const samSocket = await openSocket(app, sam);

    const received = once<{ kind: string; sponsorshipId: string }>(mariaSocket, 'sponsorship:notification');
    const req = await request(app, sam, maria, { message: 'Would you sponsor me?' });
    expect(req).toMatchObject({
      myRole: 'SPONSEE',
      status: 'PENDING',
      requestMessage: 'Would you sponsor me?',
    });
    expect(await received).toMatchObject({ kind: 'request_received', sponsorshipId: req.id });

    const inbox = await ok<{ mySponsorships: View[] }>(app, LIST, { s: ['PENDING'] }, maria);
    expect(inbox.mySponsorships).toMatchObject([
      { id: req.id, myRole: 'SPONSOR', requestMessage: 'Would you sponsor me?', other: { id: sam.id } },
    ]);
    expect((await matches(app, sam)).candidates.find((c) => c.sponsorId === maria.id)?.requestPending).toBe(
      true,
    );

    const accepted = once<{ kind: string }>(samSocket, 'sponsorship:notification');
    const active = await ok<{ acceptSponsorshipRequest: View }>(app, ACCEPT, { id: req.id }, maria);
    expect(active.acceptSponsorshipRequest.status).toBe('ACTIVE');
    expect(await accepted).toMatchObject({ kind: 'request_accepted' });
    const mine = await ok<{ mySponsorships: View[] }>(app, LIST, { s: ['ACTIVE'] }, sam);
    expect(mine.mySponsorships).toMatchObject([
      { myRole: 'SPONSEE', other: { id: maria.id, displayName: 'Maria G.' } },
    ]);
    // their own sponsor is no longer offered to them
    expect((await matches(app, sam)).candidates.map((c) => c.sponsorId)).not.toContain(maria.id);

    const ended = once<{ kind: string }>(mariaSocket, 'sponsorship:notification');
    const done = await ok<{ endSponsorship: View }>(app, END, { id: req.id, r: 'Moving away.' }, sam);
    expect(done.endSponsorship).toMatchObject({
      status: 'ENDED',
      endedByMe: true,
      endReason: 'Moving away.',
    });
    expect(await ended).toMatchObject({ kind: 'sponsorship_ended' });

    const mariaNotes = await notifications(app, maria);
    expect(mariaNotes.notifications.map((n) => n.text)).toEqual([
      `${sam.displayName} ended your sponsorship.`,
      `${sam.displayName} asked you to be their sponsor.`,
    ]);
    expect(mariaNotes.unreadCount).toBe(2);
    await ok(app, 'mutation { markSponsorshipNotificationsRead }', {}, maria);
    expect((await notifications(app, maria)).unreadCount).toBe(0);
    expect((await notifications(app, sam)).notifications.map((n) => n.kind)).toEqual(['REQUEST_ACCEPTED']);
    mariaSocket.close();
    samSocket.close();
  });

  it('lets the sponsor decline with a reason the seeker sees, and keeps them apart for a while', async () => {
    const s = await sponsor(app);
    const me = await seeker(app);
    const req = await request(app, me, s);
    const declined = await ok<{ declineSponsorshipRequest: View }>(
      app,
      DECLINE,
      { id: req.id, r: 'I am full right now.' },
      s,
    );
    expect(declined.declineSponsorshipRequest.status).toBe('DECLINED');
    const seen = await ok<{ mySponsorships: View[] }>(app, LIST, {}, me);
    expect(seen.mySponsorships[0]).toMatchObject({
      status: 'DECLINED',
      declineReason: 'I am full right now.',
    });
    expect((await notifications(app, me)).notifications[0].kind).toBe('REQUEST_DECLINED');
    expect((await refused(app, REQUEST, { input: { sponsorId: s.id } }, me)).code).toBe('CONFLICT');
    expect((await matches(app, me)).candidates.map((c) => c.sponsorId)).not.toContain(s.id);
    // a month later they may ask again
    await sql(app, `UPDATE sponsorships SET responded_at = now() - interval '31 days' WHERE id = $1`, [
      req.id,
    ]);
    expect((await matches(app, me)).candidates.map((c) => c.sponsorId)).toContain(s.id);
  });

  it('lets the seeker withdraw; answered requests cannot be answered again', async () => {
    const s = await sponsor(app);
    const me = await seeker(app);
    const req = await request(app, me, s);
    expect((await refused(app, REQUEST, { input: { sponsorId: s.id } }, me)).message).toBe(
      'You already asked them; they have not answered yet.',
    );
    const w = await ok<{ withdrawSponsorshipRequest: View }>(app, WITHDRAW, { id: req.id }, me);
    expect(w.withdrawSponsorshipRequest.status).toBe('WITHDRAWN');
    expect((await notifications(app, s)).notifications[0].kind).toBe('REQUEST_WITHDRAWN');
    expect((await refused(app, ACCEPT, { id: req.id }, s)).code).toBe('CONFLICT');
    expect((await refused(app, WITHDRAW, { id: req.id }, me)).code).toBe('CONFLICT');
    // and nobody else can touch it
    const stranger = await registerMember(app);
    expect((await refused(app, ACCEPT, { id: req.id }, stranger)).code).toBe('NOT_FOUND');
    expect((await refused(app, END, { id: req.id }, stranger)).code).toBe('NOT_FOUND');
  });

  it('enforces capacity when accepting, and one sponsor per program; other requests are withdrawn', async () => {
    const s = await sponsor(app, { capacity: 1 });
    const other = await sponsor(app);
    const a = await seeker(app);
    const b = await seeker(app);
    const ra = await request(app, a, s);
    const rb = await request(app, b, s);
    const rb2 = await request(app, b, other);
    await ok(app, ACCEPT, { id: ra.id }, s);
    const full = await refused(app, ACCEPT, { id: rb.id }, s);
    expect(full).toEqual({
      code: 'CONFLICT',
      message: 'You are at capacity (1 of 1). Raise your capacity in your profile to accept.',
    });
    expect((await matches(app, b)).candidates.map((c) => c.sponsorId)).not.toContain(s.id);
    expect((await refused(app, REQUEST, { input: { sponsorId: s.id } }, a)).code).toBe('CONFLICT');

    await ok(app, ACCEPT, { id: rb2.id }, other);
    const bs = await ok<{ mySponsorships: View[] }>(app, LIST, {}, b);
    expect(bs.mySponsorships.map((v) => [v.id, v.status])).toEqual([
      [rb2.id, 'ACTIVE'],
      [rb.id, 'WITHDRAWN'],
    ]);
    const blocked = await refused(app, REQUEST, { input: { sponsorId: s.id } }, b);
    expect(blocked.code).toBe('CONFLICT');
  });

  it('limits how many requests may wait at once', async () => {
    const me = await seeker(app);
    const sponsors = await Promise.all([1, 2, 3, 4].map(() => sponsor(app)));
    for (const s of sponsors.slice(0, 3)) await request(app, me, s);
    const res = await refused(app, REQUEST, { input: { sponsorId: sponsors[3].id } }, me);
    expect(res.message).toBe(
      'You have 3 requests waiting for an answer. Withdraw one, or wait for an answer, before asking someone else.',
    );
  });

  it('re-checks the sponsor’s constraints on a direct request', async () => {
    const menOnly = await sponsor(app, { sponsorsGenders: ['MAN'] });
    const me = await seeker(app, { gender: 'WOMAN' });
    expect((await refused(app, REQUEST, { input: { sponsorId: menOnly.id } }, me)).code).toBe('CONFLICT');
    const paused = await sponsor(app, { accepting: false });
    expect((await refused(app, REQUEST, { input: { sponsorId: paused.id } }, me)).code).toBe('CONFLICT');
    expect((await refused(app, REQUEST, { input: { sponsorId: me.id } }, me)).code).toBe('BAD_USER_INPUT');
    expect((await refused(app, REQUEST, { input: { sponsorId: 'nope' } }, me)).code).toBe('BAD_USER_INPUT');
  });

  it('prompts both members of a temporary sponsorship to check in after 90 days', async () => {
    const s = await sponsor(app);
    const me = await seeker(app);
    const req = await request(app, me, s, { temporary: true });
    const started = await ok<{ acceptSponsorshipRequest: View }>(app, ACCEPT, { id: req.id }, s);
    const due = new Date(started.acceptSponsorshipRequest.checkInDueAt!);
    expect(Math.round((due.getTime() - Date.now()) / 86_400_000)).toBe(90);
    expect(started.acceptSponsorshipRequest.checkInDue).toBe(false);
    expect((await refused(app, CHECK_IN, { id: req.id }, me)).code).toBe('CONFLICT');

    // 90 days pass
    await sql(
      app,
      `UPDATE sponsorships SET started_at = now() - interval '91 days', checkin_due_at = now() - interval '1 day'
        WHERE id = $1`,
      [req.id],
    );
    for (const who of [s, me]) {
      const list = await ok<{ mySponsorships: View[] }>(app, LIST, { s: ['ACTIVE'] }, who);
      expect(list.mySponsorships[0].checkInDue).toBe(true);
      const notes = await notifications(app, who);
      expect(notes.notifications.filter((n) => n.kind === 'CHECKIN_DUE')).toHaveLength(1);
      expect(notes.notifications[0].text).toMatch(/^It has been 90 days: time to check in/);
    }
    // asking again stores no second prompt
    expect((await notifications(app, me)).notifications.filter((n) => n.kind === 'CHECKIN_DUE')).toHaveLength(
      1,
    );

    const mine = await ok<{ checkInSponsorship: View }>(app, CHECK_IN, { id: req.id, p: true }, me);
    expect(mine.checkInSponsorship).toMatchObject({ checkInDue: false, temporary: true });
    const theirs = await ok<{ checkInSponsorship: View }>(app, CHECK_IN, { id: req.id, p: false }, s);
    // not both asked to make it permanent: another 90 days
    expect(theirs.checkInSponsorship.temporary).toBe(true);
    const next = new Date(theirs.checkInSponsorship.checkInDueAt!);
    expect(Math.round((next.getTime() - Date.now()) / 86_400_000)).toBe(90);

    await sql(app, `UPDATE sponsorships SET checkin_due_at = now() - interval '1 hour' WHERE id = $1`, [
      req.id,
    ]);
    await ok(app, CHECK_IN, { id: req.id, p: true }, me);
    const permanent = await ok<{ checkInSponsorship: View }>(app, CHECK_IN, { id: req.id, p: true }, s);
    expect(permanent.checkInSponsorship).toMatchObject({
      temporary: false,
      checkInDueAt: null,
      checkInDue: false,
    });
  });

  it('blocking ends what is open, hides both from each other and refuses requests either way', async () => {
    const s = await sponsor(app);
    const me = await seeker(app);
    await ok(app, SAVE_PROFILE, { input: sponsorInput() }, me);
    const id = await activeSponsorship(app, s.id, me.id);
    await ok(app, 'mutation ($m: ID!) { blockSponsorshipMember(memberId: $m) }', { m: me.id }, s);
    const view = await ok<{ sponsorship: View }>(
      app,
      `query ($id: ID!) { sponsorship(id: $id) { ${SPONSORSHIP_FIELDS} } }`,
      { id },
      me,
    );
    expect(view.sponsorship).toMatchObject({ status: 'ENDED', endedByMe: false });
    expect((await notifications(app, me)).notifications[0].text).not.toMatch(/block/i);
    expect((await matches(app, me)).candidates.map((c) => c.sponsorId)).not.toContain(s.id);
    await ok(app, SAVE_PREFERENCES, { input: seekerInput() }, s);
    expect((await matches(app, s)).candidates.map((c) => c.sponsorId)).not.toContain(me.id);
    expect((await refused(app, REQUEST, { input: { sponsorId: s.id } }, me)).message).toBe(
      'This sponsor is not available for a new request from you right now. Try another one from the finder.',
    );
    expect((await refused(app, REQUEST, { input: { sponsorId: me.id } }, s)).code).toBe('CONFLICT');

    const list = await ok<{ mySponsorshipBlocks: { id: string }[] }>(
      app,
      '{ mySponsorshipBlocks { id displayName } }',
      {},
      s,
    );
    expect(list.mySponsorshipBlocks.map((b) => b.id)).toEqual([me.id]);
    await ok(app, 'mutation ($m: ID!) { unblockSponsorshipMember(memberId: $m) }', { m: me.id }, s);
    expect((await matches(app, me)).candidates.map((c) => c.sponsorId)).toContain(s.id);
  });
});
