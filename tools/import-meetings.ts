// The TypeScript half of `npm run import` (see import-meetings.mjs): runs the meetings import service
// against DATABASE_URL after applying the migrations.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@kinship/api/core';
import { ImportFormat, MeetingImportService, MeetingWriter } from '@kinship/api/meetings';
import { migrations } from '../apps/api/src/migrations';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function read(location: string): Promise<string> {
  if (/^https?:\/\//i.test(location)) {
    const res = await fetch(location, { signal: AbortSignal.timeout(60_000), headers: { accept: '*/*' } });
    if (!res.ok) throw new Error(`${location} answered ${res.status} ${res.statusText}`);
    return res.text();
  }
  return readFileSync(location, 'utf8');
}

function defaultSource(location: string): string {
  if (/^https?:\/\//i.test(location)) {
    const url = new URL(location);
    return `${url.host}${url.pathname}`.replace(/[^A-Za-z0-9._:/@-]/g, '-').slice(0, 200);
  }
  return (
    basename(location, extname(location))
      .replace(/[^A-Za-z0-9._:/@-]/g, '-')
      .slice(0, 200) || 'file'
  );
}

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const valued = new Set(['--source', '--program', '--format', '--time-zone', '--formats']);
  const location = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
  if (!location) {
    console.error('Give a file or URL to import (npm run import -- --help).');
    return 2;
  }
  const format = option(args, '--format')?.toUpperCase();
  if (format && !Object.values(ImportFormat).includes(format as ImportFormat)) {
    console.error(`--format must be one of ${Object.values(ImportFormat).join(', ')}`);
    return 2;
  }
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) {
    console.error('DATABASE_URL is not set.');
    return 2;
  }
  const formatsLocation = option(args, '--formats');
  const [text, bmltFormatsText] = await Promise.all([
    read(location),
    formatsLocation ? read(formatsLocation) : Promise.resolve(undefined),
  ]);

  await runMigrations(databaseUrl, migrations);
  const dataSource = new DataSource(dataSourceOptions({ databaseUrl }, migrations));
  await dataSource.initialize();
  try {
    const report = await new MeetingImportService(dataSource, new MeetingWriter()).run({
      text,
      source: option(args, '--source') ?? defaultSource(location),
      format: (format as ImportFormat | undefined) ?? null,
      programCode: option(args, '--program')?.toUpperCase() ?? null,
      defaultTimeZone: option(args, '--time-zone') ?? null,
      bmltFormatsText: bmltFormatsText ?? null,
      dryRun: args.includes('--dry-run'),
    });
    const problems = report.problems;
    for (const p of problems.slice(0, 100)) {
      const where = [p.row ? `row ${p.row}` : null, p.field].filter(Boolean).join(', ');
      say(`${p.severity === 'error' ? 'ERROR  ' : 'warning'} ${where}: ${p.message}`);
    }
    if (problems.length > 100) say(`… and ${problems.length - 100} more`);
    const counts = `${report.meetings} meetings: ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.unpublished} unpublished, ${report.skipped} skipped`;
    if (report.errors > 0) {
      say(
        `\nNothing was imported: ${report.errors} error(s) in ${report.format} from "${report.source}". Fix them and run again.`,
      );
      return 1;
    }
    say(
      report.dryRun
        ? `\nDry run (${report.format}, source "${report.source}", program ${report.programCode}): would import ${counts}. Nothing was changed.`
        : `\nImported ${report.format} from source "${report.source}" as program ${report.programCode}: ${counts}.`,
    );
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(`The import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
