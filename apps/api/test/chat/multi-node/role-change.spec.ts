import type { ChatModerationAlert } from '@kinship/shared/contracts';
import { ChatClient } from '../support/chat-client';
import { gql, redisVerdict } from './support/nodes';
import { startCluster, type Cluster } from './support/cluster';

const redis = redisVerdict();
const suite = redis.run ? describe : describe.skip;

if (redis.failure) {
  describe('role changes across nodes', () => {
    it('needs Redis in CI', () => {
      throw new Error(redis.failure ?? '');
    });
  });
}

suite('a role change on one node reaches open sockets on the other', () => {
  let cluster: Cluster;
  const clients: ChatClient[] = [];
  const connect = async (url: string, token: string) => {
    const c = await ChatClient.connect(url, token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    cluster = await startCluster();
  }, 300_000);
  afterAll(async () => {
    while (clients.length) clients.pop()?.close();
    await cluster?.close();
  }, 60_000);

  it('stops alerts and invite-only rooms on a moderator demoted through the other node', async () => {
    const roomId = await cluster.room('Alerts room');
    const [invite] = await cluster.query<{ id: string }>(
      `INSERT INTO chat_rooms (kind, name, visibility) VALUES ('topic', 'Invite only', 'invite') RETURNING id`,
    );
    const writer = await cluster.member();
    await cluster.join(writer.id, roomId);
    await cluster.join(writer.id, invite.id);
    const admin = await cluster.member('admin');
    const demoted = await cluster.member('moderator');
    const staying = await cluster.member('moderator');

    const w = await connect(cluster.a.url, writer.token);
    await w.subscribe(roomId);
    await w.subscribe(invite.id);
    const d = await connect(cluster.b.url, demoted.token);
    expect((await d.subscribe(invite.id)).ok).toBe(true);
    const s = await connect(cluster.b.url, staying.token);

    const dAlerts: ChatModerationAlert[] = [];
    d.socket.on('chat:alert', (e: ChatModerationAlert) => dAlerts.push(e));
    const changed = await gql(
      cluster.a.url,
      'mutation ($id: ID!) { setMemberRole(memberId: $id, role: MEMBER) { id } }',
      { id: demoted.id },
      admin.token,
    );
    expect(changed.errors).toBeUndefined();

    // The other moderator on the same node hears the alert; by then the demoted one would have too.
    const heard = new Promise<void>((resolve) => s.socket.on('chat:alert', () => resolve()));
    expect((await w.send(roomId, 'i want to kill myself tonight')).ok).toBe(true);
    await heard;
    const inviteSeen = d.seen.get(invite.id)?.length ?? 0;
    const markerSeen = new Promise<void>((resolve) =>
      s.socket.on('chat:alert', (e: ChatModerationAlert) => e.roomId === invite.id && resolve()),
    );
    expect((await w.send(invite.id, 'i want to end my life tonight')).ok).toBe(true);
    await markerSeen;
    expect(dAlerts).toEqual([]);
    expect(d.seen.get(invite.id)?.length ?? 0).toBe(inviteSeen);
  });
});
