import { Client } from 'pg';
import { runMigrations } from '@kinship/api/core';
import { migrations } from '../../src/migrations';
import { createTestDatabase } from '../support/test-database';

describe('the member handles migration', () => {
  it('gives every existing account its own random handle, and new accounts one from the column default', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    try {
      const at = migrations.findIndex((m) => m.name.startsWith('AddMemberHandles'));
      expect(at).toBeGreaterThan(0);
      await runMigrations(db.url, migrations.slice(0, at));
      await client.connect();
      await client.query(
        `INSERT INTO users (email, password_hash, display_name)
         SELECT 'old' || i || '@example.net', '!', CASE WHEN i <= 2 THEN 'Sam T.' ELSE 'Member ' || i END
           FROM generate_series(1, 40) AS i`,
      );
      await runMigrations(db.url, migrations);
      const { rows } = await client.query<{ email: string; handle: string }>(
        'SELECT email, handle FROM users',
      );
      expect(rows).toHaveLength(40);
      for (const r of rows) expect(r.handle).toMatch(/^[23456789BCDFGHJKMNPQRSTVWXZ]{4}$/);
      expect(new Set(rows.map((r) => r.handle)).size).toBe(40);
      const fresh = await client.query<{ handle: string }>(
        `INSERT INTO users (email, password_hash, display_name) VALUES ('new@example.net', '!', 'Sam T.')
         RETURNING handle`,
      );
      expect(fresh.rows[0].handle).toMatch(/^[23456789BCDFGHJKMNPQRSTVWXZ]{4}$/);
      expect(rows.map((r) => r.handle)).not.toContain(fresh.rows[0].handle);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
