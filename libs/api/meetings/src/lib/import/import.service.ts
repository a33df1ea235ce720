import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MeetingDraft, Problem } from '../domain/meeting-draft';
import { normalizeDraft, type MeetingRecord } from '../domain/normalize';
import { serverTimeZone } from '../domain/time';
import { resolveTimeZone } from '../domain/time-zones';
import { zoneFromCoordinates, type ZoneRule } from '../domain/zone-from-coordinates';
import { MeetingWriter } from '../store/meeting-writer';
import { loadDatabaseTimeZones } from '../store/time-zone-catalog';
import { BUILT_IN_TYPES } from '../vocabulary/vocabulary';
import { keepOverrides } from '../sources/overrides';
import { defaultProgramFor, parseFeed } from './parse-feed';
import type { ImportFormat } from './parsed-feed';

export interface ImportRequest {
  text: string;
  /** Names the feed: re-importing with the same source updates its meetings in place. */
  source: string;
  format?: ImportFormat | null;
  programCode?: string | null;
  defaultTimeZone?: string | null;
  bmltFormatsText?: string | null;
  /** Check everything and count what would change, then roll back. */
  dryRun?: boolean;
  importedBy?: string | null;
  /**
   * Sources kept in sync: a meeting the feed no longer lists is marked missing and unpublished only after
   * this many days (and republished if it comes back). Without it, it is unpublished at once (uploads).
   */
  graceDays?: number | null;
  /** Refuse a run that would make more than half of the source's published meetings missing at once. */
  shrinkGuard?: boolean;
}

export interface ImportReport {
  applied: boolean;
  dryRun: boolean;
  format: ImportFormat;
  source: string;
  programCode: string;
  meetings: number;
  created: number;
  updated: number;
  unchanged: number;
  unpublished: number;
  /** With graceDays: meetings newly found missing from the feed, and missing ones back in it. */
  missing?: number;
  republished?: number;
  skipped: number;
  errors: number;
  warnings: number;
  /** How many meetings got their zone by each rule: named by the source, from coordinates, the default. */
  timeZones: Record<ZoneRule, number>;
  /** Every problem, errors first, at most 500 (the counts above are complete). */
  problems: Problem[];
}

const MAX_PROBLEMS = 500;
const SOURCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,199}$/;

class DryRunRollback extends Error {}
/** Thrown inside the write to roll back a run the shrink guard refuses. */
class ShrinkRefused extends Error {}

/**
 * Imports a feed all-or-nothing: the file is read and every row validated first; if anything is wrong
 * nothing is written and every problem is reported with its row and field. Otherwise groups, types and
 * meetings are written in one transaction, meetings the source no longer lists are unpublished, and the
 * run is logged. Importing the same feed again changes nothing.
 */
