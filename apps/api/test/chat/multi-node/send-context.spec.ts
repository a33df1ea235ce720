import type { ChatMessagePayload } from '@kinship/shared/contracts';
import { once } from '../../support/sockets';
import { ChatClient } from '../support/chat-client';
import { gql, redisVerdict } from './support/nodes';
import { startCluster, type Cluster } from './support/cluster';

const redis = redisVerdict();
const suite = redis.run ? describe : describe.skip;

if (redis.failure) {
  describe('send context across nodes', () => {
    it('needs Redis in CI', () => {
      throw new Error(redis.failure ?? '');
    });
  });
}

const ADD_FILTER = `mutation ($r: ID!) {
  addChatFilter(input: { roomId: $r, pattern: "forbidden", kind: WORD, action: BLOCK, reason: "Test" }) { id }
}`;
const BAN = `mutation ($r: ID!, $m: ID!) {
  banChatMember(input: { roomId: $r, memberId: $m, reason: "Threats" }) { id }
}`;

suite('the send context cached on one node follows changes made through the other', () => {
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
  afterEach(() => {
    while (clients.length) clients.pop()?.close();
  });
  afterAll(async () => {
    await cluster?.close();
  }, 60_000);

  it('drops a room’s cached context on the other node when a filter is added', async () => {
    const roomId = await cluster.room('Filter room');
    const mod = await cluster.member('moderator');
    const dana = await cluster.member();
    const watcher = await cluster.member();
    await cluster.join(dana.id, roomId);
    await cluster.join(watcher.id, roomId);
    const danaOnB = await connect(cluster.b.url, dana.token);
    const watcherOnB = await connect(cluster.b.url, watcher.token);
    const watcherOnA = await connect(cluster.a.url, watcher.token);
    await watcherOnB.subscribe(roomId);
    expect((await danaOnB.send(roomId, 'hello')).ok).toBe(true); // node B now caches Dana's context

    const added = await gql(cluster.a.url, ADD_FILTER, { r: roomId }, mod.token);
    expect(added.errors).toBeUndefined();
    // Node A published the word before this message, and Redis keeps one publisher's order: once the
    // message reached a socket on node B, node B has heard of the filter.
    const marker = once<ChatMessagePayload>(watcherOnB.socket, 'chat:message');
    expect((await watcherOnA.send(roomId, 'marker')).ok).toBe(true);
    await marker;
    expect(await danaOnB.send(roomId, 'a forbidden word')).toMatchObject({
      ok: false,
      error: { reason: 'blocked_word' },
    });
  });

  it('refuses a member banned through the other node at once, and stores nothing', async () => {
    const roomId = await cluster.room('Ban room');
    const mod = await cluster.member('moderator');
    const eli = await cluster.member();
    await cluster.join(eli.id, roomId);
    const eliOnB = await connect(cluster.b.url, eli.token);
    expect((await eliOnB.send(roomId, 'before')).ok).toBe(true);
    const ban = await gql(cluster.a.url, BAN, { r: roomId, m: eli.id }, mod.token);
    expect(ban.errors).toBeUndefined();
    // No waiting for any word between nodes: the storing statement checks membership and sanctions itself.
    expect(await eliOnB.send(roomId, 'after')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rows = await cluster.query<{ body: string }>('SELECT body FROM chat_messages WHERE room_id = $1', [
      roomId,
    ]);
    expect(rows).toEqual([{ body: 'before' }]);
  });
});
