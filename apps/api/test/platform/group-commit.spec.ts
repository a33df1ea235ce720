import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupCommit, queryNamed } from '@kinship/api/core';
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

  describe('in single-statement mode (one autocommitted statement per batch, no transaction)', () => {
    let statements: number;
    const write = async (items: string[]) => {
      if (hold) await hold.opened; // before the statement: the queue fills up meanwhile
      statements += 1;
      const rows = await queryNamed<{ id: number; body: string }>(
        ds,
        'INSERT INTO notes (body) SELECT unnest($1::text[]) RETURNING id, body',
        [items],
      );
      return items.map((item) => rows.find((r) => r.body === item)?.id ?? -1);
    };
    const single = (maxBatch = 100) =>
      new GroupCommit<string, number>(ds, {
        statement: write,
        maxBatch,
        onCommit: (size) => batches.push(size),
      });
    beforeEach(() => (statements = 0));

    it('writes what arrives during a flush in one statement, answering after it', async () => {
      const group = single();
      hold = gate();
      const first = group.add('first');
      const rest = ['a', 'b', 'c'].map((b) => group.add(b));
      hold.open();
      const ids = await Promise.all([first, ...rest]);
      expect(batches).toEqual([1, 3]);
      expect(statements).toBe(2);
      expect(new Set(ids).size).toBe(4);
      expect(await stored()).toEqual(['first', 'a', 'b', 'c']);
    });

    it('a failed batch acks nobody in it and loses nothing: each row is then stored on its own', async () => {
      const group = single();
      hold = gate();
      const lead = group.add('lead');
      const committedWhenAnswered: boolean[] = [];
      const bodies = ['one', 'poison', 'two'];
      const outcomes = bodies.map((b) =>
        group.add(b).then(
          async (id) => (committedWhenAnswered.push((await stored()).includes(b)), { ok: true as const, id }),
          (error: { code?: string }) => ({ ok: false as const, code: error.code }),
        ),
      );
      hold.open();
      await lead;
      const results = await Promise.all(outcomes);
      expect(results.map((r) => r.ok)).toEqual([true, false, true]);
      expect(results[1]).toEqual({ ok: false, code: '23514' });
      // The batch of three failed as a whole: nothing of it was kept, then each went on its own.
      expect(batches).toEqual([1, 1, 1]);
      expect(statements).toBe(5);
      // Each caller was answered only once its own row was committed, with that row's id.
      expect(committedWhenAnswered).toEqual([true, true]);
      const ids = (await other.query('SELECT id FROM notes ORDER BY id')).rows.map(
        (r: { id: number }) => r.id,
      );
      expect([results[0], results[2]].map((r) => (r.ok ? r.id : null))).toEqual(ids.slice(1));
      expect(await stored()).toEqual(['lead', 'one', 'two']);
    });

    it('never puts more than maxBatch items in one statement', async () => {
      const group = single(4);
      hold = gate();
      const first = group.add('0');
      const rest = Array.from({ length: 9 }, (_, i) => group.add(String(i + 1)));
      hold.open();
      await Promise.all([first, ...rest]);
      expect(batches).toEqual([1, 4, 4, 1]);
      expect(await stored()).toEqual(Array.from({ length: 10 }, (_, i) => String(i)));
    });
  });
});