@Injectable()
export class MeetingImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: MeetingWriter,
  ) {}

  async run(request: ImportRequest): Promise<ImportReport> {
    // the command-line import builds this service without the module: make sure zones are PostgreSQL's
    await loadDatabaseTimeZones(this.dataSource);
    const feed = parseFeed(request.text, {
      format: request.format,
      programCode: request.programCode,
      bmltFormatsText: request.bmltFormatsText,
    });
    const programCode = request.programCode ?? defaultProgramFor(feed.format);
    const problems: Problem[] = [...feed.problems];
    const fileError = (message: string, field = '(options)') =>
      problems.push({ field, message, severity: 'error' });

    if (!SOURCE_PATTERN.test(request.source)) {
      fileError(
        'source must be 1 to 200 letters, digits and . _ : / @ - (for example "gny-na" or a feed URL)',
        'source',
      );
    }
    const zone = resolveTimeZone(request.defaultTimeZone ?? serverTimeZone());
    if (!zone.ok) fileError(zone.message, 'defaultTimeZone');
    const defaultTimeZone = zone.ok ? zone.zone : 'UTC';
    // A row may name its program (our own feed does); the option is the program of every other row.
    const wanted = new Set([programCode, ...feed.rows.map((r) => r.draft.programCode)]);
    const programs: { code: string }[] = await this.dataSource.query(
      'SELECT code FROM programs WHERE code = ANY ($1::text[])',
      [[...wanted]],
    );
    const knownPrograms = new Set(programs.map((p) => p.code));
    if (!knownPrograms.has(programCode) && feed.rows.some((r) => r.draft.programCode === programCode))
      fileError(`there is no program "${programCode}"; an admin can add it first`, 'program');

    const customCodes = new Set(feed.customTypes.map((t) => t.code));
    const dbTypes: { code: string }[] = await this.dataSource.query('SELECT code FROM meeting_types');
    for (const t of dbTypes) customCodes.add(t.code);
    const isKnownType = (code: string) => BUILT_IN_TYPES.has(code) || customCodes.has(code);

    const records: MeetingRecord[] = [];
    const seen = new Map<string, number>();
    const zonesReplaced = new Map<string, string>();
    const timeZones: Record<ZoneRule, number> = { source: 0, coordinates: 0, default: 0 };
    const placed = new Map<string, number>();
    let atSea = 0;
    for (const { row, draft: given, fieldNames } of feed.rows) {
      const { draft, rule, seaZone } = placeZone(given);
      if (seaZone) atSea++;
      if (draft.programCode !== programCode && !knownPrograms.has(draft.programCode)) {
        problems.push({
          row,
          field: 'program',
          message: `there is no program "${draft.programCode}"; an admin can add it first`,
          severity: 'error',
        });
        continue;
      }
      const result = normalizeDraft(draft, { defaultTimeZone, row, fieldNames, isKnownType });
      problems.push(...result.problems);
      if (!result.record) continue;
      const givenZone = draft.timeZone?.trim();
      if (givenZone && givenZone !== result.record.timeZone)
        zonesReplaced.set(givenZone, result.record.timeZone);
      const first = seen.get(result.record.sourceKey);
      if (first !== undefined) {
        problems.push({
          row,
          field: fieldNames.sourceKey ?? 'sourceKey',
          message: `"${result.record.sourceKey}" is used by row ${first} too: each meeting needs its own`,
          severity: 'error',
        });
        continue;
      }
      seen.set(result.record.sourceKey, row);
      records.push(result.record);
      timeZones[rule]++;
      if (rule === 'coordinates')
        placed.set(result.record.timeZone, (placed.get(result.record.timeZone) ?? 0) + 1);
    }
    if (zonesReplaced.size > 0) {
      problems.push({
        field: fieldNameOf(feed.rows[0]?.fieldNames.timeZone),
        message: `time zones written the old way were replaced by their current names: ${[...zonesReplaced]
          .slice(0, 10)
          .map(([from, to]) => `${from} → ${to}`)
          .join(', ')}`,
        severity: 'warning',
      });
    }
    const zoneField = fieldNameOf(feed.rows[0]?.fieldNames.timeZone);
    if (timeZones.coordinates > 0) {
      problems.push({
        field: zoneField,
        message: `${timeZones.coordinates} meeting(s) have no time zone; the zone of their coordinates was used: ${[
          ...placed,
        ]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 10)
          .map(([zone, n]) => `${zone} (${n})`)
          .join(', ')}`,
        severity: 'warning',
      });
    }
    if (timeZones.default > 0) {
      problems.push({
        field: zoneField,
        message:
          `${timeZones.default} meeting(s) have no time zone and no coordinates to place it` +
          (atSea > 0 ? ` (${atSea} with coordinates at sea, which are probably wrong)` : '') +
          `; the default ${defaultTimeZone} was used`,
        severity: 'warning',
      });
    }

    const errors = problems.filter((p) => p.severity === 'error').length;
    const report: ImportReport = {
      applied: false,
      dryRun: Boolean(request.dryRun),
      format: feed.format,
      source: request.source,
      programCode,
      meetings: records.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      unpublished: 0,
      skipped: feed.skipped,
      errors,
      warnings: problems.length - errors,
      timeZones,
      problems: [
        ...problems.filter((p) => p.severity === 'error'),
        ...problems.filter((p) => p.severity === 'warning'),
      ].slice(0, MAX_PROBLEMS),
    };
    if (errors > 0) return report;
    if (records.length === 0) {
      report.errors = 1;
      report.problems.unshift({
        field: '(file)',
        message: 'The file has no meetings to import.',
        severity: 'error',
      });
      return report;
    }

    try {
      await this.dataSource.transaction(async (manager) => {
        await this.write(manager, request, feed.customTypes, records, report);
        if (request.dryRun) throw new DryRunRollback();
      });
      report.applied = true;
    } catch (error) {
      if (error instanceof ShrinkRefused) {
        report.errors += 1;
        report.problems.unshift({ field: '(source)', message: error.message, severity: 'error' });
        return report;
      }
      if (!(error instanceof DryRunRollback)) throw error;
    }
    return report;
  }

  private async write(
    manager: EntityManager,
    request: ImportRequest,
    customTypes: Parameters<MeetingWriter['upsertTypes']>[1],
    records: MeetingRecord[],
    report: ImportReport,
  ): Promise<void> {
    // One import per source at a time; others wait for this transaction.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`meetings-import:${request.source}`]);
    await this.writer.upsertTypes(manager, customTypes);
    const keys = records.map((r) => r.sourceKey);
    if (request.shrinkGuard) {
      const refusal = await shrinkRefusal(manager, request.source, keys);
      if (refusal) throw new ShrinkRefused(refusal);
    }
    await this.writer.upsertGroups(manager, request.source, records);
    const kept = await keepOverrides(manager, request.source, records);
    if (typeof request.graceDays === 'number') {
      const sync = await this.writer.syncMissing(manager, request.source, kept, request.graceDays);
      Object.assign(report, sync);
    } else {
      const counts = await this.writer.upsertMeetings(manager, request.source, kept);
      report.created = counts.created;
      report.updated = counts.updated;
      report.unchanged = counts.unchanged;
      report.unpublished = await this.writer.unpublishMissing(manager, request.source, keys);
    }
    if (!request.dryRun) {
      await manager.query(
        `INSERT INTO meeting_imports (source, format, created, updated, unchanged, unpublished, imported_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          request.source,
          report.format,
          report.created,
          report.updated,
          report.unchanged,
          report.unpublished,
          request.importedBy ?? null,
        ],
      );
    }
  }
}

/** Why a run is refused: it would make more than half of the source's published meetings missing at once. */
async function shrinkRefusal(manager: EntityManager, source: string, keys: string[]): Promise<string | null> {
  const [{ total, gone }]: { total: number; gone: number }[] = await manager.query(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE missing_since IS NULL AND NOT (source_key = ANY ($2::text[])))::int AS gone
       FROM meetings WHERE source = $1 AND published`,
    [source, keys],
  );
  if (gone * 2 <= total) return null;
  return (
    `Refused: the feed lacks ${gone} of the source's ${total} published meetings (more than half at once), ` +
    'which looks like a truncated feed. Nothing was changed. If the meetings really ended, sync again with force.'
  );
}

const fieldNameOf = (name: string | undefined) => name ?? 'timezone';

/**
 * A meeting's zone when its source names none: the zone of its coordinates (from the boundary data in
 * @photostructure/tz-lookup), else the import's default. Coordinates at sea fall back to the default.
 */
function placeZone(draft: MeetingDraft): { draft: MeetingDraft; rule: ZoneRule; seaZone?: string } {
  if (draft.timeZone?.trim()) return { draft, rule: 'source' };
  const { latitude, longitude } = draft;
  if (
    typeof latitude !== 'number' ||
    typeof longitude !== 'number' ||
    !Number.isFinite(latitude) ||
    !Number.isFinite(longitude) ||
    (latitude === 0 && longitude === 0)
  )
    return { draft, rule: 'default' };
  const found = zoneFromCoordinates(latitude, longitude);
  if (found.zone !== null) return { draft: { ...draft, timeZone: found.zone }, rule: 'coordinates' };
  return { draft, rule: 'default', seaZone: found.reason === 'at-sea' ? found.found : undefined };
}
