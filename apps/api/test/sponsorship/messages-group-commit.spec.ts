import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import type { DmMessagePayload, SocketAck } from '@kinship/shared/contracts';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { activeSponsorship, openSocket, sql, type Member } from './sponsorship-helpers';

type SendAck = SocketAck<{ message: DmMessagePayload; duplicate: boolean }>;

describe('private messages stored in shared commits', () => {
  let app: TestApp;
  const sockets: Socket[] = [];
  const open = async (member: Member) => {
    const socket = await openSocket(app, member);
    sockets.push(socket);
    return socket;
  };
  const send = (socket: Socket, sponsorshipId: string, text: string, clientId = randomUUID()) =>
    socket.timeout(10_000).emitWithAck('dm:send', { sponsorshipId, clientId, text }) as Promise<SendAck>;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterEach(() => {
    while (sockets.length) sockets.pop()?.close();
  });
  afterAll(async () => {
    await app.close();
  });

  it('numbers concurrent messages of several conversations 1..n, each member’s read mark at their own last', async () => {
    const conversations: { id: string; sockets: Socket[] }[] = [];
    for (let i = 0; i < 3; i += 1) {
      const sponsor = await registerMember(app);
      const sponsee = await registerMember(app);
      const id = await activeSponsorship(app, sponsor.id, sponsee.id);
      conversations.push({ id, sockets: [await open(sponsor), await open(sponsee)] });
    }
    const perSender = 6;
    const acks = await Promise.all(
      conversations.flatMap(({ id, sockets: pair }) =>
        pair.map(async (socket, who) => {
          // several in flight at once from each sender, so they share commits
          const mine = await Promise.all(
            Array.from({ length: perSender }, (_, k) => send(socket, id, `${who}-${k}`)),
          );
          return mine;
        }),
      ),
    );
    for (const ack of acks.flat()) expect(ack).toMatchObject({ ok: true, data: { duplicate: false } });
    for (const { id } of conversations) {
      const rows = await sql<{ seq: string }>(
        app,
        'SELECT seq FROM sponsorship_messages WHERE sponsorship_id = $1 ORDER BY seq',
        [id],
      );
      expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 2 * perSender }, (_, i) => i + 1));
      const [state] = await sql<{ last_seq: string; sponsor_read_seq: string; sponsee_read_seq: string }>(
        app,
        'SELECT last_seq, sponsor_read_seq, sponsee_read_seq FROM sponsorships WHERE id = $1',
        [id],
      );
      const lastOf = async (who: string) =>
        (
          await sql<{ seq: string }>(
            app,
            `SELECT max(m.seq) AS seq FROM sponsorship_messages m JOIN sponsorships s ON s.id = m.sponsorship_id
              WHERE m.sponsorship_id = $1 AND m.sender_id = s.${who}`,
            [id],
          )
        )[0].seq;
      expect(state.last_seq).toBe(String(2 * perSender));
      // each member has read up to their own last message
      expect(state.sponsor_read_seq).toBe(await lastOf('sponsor_id'));
      expect(state.sponsee_read_seq).toBe(await lastOf('sponsee_id'));
    }
    // what each sender was told is what was stored
    const stored = await sql<{ id: string; seq: string; body: string }>(
      app,
      'SELECT id, seq::int AS seq, body FROM sponsorship_messages WHERE sponsorship_id = ANY($1::uuid[])',
      [conversations.map((c) => c.id)],
    );
    const byId = new Map(stored.map((r) => [r.id, r]));
    for (const ack of acks.flat()) {
      const m = ack.ok ? ack.data.message : null;
      expect(byId.get(m?.id ?? '')).toMatchObject({ seq: m?.seq, body: m?.text });
    }
  });

  it('answers retries racing in one commit with the first message, and refuses a stranger alone', async () => {
    const sponsor = await registerMember(app);
    const sponsee = await registerMember(app);
    const stranger = await registerMember(app);
    const id = await activeSponsorship(app, sponsor.id, sponsee.id);
    const [a, b, s] = [await open(sponsor), await open(sponsee), await open(stranger)];
    const clientId = randomUUID();
    const [first, again, other, intruder] = await Promise.all([
      send(a, id, 'once', clientId),
      send(a, id, 'once', clientId),
      send(b, id, 'hello'),
      send(s, id, 'let me in'),
    ]);
    expect(first.ok && again.ok && first.data.message.id === again.data.message.id).toBe(true);
    expect([first, again].map((r) => r.ok && r.data.duplicate).sort()).toEqual([false, true]);
    expect(other).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(intruder).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rows = await sql<{ seq: string; body: string }>(
      app,
      'SELECT seq, body FROM sponsorship_messages WHERE sponsorship_id = $1 ORDER BY seq',
      [id],
    );
    expect(rows.map((r) => r.body).sort()).toEqual(['hello', 'once']);
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2]);
  });
});
