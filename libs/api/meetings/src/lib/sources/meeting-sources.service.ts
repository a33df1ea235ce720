import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, JobRunner, notFound } from '@kinship/api/core';
import { MeetingImportService } from '../import/import.service';
import type { ImportFormat } from '../import/parsed-feed';

export const REIMPORT_JOB = 'meetings.reimport';
/** The most a fetched feed may weigh. */
export const SOURCE_MAX_BYTES = 20 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;

export interface MeetingSourceRow {
  id: string;
  url: string;
  source: string;
  format: ImportFormat | null;
  programCode: string | null;
  everyHours: number;
  nextRunAt: Date;
  lastRunAt: Date | null;
  lastResult: string | null;
}

const COLUMNS = `id, url, source, format, program_code AS "programCode", every_hours AS "everyHours",
  next_run_at AS "nextRunAt", last_run_at AS "lastRunAt", last_result AS "lastResult"`;

/**
 * Feeds admins register by URL, re-imported on their interval through the same all-or-nothing importer
 * as an upload (a feed with any error changes nothing). A job every ten minutes claims the sources that
 * are due (`FOR UPDATE SKIP LOCKED`, so two nodes never import the same source at once), moves their next
 * run first, then fetches and imports each and records the outcome.
 */
@Injectable()
export class MeetingSourcesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
    private readonly importer: MeetingImportService,
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

  async add(input: {
    url: string;
    source: string;
    everyHours: number;
    format?: ImportFormat | null;
    programCode?: string | null;
  }): Promise<MeetingSourceRow> {
    let url: URL | null = null;
    try {
      url = new URL(input.url);
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || input.url.length > 2000) {
      const message = 'url must be an http:// or https:// address of a feed';
      throw badInput(message, { fields: [{ field: 'url', message }] });
    }
    if (!Number.isInteger(input.everyHours) || input.everyHours < 1 || input.everyHours > 720) {
      const message = 'everyHours must be a whole number of hours from 1 to 720';
      throw badInput(message, { fields: [{ field: 'everyHours', message }] });
    }
    const rows: MeetingSourceRow[] = await this.dataSource.query(
      `INSERT INTO meeting_sources (url, source, format, program_code, every_hours) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (url) DO UPDATE SET source = EXCLUDED.source, format = EXCLUDED.format,
         program_code = EXCLUDED.program_code, every_hours = EXCLUDED.every_hours, next_run_at = now()
       RETURNING ${COLUMNS}`,
      [
        url.toString(),
        input.source,
        input.format ?? null,
        input.programCode?.toUpperCase() ?? null,
        input.everyHours,
      ],
    );
    return rows[0];
  }

  async remove(id: string): Promise<void> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      'DELETE FROM meeting_sources WHERE id = $1',
      [id],
    );
    if (!affected) throw notFound('There is no meeting source with that id.');
  }

  /** Re-imports every source due at `now`; returns what each run recorded. */
  async reimportDue(now: Date): Promise<{ id: string; result: string }[]> {
    const [due]: [MeetingSourceRow[], number] = await this.dataSource.query(
      `UPDATE meeting_sources s SET next_run_at = $1::timestamptz + make_interval(hours => s.every_hours)
        WHERE s.id IN (SELECT id FROM meeting_sources WHERE next_run_at <= $1::timestamptz
                        ORDER BY next_run_at LIMIT 5 FOR UPDATE SKIP LOCKED)
       RETURNING ${COLUMNS.replace(/\bid\b/, 's.id')}`,
      [now.toISOString()],
    );
    const out: { id: string; result: string }[] = [];
    for (const source of due) {
      const result = await this.reimport(source);
      await this.dataSource.query(
        'UPDATE meeting_sources SET last_run_at = now(), last_result = $2 WHERE id = $1',
        [source.id, result],
      );
      out.push({ id: source.id, result });
    }
    return out;
  }

  private async reimport(source: MeetingSourceRow): Promise<string> {
    let text: string;
    try {
      const response = await fetch(source.url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!response.ok) return `fetch failed: HTTP ${response.status}`;
      const body = await response.arrayBuffer();
      if (body.byteLength > SOURCE_MAX_BYTES) return 'fetch failed: the feed is larger than 20 MB';
      text = new TextDecoder().decode(body);
    } catch (error) {
      return `fetch failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
    }
    const report = await this.importer.run({
      text,
      source: source.source,
      format: source.format,
      programCode: source.programCode,
    });
    return report.applied
      ? `imported: ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.unpublished} unpublished`
      : `not imported: ${report.errors} errors (first: ${report.problems[0]?.message ?? 'unknown'})`.slice(
          0,
          300,
        );
  }
}
