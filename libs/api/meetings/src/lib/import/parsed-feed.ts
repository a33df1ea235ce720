import type { DraftField, MeetingDraft, Problem } from '../domain/meeting-draft';
import type { TypeDefinition } from '../vocabulary/vocabulary';

export enum ImportFormat {
  MEETING_GUIDE = 'MEETING_GUIDE',
  BMLT = 'BMLT',
  TSML_CSV = 'TSML_CSV',
}

export interface ParsedRow {
  row: number;
  draft: MeetingDraft;
  fieldNames: Partial<Record<DraftField, string>>;
}

/** What a parser made of a file: drafts to validate, problems found while reading, types it defines. */
export interface ParsedFeed {
  format: ImportFormat;
  rows: ParsedRow[];
  problems: Problem[];
  /** Rows deliberately left out (e.g. meetings "by appointment", without a day or time). */
  skipped: number;
  /** Type codes the file defines that our vocabulary lacks (BMLT formats without an equivalent). */
  customTypes: TypeDefinition[];
}

export interface ParseOptions {
  programCode: string;
  /** A BMLT GetFormats response, when the search results do not carry their formats. */
  bmltFormats?: unknown;
}

/** Reads a value as trimmed text: strings as they are, numbers as digits, anything else as null. */
export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** Reads a coordinate given as a number or a numeric string; undefined when absent, NaN when not a number. */
export function asNumber(value: unknown): number | null | typeof Number.NaN {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return Number.NaN;
}

/** "2014-05-31 14:32:23" (UTC, as the spec has it), ISO 8601, or TSML's "2020-04-0416:50:58". */
export function parseUpdated(value: unknown): Date | null {
  const t = asText(value);
  if (!t) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T]?(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ?? 'Z'}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** How a mistyped value is named in a problem. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}
