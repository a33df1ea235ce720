// A stand-in for an API node that takes a job and dies in the middle of it: it works one job of the
// queue named in argv (recording that it started), tells the parent, and then never finishes.
const PgBoss = require('pg-boss');

const [databaseUrl, queue] = process.argv.slice(2);

async function main() {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    supervise: false,
    schedule: false,
  });
  boss.on('error', () => undefined);
  await boss.start();
  await boss.work(queue, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    await boss
      .getDb()
      .executeSql('INSERT INTO job_marks (job_id, mark) VALUES ($1, $2)', [job.id, 'started']);
    process.send({ taken: job.id });
    await new Promise(() => undefined);
  });
  process.send({ ready: true });
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
