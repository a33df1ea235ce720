import { Client } from 'pg';
import { runMigrations } from '@kinship/api/core';
import { migrations } from '../../src/migrations';
import { createTestDatabase } from '../support/test-database';

describe('migrations', () => {
  it('apply once when several nodes start at the same time, and are idempotent after', async () => {
    const db = await createTestDatabase();
    try {
      const results = await Promise.all([1, 2, 3].map(() => runMigrations(db.url, migrations)));
      const appliedBy = results.filter((r) => r.length > 0);
      expect(appliedBy).toHaveLength(1);
      expect(appliedBy[0]).toEqual(migrations.map((m) => m.name));
      expect(await runMigrations(db.url, migrations)).toEqual([]);

      const client = new Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query('SELECT name FROM migrations ORDER BY id');
      const ext = await client.query('SELECT extname FROM pg_extension ORDER BY extname');
      await client.end();
      expect(rows.map((r) => r.name)).toEqual(migrations.map((m) => m.name));
      expect(ext.rows.map((r) => r.extname)).toEqual(
        expect.arrayContaining(['citext', 'cube', 'earthdistance', 'pg_trgm']),
      );
    } finally {
      await db.drop();
    }
  });

  it('are named <epoch>-<Name>.ts and listed in order', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(`${__dirname}/../../src/migrations`).filter((f) => f !== 'index.ts');
    for (const f of files) expect(f).toMatch(/^\d{13}-[A-Z][A-Za-z0-9]+\.ts$/);
    const stamps = migrations.map((m) => Number(/(\d{13})$/.exec(m.name)?.[1]));
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(files).toHaveLength(migrations.length);
  });
});
