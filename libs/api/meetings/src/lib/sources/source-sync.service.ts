import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MeetingImportService, type ImportReport } from '../import/import.service';
import type { ImportFormat } from '../import/parsed-feed';
import { fetchUrlOf, type MeetingSourceKind } from './source-kind';

/** The most a fetched feed may weigh. */
export const SOURCE_MAX_BYTES = 20 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30_000;
/** Row errors kept with a failed run (the count is complete). */
const MAX_ROW_ERRORS = 100;

export interface SyncedSource {
  id: string;
  url: string;
  source: string;
  kind: MeetingSourceKind | null;
  serviceBodyIds: number[];
  graceDays: number;
  format: ImportFormat | null;
  programCode: string | null;
}

export interface RowError {
  row: number | null;
  field: string;
  message: string;
}

export interface MeetingSourceRunRow {
  id: string;
  sourceId: string;
  startedAt: Date;
  finishedAt: Date | null;
  status: 'RUNNING' | 'OK' | 'FAILED';
  forced: boolean;
  added: number;
  updated: number;
  unchanged: number;
  missing: number;
  unpublished: number;
  republished: number;
  rowErrors: RowError[];
  error: string | null;
}

const RUN_COLUMNS = `id, source_id AS "sourceId", started_at AS "startedAt", finished_at AS "finishedAt", status,
  forced, added, updated, unchanged, missing, unpublished, republished, row_errors AS "rowErrors", error`;

type Fetched = { ok: true; text: string } | { ok: false; error: string };

/**
 * One sync of a source: fetch, import all-or-nothing with the source's grace period and the shrink guard,
 * and record the run (counts, row errors, or why it failed). A failed run changes no meeting.
 */
@Injectable()
export class SourceSyncService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly importer: MeetingImportService,
  ) {}

  async run(source: SyncedSource, force: boolean): Promise<{ result: string; run: MeetingSourceRunRow }> {
    const [{ id: runId }]: { id: string }[] = await this.dataSource.query(
      'INSERT INTO meeting_source_runs (source_id, forced) VALUES ($1, $2) RETURNING id',
      [source.id, force],
    );
    let outcome: { result: string; values: unknown[] };
    try {
      outcome = await this.attempt(source, force);
    } catch (error) {
      const message = `sync failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
      outcome = { result: message, values: ['FAILED', 0, 0, 0, 0, 0, 0, '[]', message] };
    }
    const [rows]: [MeetingSourceRunRow[], number] = await this.dataSource.query(
      `UPDATE meeting_source_runs SET finished_at = clock_timestamp(), status = $2, added = $3, updated = $4,
         unchanged = $5, missing = $6, unpublished = $7, republished = $8, row_errors = $9::jsonb, error = $10
       WHERE id = $1 RETURNING ${RUN_COLUMNS}`,
      [runId, ...outcome.values],
    );
    await this.dataSource.query(
      'UPDATE meeting_sources SET last_run_at = now(), last_result = $2 WHERE id = $1',
      [source.id, outcome.result],
    );
    return { result: outcome.result, run: rows[0] };
  }

  /** A source's latest runs, newest first. */
  runs(sourceId: string, limit: number): Promise<MeetingSourceRunRow[]> {
    return this.dataSource.query(
      `SELECT ${RUN_COLUMNS} FROM meeting_source_runs WHERE source_id = $1 ORDER BY started_at DESC LIMIT $2`,
      [sourceId, limit],
    );
  }

  private async attempt(
    source: SyncedSource,
    force: boolean,
  ): Promise<{ result: string; values: unknown[] }> {
    const failed = (error: string, rowErrors: RowError[] = []) => ({
      result: error,
      values: ['FAILED', 0, 0, 0, 0, 0, 0, JSON.stringify(rowErrors), error],
    });
    const fetched = await fetchText(fetchUrlOf(source));
    if (!fetched.ok) return failed(fetched.error);
    const report = await this.importer.run({
      text: fetched.text,
      source: source.source,
      format: source.format,
      programCode: source.programCode,
      graceDays: source.graceDays,
      shrinkGuard: !force,
    });
    if (!report.applied) return failed(failureMessage(report), rowErrorsOf(report));
    const r = report;
    const missing = r.missing ?? 0;
    const republished = r.republished ?? 0;
    const extra =
      (missing ? `, ${missing} missing` : '') + (republished ? `, ${republished} republished` : '');
    return {
      result: `imported: ${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged, ${r.unpublished} unpublished${extra}`,
      values: ['OK', r.created, r.updated, r.unchanged, missing, r.unpublished, republished, '[]', null],
    };
  }
}

async function fetchText(url: string): Promise<Fetched> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) return { ok: false, error: `fetch failed: HTTP ${response.status}` };
    const body = await response.arrayBuffer();
    if (body.byteLength > SOURCE_MAX_BYTES)
      return { ok: false, error: 'fetch failed: the feed is larger than 20 MB' };
    return { ok: true, text: new TextDecoder().decode(body) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `fetch failed: ${reason}`.slice(0, 300) };
  }
}

const rowErrorsOf = (report: ImportReport): RowError[] =>
  report.problems
    .filter((p) => p.severity === 'error')
    .slice(0, MAX_ROW_ERRORS)
    .map((p) => ({ row: p.row ?? null, field: p.field, message: p.message }));

/** One line saying why nothing was imported. */
function failureMessage(report: ImportReport): string {
  const first = report.problems.find((p) => p.severity === 'error');
  if (first && first.row === undefined && first.field.startsWith('('))
    return `not imported: ${first.message}`.slice(0, 500);
  const where = first?.row !== undefined ? `row ${first?.row}, ` : '';
  return `not imported: ${report.errors} errors (first: ${where}${first?.field ?? ''}: ${first?.message ?? 'unknown'})`.slice(
    0,
    500,
  );
}
