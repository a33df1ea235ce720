import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, JobRunner, notFound } from '@kinship/api/core';
import type { ImportFormat } from '../import/parsed-feed';
import { formatOfKind, kindOfFormat, MeetingSourceKind } from './source-kind';
import { SourceSyncService, type MeetingSourceRunRow } from './source-sync.service';

export const REIMPORT_JOB = 'meetings.reimport';
export { SOURCE_MAX_BYTES } from './source-sync.service';

export interface MeetingSourceRow {
  id: string;
  url: string;
  source: string;
  kind: MeetingSourceKind | null;
  serviceBodyIds: number[];
  graceDays: number;
  format: ImportFormat | null;
  programCode: string | null;
  everyHours: number;
  nextRunAt: Date;
  lastRunAt: Date | null;
  lastResult: string | null;
}

export interface MeetingSourceFields {
  url: string;
  source: string;
  everyHours: number;
  kind?: MeetingSourceKind | null;
  serviceBodyIds?: number[] | null;
  graceDays?: number | null;
  format?: ImportFormat | null;
  programCode?: string | null;
}

const COLUMNS = `id, url, source, kind, service_body_ids AS "serviceBodyIds", grace_days AS "graceDays", format,
  program_code AS "programCode", every_hours AS "everyHours", next_run_at AS "nextRunAt",
  last_run_at AS "lastRunAt", last_result AS "lastResult"`;
const SOURCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,199}$/;

const refuse = (field: string, message: string) => badInput(message, { fields: [{ field, message }] });

/** Checks what an admin gave for a source; the first wrong field is refused by name. */
function checked(input: MeetingSourceFields) {
  let url: URL | null = null;
  try {
    url = new URL(input.url);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || input.url.length > 2000)
    throw refuse('url', 'url must be an http:// or https:// address of a feed');
  if (!SOURCE_PATTERN.test(input.source))
    throw refuse('source', 'source must be 1 to 200 letters, digits and . _ : / @ - (for example "gny-na")');
  if (!Number.isInteger(input.everyHours) || input.everyHours < 1 || input.everyHours > 720)
    throw refuse('everyHours', 'everyHours must be a whole number of hours from 1 to 720');
  const graceDays = input.graceDays ?? 14;
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > 365)
    throw refuse('graceDays', 'graceDays must be a whole number of days from 0 to 365');
  const kind = input.kind ?? kindOfFormat(input.format);
  const ids = kind === MeetingSourceKind.BMLT ? (input.serviceBodyIds ?? []) : [];
  if (ids.length > 200 || ids.some((id) => !Number.isInteger(id) || id < 1 || id > 2_147_483_647))
    throw refuse('serviceBodyIds', 'serviceBodyIds must be up to 200 positive whole numbers');
  if (kind === MeetingSourceKind.BMLT && ids.length === 0)
    throw refuse('serviceBodyIds', 'a BMLT source needs the ids of the service bodies to take');
  return {
    url: url.toString(),
    source: input.source,
    kind,
    serviceBodyIds: [...new Set(ids)],
    graceDays,
    format: kind ? formatOfKind[kind] : (input.format ?? null),
    programCode: input.programCode?.toUpperCase() ?? null,
    everyHours: input.everyHours,
  };
}

/**
 * Sources admins register by URL, re-imported on their interval through the same all-or-nothing importer
 * as an upload. A job every ten minutes claims the sources that are due (`FOR UPDATE SKIP LOCKED`, so two
 * nodes never import the same source at once), moves their next run first, then syncs each (see
 * SourceSyncService: each run is recorded in meeting_source_runs).
 */
@Injectable()
export class MeetingSourcesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
    private readonly sync: SourceSyncService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: REIMPORT_JOB,
      cron: '*/10 * * * *',
      retryLimit: 2,
      expireInSeconds: 15 * 60,
      handler: async () => {
        await this.reimportDue(new Date());
      },
    });
  }

  list(): Promise<MeetingSourceRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM meeting_sources ORDER BY created_at`);
  }

  async get(id: string): Promise<MeetingSourceRow> {
    const rows: MeetingSourceRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM meeting_sources WHERE id = $1`,
      [id],
    );
    if (!rows[0]) throw notFound('There is no meeting source with that id.');
    return rows[0];
  }

  /** Registers a source (an existing one with the same URL is replaced); its first run is due at once. */
  async add(input: MeetingSourceFields): Promise<MeetingSourceRow> {
    const v = checked(input);
    const rows: MeetingSourceRow[] = await this.dataSource.query(
      `INSERT INTO meeting_sources (url, source, kind, service_body_ids, grace_days, format, program_code, every_hours)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (url) DO UPDATE SET source = EXCLUDED.source, kind = EXCLUDED.kind,
         service_body_ids = EXCLUDED.service_body_ids, grace_days = EXCLUDED.grace_days, format = EXCLUDED.format,
         program_code = EXCLUDED.program_code, every_hours = EXCLUDED.every_hours, next_run_at = now()
       RETURNING ${COLUMNS}`,
      [v.url, v.source, v.kind, v.serviceBodyIds, v.graceDays, v.format, v.programCode, v.everyHours],
    );
    return rows[0];
  }

  async update(id: string, input: MeetingSourceFields): Promise<MeetingSourceRow> {
    const v = checked(input);
    const taken: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM meeting_sources WHERE url = $1 AND id <> $2',
      [v.url, id],
    );
    if (taken.length) throw refuse('url', 'another source already has this url');
    const [rows]: [MeetingSourceRow[], number] = await this.dataSource.query(
      `UPDATE meeting_sources SET url = $2, source = $3, kind = $4, service_body_ids = $5, grace_days = $6,
         format = $7, program_code = $8, every_hours = $9,
         next_run_at = LEAST(next_run_at, now() + make_interval(hours => $9))
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, v.url, v.source, v.kind, v.serviceBodyIds, v.graceDays, v.format, v.programCode, v.everyHours],
    );
    if (!rows[0]) throw notFound('There is no meeting source with that id.');
    return rows[0];
  }

  async remove(id: string): Promise<void> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      'DELETE FROM meeting_sources WHERE id = $1',
      [id],
    );
    if (!affected) throw notFound('There is no meeting source with that id.');
  }

  /** Syncs one source now (an admin's "sync now"); `force` lets a run past the shrink guard. */
  async syncNow(id: string, force: boolean): Promise<MeetingSourceRunRow> {
    const source = await this.get(id);
    await this.dataSource.query(
      `UPDATE meeting_sources SET next_run_at = now() + make_interval(hours => every_hours) WHERE id = $1`,
      [id],
    );
    return (await this.sync.run(source, force)).run;
  }

  /** Re-imports every source due at `now`; returns what each run recorded. */
  async reimportDue(now: Date): Promise<{ id: string; result: string }[]> {
    const [due]: [MeetingSourceRow[], number] = await this.dataSource.query(
      `UPDATE meeting_sources s SET next_run_at = $1::timestamptz + make_interval(hours => s.every_hours)
        WHERE s.id IN (SELECT id FROM meeting_sources WHERE next_run_at <= $1::timestamptz
                        ORDER BY next_run_at LIMIT 5 FOR UPDATE SKIP LOCKED)
       RETURNING ${COLUMNS.replace(/^id\b/, 's.id')}`,
      [now.toISOString()],
    );
    const out: { id: string; result: string }[] = [];
    for (const source of due) {
      const { result } = await this.sync.run(source, false);
      out.push({ id: source.id, result });
    }
    return out;
  }
}
