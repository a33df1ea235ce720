import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupCommit } from '@kinship/api/core';
import { createTestDatabase } from '../support/test-database';

/** A gate a flush can wait at inside its transaction, so a test sees what happens before the commit. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('GroupCommit against a real PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  let other: Client;
  let batches: number[];
  let hold: ReturnType<typeof gate> | null;

  const insert = async (manager: EntityManager, items: string[]) => {
    const rows: { id: number; body: string }[] = await manager.query(
      'INSERT INTO notes (body) SELECT unnest($1::text[]) RETURNING id, body',
      [items],
    );
    if (hold) await hold.opened;
    return items.map((item) => rows.find((r) => r.body === item)?.id ?? -1);
  };
  const commits = (maxBatch = 100) =>
    new GroupCommit<string, number>(ds, {
      write: insert,
      maxBatch,
      onCommit: (size) => batches.push(size),
    });
  const stored = async () =>
    (await other.query('SELECT body FROM notes ORDER BY id')).rows.map((r: { body: string }) => r.body);

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource({ type: 'postgres', url: db.url });
    await ds.initialize();
    await ds.query(`CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL CHECK (body <> 'poison'))`);
    other = new Client({ connectionString: db.url });
    await other.connect();
  });
  beforeEach(async () => {
    batches = [];
    hold = null;
    await ds.query('TRUNCATE notes');
  });
  afterAll(async () => {
    await other?.end();
    await ds?.destroy();
    await db?.drop();
  });

  it('writes a lone item at once, and batches what arrives while a flush is in flight', async () => {
    const group = commits();
    hold = gate();
    const first = group.add('first');
    // The first transaction is open (held at the gate): five more arrive and wait for the next flush.
    const rest = ['a', 'b', 'c', 'd', 'e'].map((b) => group.add(b));
    expect(group.waiting).toBe(5);
    hold.open();
    const ids = await Promise.all([first, ...rest]);
    expect(batches).toEqual([1, 5]);
    expect(new Set(ids).size).toBe(6);
    expect(await stored()).toEqual(['first', 'a', 'b', 'c', 'd', 'e']);
  });

  it('answers a caller only after the commit: before it, nothing is visible and nobody is answered', async () => {
    const group = commits();
    hold = gate();
    let answered = 0;
    const all = ['x', 'y'].map((b) => group.add(b).then((id) => ((answered += 1), id)));
    // The rows are inserted but not committed: another connection sees none, and no caller has an answer.
    for (let i = 0; i < 20; i += 1) await new Promise((r) => setImmediate(r));
    expect(await stored()).toEqual([]);
    expect(answered).toBe(0);
    hold.open();
    await Promise.all(all);
    expect(answered).toBe(2);
    expect(await stored()).toEqual(['x', 'y']);
  });

  it('fails only the bad row of a batch: the others are stored and answered, in order', async () => {
    const group = commits();
    hold = gate();
    const first = group.add('lead');
    const bodies = ['one', 'two', 'poison', 'three', 'four'];
    const outcomes = bodies.map((b) =>
      group.add(b).then(
        (id) => ({ ok: true as const, id }),
        (error: { code?: string }) => ({ ok: false as const, code: error.code }),
      ),
    );
    hold.open();
    await first;
    const results = await Promise.all(outcomes);
    expect(results.map((r) => r.ok)).toEqual([true, true, false, true, true]);
    expect(results[2]).toEqual({ ok: false, code: '23514' }); // the CHECK constraint, named by PostgreSQL
    // The batch of five failed as a whole (nothing committed), then each row went on its own.
    expect(batches).toEqual([1, 1, 1, 1, 1]);
    expect(await stored()).toEqual(['lead', 'one', 'two', 'three', 'four']);
  });

  it('a failed batch answers nobody in it before the rows are stored on their own', async () => {
    const group = commits();
    hold = gate();
    const lead = group.add('lead');
    const seen: string[][] = [];
    const good = group.add('good').then(async (id) => (seen.push(await stored()), id));
    const bad = group.add('poison').catch(() => 'refused');
    hold.open();
    await lead;
    await Promise.all([good, bad]);
    // When "good" was answered, it was already committed (on its own, after the failed batch).
    expect(seen).toEqual([['lead', 'good']]);
    expect(await bad).toBe('refused');
  });

  it('never puts more than maxBatch items in one transaction', async () => {
    const group = commits(10);
    hold = gate();
    const first = group.add('0');
    const rest = Array.from({ length: 25 }, (_, i) => group.add(String(i + 1)));
    hold.open();
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([1, 10, 10, 5]);
    expect(await stored()).toEqual(Array.from({ length: 26 }, (_, i) => String(i)));
  });

  it('keeps going after a lone item fails', async () => {
    const group = commits();
    await expect(group.add('poison')).rejects.toMatchObject({ code: '23514' });
    await expect(group.add('after')).resolves.toBeGreaterThan(0);
    expect(await stored()).toEqual(['after']);
  });
});
