import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createLogger, JobRunner } from '@kinship/api/core';
import { createTestDatabase } from '../support/test-database';

const logger = createLogger('silent');
const fast = { maintenanceIntervalSeconds: 1, pollingIntervalSeconds: 0.5 };

/** Polls until `check` answers true (no time limit of its own: jest's test timeout bounds it). */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 200));
}

describe('job runner (pg-boss on the app database)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let sql: Pool;
  const runners: JobRunner[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new Pool({ connectionString: db.url, max: 3 });
    await sql.query('CREATE TABLE job_marks (job_id uuid NOT NULL, mark text NOT NULL, runner int)');
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
  });

  afterAll(async () => {
    await sql.end();
    await db.drop();
  });

  function runner(queue: string, index: number, work = true, expireInSeconds?: number): JobRunner {
    const r = new JobRunner({ databaseUrl: db.url, work, logger, tuning: fast, poolMax: 2 });
    r.define<{ n: number }>({
      name: queue,
      retryLimit: 3,
      retryDelaySeconds: 1,
      expireInSeconds,
      handler: async (_data, job) => {
        await sql.query('INSERT INTO job_marks (job_id, mark, runner) VALUES ($1, $2, $3)', [
          job.id,
          'finished',
          index,
        ]);
      },
    });
    runners.push(r);
    return r;
  }

  const marks = async (mark: string) =>
    (await sql.query('SELECT job_id, runner FROM job_marks WHERE mark = $1', [mark])).rows as {
      job_id: string;
      runner: number;
    }[];

  it('runs each job exactly once across two nodes', async () => {
    const [a, b] = [runner('test.once', 1), runner('test.once', 2)];
    await Promise.all([a.start(), b.start()]);
    const ids = await Promise.all(Array.from({ length: 30 }, (_, n) => a.send('test.once', { n })));
    await until(async () => (await marks('finished')).length >= ids.length);
    // let any duplicate run land before counting
    await Promise.all([a.stop(), b.stop()]);
    const done = await marks('finished');
    expect(done.map((m) => m.job_id).sort()).toEqual([...ids].sort());
    expect(new Set(done.map((m) => m.job_id)).size).toBe(done.length);
  });

  it('finishes, once, a job whose node was killed in the middle of it', async () => {
    await sql.query('DELETE FROM job_marks');
    const sender = runner('test.killed', 0, false, 2);
    const id = (await sender.send('test.killed', { n: 1 })) as string;

    const child: ChildProcess = fork(join(__dirname, 'support/hold-job.cjs'), [db.url, 'test.killed'], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const taken = await new Promise<string>((resolve, reject) => {
      child.on('message', (m: { taken?: string }) => m.taken && resolve(m.taken));
      child.on('exit', (code) => reject(new Error(`child exited (${code}) before taking the job`)));
    });
    expect(taken).toBe(id);
    child.removeAllListeners('exit');
    // 'close': the process is gone and its IPC channel and pipes are closed too
    const closed = new Promise((r) => child.once('close', r));
    child.kill('SIGKILL');
    await closed;

    const survivor = runner('test.killed', 2, true, 2);
    await survivor.start();
    await until(async () => {
      const { rows } = await sql.query('SELECT state FROM pgboss.job WHERE id = $1', [id]);
      return rows[0]?.state === 'completed';
    });
    const { rows } = await sql.query('SELECT retry_count FROM pgboss.job WHERE id = $1', [id]);
    expect(rows[0].retry_count).toBe(1);
    expect((await marks('started')).map((m) => m.job_id)).toEqual([id]);
    expect(await marks('finished')).toEqual([{ job_id: id, runner: 2 }]);
  });

  it('sends from a node that does not work jobs, and reports queues and failures', async () => {
    const failingRunner = (work: boolean) => {
      const r = new JobRunner({ databaseUrl: db.url, work, logger, tuning: fast, poolMax: 2 });
      r.define({
        name: 'test.status',
        retryLimit: 0,
        handler: async () => {
          throw new Error('the feed answered 500');
        },
      });
      runners.push(r);
      return r;
    };
    const sender = failingRunner(false);
    await failingRunner(true).start();
    const id = await sender.send('test.status');
    await until(async () => (await sender.status()).queues[0].failed === 1);
    const status = await sender.status();
    expect(status.working).toBe(false);
    expect(status.queues[0]).toMatchObject({
      name: 'test.status',
      failed: 1,
      lastError: 'the feed answered 500',
    });
    expect(status.failures[0]).toMatchObject({ queue: 'test.status', jobId: id, attempts: 1 });
  });
});
