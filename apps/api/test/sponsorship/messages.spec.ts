import { RealtimeGateway } from '@kinship/api/auth';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DM_MESSAGE_MAX, type DmMessagePayload, type SocketAck } from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { once } from '../support/sockets';
import {
  activeSponsorship,
  ok,
  openSocket,
  refused,
  SPONSORSHIP_FIELDS,
  sql,
  type Member,
} from './sponsorship-helpers';

const emit = <T>(socket: Socket, event: string, payload: unknown) =>
  socket.timeout(5000).emitWithAck(event, payload) as Promise<SocketAck<T>>;

const HISTORY = `query ($id: ID!, $last: Int, $before: String) {
  sponsorshipMessages(sponsorshipId: $id, last: $last, before: $before) {
    hasOlder olderCursor messages { seq text senderId }
  }
}`;
const SEND = `mutation ($input: SendSponsorshipMessageInput!) {
  sendSponsorshipMessage(input: $input) { duplicate crisis message { id seq text } }
}`;

/** Collects every dm:message a socket receives. */
function inbox(socket: Socket) {
  const got: DmMessagePayload[] = [];
  socket.on('dm:message', (m: DmMessagePayload) => got.push(m));
  return got;
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`never saw ${what}`);
}

describe('private messages', () => {
  let app: TestApp;
  let sponsor: Member;
  let sponsee: Member;
  let outsider: Member;
  let id: string;
  const sockets: Socket[] = [];
  const open = async (member: Member) => {
    const socket = await openSocket(app, member);
    sockets.push(socket);
    return socket;
  };
  const send = (socket: Socket, text: string, clientId = randomUUID(), sponsorshipId = id) =>
    emit<{
      message: DmMessagePayload;
      duplicate: boolean;
      crisis: { kind: string; lines: { call?: string | null }[] } | null;
    }>(socket, 'dm:send', {
      sponsorshipId,
      clientId,
      text,
    });
  const lastSeq = async (sponsorshipId = id) =>
    Number(
      (
        await sql<{ last_seq: string }>(app, 'SELECT last_seq FROM sponsorships WHERE id = $1', [
          sponsorshipId,
        ])
      )[0].last_seq,
    );

  /** The socket.io server (through the root gateway, loaded the way other suites load it). */
  const ioServer = async () => {
    return app.running.app.get(RealtimeGateway).server;
  };
  beforeAll(async () => {
    app = await startTestApp();
  });
  beforeEach(async () => {
    [sponsor, sponsee, outsider] = await Promise.all([
      registerMember(app),
      registerMember(app),
      registerMember(app),
    ]);
    id = await activeSponsorship(app, sponsor.id, sponsee.id);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(async () => {
    await app.close();
  });

  it('delivers in realtime, in the server’s order, after storing; the outsider sees nothing', async () => {
    const a = await open(sponsor);
    const b = await open(sponsee);
    const x = await open(outsider);
    const bGot = inbox(b);
    const xGot = inbox(x);
    expect((await emit(b, 'dm:join', { sponsorshipId: id, afterSeq: 0 })).ok).toBe(true);
    const acks = [];
    for (const text of ['one', 'two', 'three']) acks.push(await send(a, text));
    expect(acks.map((r) => r.ok && r.data.message.seq)).toEqual([1, 2, 3]);
    await until(() => bGot.length === 3, 'three messages');
    expect(bGot.map((m) => [m.seq, m.text, m.senderId])).toEqual([
      [1, 'one', sponsor.id],
      [2, 'two', sponsor.id],
      [3, 'three', sponsor.id],
    ]);
    const stored = await sql(
      app,
      'SELECT seq::int, body FROM sponsorship_messages WHERE sponsorship_id = $1 ORDER BY seq',
      [id],
    );
    expect(stored).toEqual([
      { seq: 1, body: 'one' },
      { seq: 2, body: 'two' },
      { seq: 3, body: 'three' },
    ]);
    expect((await emit(x, 'ping', {})).ok).toBe(true);
    expect(xGot).toEqual([]);
  });

  it('refuses an outsider over the socket and over GraphQL, and changes nothing', async () => {
    const x = await open(outsider);
    await send(await open(sponsor), 'private');
    const join = await emit(x, 'dm:join', { sponsorshipId: id, afterSeq: 0 });
    expect(join).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) });
    const sent = await send(x, 'let me in');
    expect(sent.ok === false && sent.error.code).toBe('FORBIDDEN');
    const read = await emit(x, 'dm:read', { sponsorshipId: id, seq: 1 });
    expect(read.ok === false && read.error.code).toBe('FORBIDDEN');
    expect((await refused(app, HISTORY, { id }, outsider)).code).toBe('FORBIDDEN');
    const viaGql = await refused(
      app,
      SEND,
      { input: { sponsorshipId: id, clientId: randomUUID(), text: 'hi' } },
      outsider,
    );
    expect(viaGql.code).toBe('FORBIDDEN');
    expect(await lastSeq()).toBe(1);
    expect(
      (await refused(app, `query ($id: ID!) { sponsorship(id: $id) { id } }`, { id }, outsider)).code,
    ).toBe('NOT_FOUND');
  });

  it('stores a retried clientId once and answers with the original message', async () => {
    const a = await open(sponsor);
    const b = await open(sponsee);
    const bGot = inbox(b);
    const clientId = randomUUID();
    const first = await send(a, 'only once', clientId);
    const again = await send(a, 'only once', clientId);
    expect((await send(a, 'racing')).ok).toBe(true);
    const raceId = randomUUID();
    const racing = await Promise.all([
      send(a, 'race', raceId),
      send(a, 'race', raceId),
      send(a, 'race', raceId),
    ]);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.data).toMatchObject({ duplicate: true, message: first.data.message });
    expect(first.data.duplicate).toBe(false);
    const ids = racing.map((r) => (r.ok ? r.data.message.id : null));
    expect(new Set(ids).size).toBe(1);
    expect(racing.filter((r) => r.ok && !r.data.duplicate)).toHaveLength(1);
    const viaGql = await ok<{ sendSponsorshipMessage: { duplicate: boolean; message: { id: string } } }>(
      app,
      SEND,
      { input: { sponsorshipId: id, clientId, text: 'only once' } },
      sponsor,
    );
    expect(viaGql.sendSponsorshipMessage).toEqual({
      duplicate: true,
      crisis: null,
      message: expect.objectContaining({ id: first.data.message.id }),
    });
    // seq has no gaps: 1 (only once), 2 (racing), 3 (race)
    expect(await lastSeq()).toBe(3);
    await until(() => bGot.length === 3, 'three distinct messages');
    expect(bGot.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('catches up after a forced disconnect: nothing lost, nothing twice', async () => {
    const a = await open(sponsor);
    let b = await open(sponsee);
    let bGot = inbox(b);
    const shown = new Map<number, string>();
    await emit(b, 'dm:join', { sponsorshipId: id, afterSeq: 0 });
    for (const text of ['1', '2', '3']) await send(a, text);
    await until(() => bGot.length === 3, 'first three');
    for (const m of bGot) shown.set(m.seq, m.text);
    const seenUpTo = Math.max(...shown.keys());

    const dropped = once(b, 'disconnect');
    (await ioServer()).in(`user:${sponsee.id}`).disconnectSockets(true);
    await dropped;
    const retryId = randomUUID();
    for (const text of ['4', '5']) await send(a, text);
    await send(a, '6', retryId);
    await send(a, '6', retryId); // the sender's retry is not a new message

    b = await open(sponsee);
    bGot = inbox(b);
    const caught = await emit<{ messages: DmMessagePayload[]; hasMore: boolean; lastSeq: number }>(
      b,
      'dm:join',
      {
        sponsorshipId: id,
        afterSeq: seenUpTo,
      },
    );
    expect(caught.ok).toBe(true);
    if (!caught.ok) return;
    expect(caught.data.messages.map((m) => m.text)).toEqual(['4', '5', '6']);
    expect(caught.data).toMatchObject({ hasMore: false, lastSeq: 6 });
    const all = [...bGot, ...caught.data.messages];
    await send(a, '7');
    await until(() => bGot.length === 1, 'the live message');
    all.push(bGot[bGot.length - 1]);
    const seqs = all.map((m) => m.seq);
    expect(seqs).toEqual([4, 5, 6, 7]);
    for (const m of all) shown.set(m.seq, m.text);
    expect([...shown.entries()]).toEqual([
      [1, '1'],
      [2, '2'],
      [3, '3'],
      [4, '4'],
      [5, '5'],
      [6, '6'],
      [7, '7'],
    ]);
  });

  it('answers bad payloads with an error ack and stores nothing', async () => {
    const a = await open(sponsor);
    const bad: unknown[] = [
      null,
      'text',
      { sponsorshipId: 'not-a-uuid', clientId: randomUUID(), text: 'x' },
      { sponsorshipId: id, clientId: 'abc', text: 'x' },
      { sponsorshipId: id, clientId: randomUUID(), text: '' },
      { sponsorshipId: id, clientId: randomUUID(), text: 'x'.repeat(DM_MESSAGE_MAX + 1) },
      { sponsorshipId: id, clientId: randomUUID(), text: Buffer.from('binary') },
      { sponsorshipId: id, clientId: randomUUID(), text: { html: '<b>' } },
      { sponsorshipId: id, clientId: randomUUID(), text: 'x', extra: true },
    ];
    for (const payload of bad) {
      const res = await emit(a, 'dm:send', payload);
      expect(res).toEqual({ ok: false, error: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });
    }
    expect((await emit(a, 'dm:join', { sponsorshipId: id, afterSeq: -3 })).ok).toBe(false);
    expect((await emit(a, 'dm:read', { sponsorshipId: id, seq: 'all' })).ok).toBe(false);
    expect(await lastSeq()).toBe(0);
    const gql = await refused(
      app,
      SEND,
      { input: { sponsorshipId: id, clientId: randomUUID(), text: '  ' } },
      sponsor,
    );
    expect(gql.code).toBe('BAD_USER_INPUT');
    expect(await lastSeq()).toBe(0);
    expect((await send(a, 'still fine')).ok).toBe(true);
  });

  it('keeps read receipts and unread counts', async () => {
    const a = await open(sponsor);
    const b = await open(sponsee);
    for (const t of ['a', 'b', 'c']) await send(a, t);
    const unread = async (m: Member) =>
      (
        await ok<{ sponsorship: { unreadCount: number; otherReadSeq: number } }>(
          app,
          `query ($id: ID!) { sponsorship(id: $id) { ${SPONSORSHIP_FIELDS} } }`,
          { id },
          m,
        )
      ).sponsorship;
    expect(await unread(sponsee)).toMatchObject({ unreadCount: 3 });
    expect(await unread(sponsor)).toMatchObject({ unreadCount: 0, otherReadSeq: 0 });
    const receipt = once<{ readerId: string; seq: number }>(a, 'dm:read');
    expect(await emit(b, 'dm:read', { sponsorshipId: id, seq: 2 })).toEqual({
      ok: true,
      data: { sponsorshipId: id, seq: 2 },
    });
    expect(await receipt).toEqual({ sponsorshipId: id, readerId: sponsee.id, seq: 2 });
    expect(await unread(sponsee)).toMatchObject({ unreadCount: 1 });
    expect(await unread(sponsor)).toMatchObject({ otherReadSeq: 2 });
    // never backwards, never beyond the last message
    await emit(b, 'dm:read', { sponsorshipId: id, seq: 1 });
    const beyond = await emit(b, 'dm:read', { sponsorshipId: id, seq: 99 });
    expect(beyond).toEqual({ ok: true, data: { sponsorshipId: id, seq: 3 } });
    // replying marks everything before it read
    await send(b, 'thanks');
    expect(await unread(sponsee)).toMatchObject({ unreadCount: 0 });
    expect(await unread(sponsor)).toMatchObject({ unreadCount: 1 });
  });

  it('pages history backwards with a cursor', async () => {
    const a = await open(sponsor);
    for (let i = 1; i <= 7; i++) await send(a, `m${i}`);
    const page = (before?: string) =>
      ok<{
        sponsorshipMessages: { hasOlder: boolean; olderCursor: string | null; messages: { seq: number }[] };
      }>(app, HISTORY, { id, last: 3, before }, sponsee).then((d) => d.sponsorshipMessages);
    const p1 = await page();
    expect(p1.messages.map((m) => m.seq)).toEqual([5, 6, 7]);
    const p2 = await page(p1.olderCursor!);
    expect(p2.messages.map((m) => m.seq)).toEqual([2, 3, 4]);
    const p3 = await page(p2.olderCursor!);
    expect(p3).toEqual({
      hasOlder: false,
      olderCursor: null,
      messages: [expect.objectContaining({ seq: 1 })],
    });
    expect((await refused(app, HISTORY, { id, before: 'garbage' }, sponsee)).code).toBe('BAD_USER_INPUT');
  });

  it('shows crisis help privately to the sender at once, and still delivers the message', async () => {
    const a = await open(sponsor);
    const b = await open(sponsee);
    const aGot = inbox(a);
    const res = await send(b, 'I want to kill myself tonight');
    expect(res.ok && res.data.crisis).toMatchObject({
      kind: 'suicide',
      lines: expect.arrayContaining([expect.objectContaining({ call: '988' })]),
    });
    await until(() => aGot.length === 1, 'the message');
    expect(aGot[0]).not.toHaveProperty('crisis');
    const calm = await send(b, 'this program saved my life');
    expect(calm.ok && calm.data.crisis).toBeNull();
  });

  it("shows the lines of the sender's chosen country", async () => {
    const set = await app.gql(
      `mutation { setRecoveryCountry(country: "AU") { country } }`,
      {},
      { token: sponsee.token },
    );
    expect(set.errors).toBeUndefined();
    const b = await open(sponsee);
    const res = await send(b, 'i want to kill myself');
    const calls = res.ok ? res.data.crisis?.lines.map((l) => l.call) : [];
    expect(calls).toContain('000');
    expect(calls).not.toContain('988');
    await app.gql(`mutation { setRecoveryCountry(country: "US") { country } }`, {}, { token: sponsee.token });
  });

  describe('forces sockets out when membership ends', () => {
    const roomSize = async () => (await (await ioServer()).in(`dm:${id}`).fetchSockets()).length;

    it('when the relationship ends', async () => {
      const a = await open(sponsor);
      const b = await open(sponsee);
      await emit(a, 'dm:join', { sponsorshipId: id, afterSeq: 0 });
      await emit(b, 'dm:join', { sponsorshipId: id, afterSeq: 0 });
      expect(await roomSize()).toBe(2);
      const closed = once<{ sponsorshipId: string }>(b, 'dm:closed');
      await ok(app, 'mutation ($id: ID!) { endSponsorship(id: $id) { id } }', { id }, sponsor);
      expect(await closed).toEqual({ sponsorshipId: id });
      expect(await roomSize()).toBe(0);
      expect((await send(b, 'hello?')).ok).toBe(false);
      expect((await emit(b, 'dm:join', { sponsorshipId: id, afterSeq: 0 })).ok).toBe(false);
      expect((await refused(app, HISTORY, { id }, sponsee)).code).toBe('FORBIDDEN');
      expect(await lastSeq()).toBe(0);
    });

    it('when a member blocks the other', async () => {
      const a = await open(sponsor);
      await emit(a, 'dm:join', { sponsorshipId: id, afterSeq: 0 });
      const closed = once(a, 'dm:closed');
      await ok(
        app,
        'mutation ($m: ID!) { blockSponsorshipMember(memberId: $m) }',
        { m: sponsor.id },
        sponsee,
      );
      await closed;
      expect(await roomSize()).toBe(0);
      const res = await send(a, 'are you there?');
      expect(res.ok === false && res.error.code).toBe('FORBIDDEN');
    });

    it('when a member signs out', async () => {
      const b = await open(sponsee);
      await emit(b, 'dm:join', { sponsorshipId: id, afterSeq: 0 });
      expect(await roomSize()).toBe(1);
      const gone = once(b, 'disconnect');
      await app.gql('mutation { signOut }', {}, { token: sponsee.token });
      await gone;
      expect(await roomSize()).toBe(0);
    });

    it('when a member deletes their account', async () => {
      const a = await open(sponsor);
      await emit(a, 'dm:join', { sponsorshipId: id, afterSeq: 0 });
      await send(a, 'see you');
      const closed = once(a, 'dm:closed');
      await app.gql(
        'mutation ($p: String!) { deleteAccount(input: { password: $p }) }',
        { p: sponsee.password },
        { token: sponsee.token },
      );
      await closed;
      expect(await roomSize()).toBe(0);
      expect((await send(a, 'hello?')).ok).toBe(false);
      expect(await sql(app, 'SELECT 1 FROM sponsorship_messages WHERE sponsorship_id = $1', [id])).toEqual(
        [],
      );
    });
  });
});
