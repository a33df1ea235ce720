import { Client } from 'pg';
import { createTestDatabase } from '../../../support/test-database';
import { builtApi, isolatedRedisUrl, register, startNode, stopNode, type ApiNode } from './nodes';

/** Two API processes on one fresh PostgreSQL database and one Redis (its own database index). */
export interface Cluster {
  a: ApiNode;
  b: ApiNode;
  databaseUrl: string;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  member(role?: 'member' | 'moderator' | 'admin'): Promise<{ id: string; token: string }>;
  room(name: string): Promise<string>;
  join(userId: string, roomId: string, role?: 'member' | 'moderator'): Promise<void>;
  close(): Promise<void>;
}

export async function startCluster(): Promise<Cluster> {
  const bundle = await builtApi();
  const db = await createTestDatabase();
  const redisUrl = isolatedRedisUrl();
  const [a, b] = await Promise.all([
    startNode('node A', bundle, { databaseUrl: db.url, redisUrl }),
    startNode('node B', bundle, { databaseUrl: db.url, redisUrl }),
  ]);
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  const query = async <T>(sql: string, params: unknown[] = []) => (await pg.query(sql, params)).rows as T[];
  return {
    a,
    b,
    databaseUrl: db.url,
    query,
    async member(role = 'member') {
      const m = await register(a.url);
      if (role !== 'member') await query('UPDATE users SET role = $2 WHERE id = $1', [m.id, role]);
      return m;
    },
    async room(name) {
      const [row] = await query<{ id: string }>(
        `INSERT INTO chat_rooms (kind, name) VALUES ('topic', $1) RETURNING id`,
        [name],
      );
      return row.id;
    },
    async join(userId, roomId, role = 'member') {
      await query(`INSERT INTO chat_room_members (room_id, user_id, role) VALUES ($1, $2, $3)`, [
        roomId,
        userId,
        role,
      ]);
    },
    async close() {
      await Promise.all([stopNode(a), stopNode(b)]);
      await pg.end();
      await db.drop();
    },
  };
}
