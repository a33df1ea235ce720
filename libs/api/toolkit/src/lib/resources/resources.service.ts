import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, decodeCursor, encodeCursor, notFound } from '@kinship/api/core';
import { ResourceKind, type ResourceProgram, type WorksheetKind } from '../shared/toolkit.enums';
import { changedRows } from '../shared/sql';
import type { Resource, ResourcePage } from './resource.models';
import type { ResourceInput, ResourceSearchArgs } from './resource.inputs';

interface ResourceRow {
  id: string;
  title: string;
  summary: string;
  body: string;
  steps: string[];
  programs: ResourceProgram[];
  kind: ResourceKind;
  language: string;
  country: string | null;
  url: string | null;
  phone: string | null;
  text_number: string | null;
  tty: string | null;
  source_url: string | null;
  worksheet_kind: WorksheetKind | null;
  updated_at: Date;
  total?: number;
}

const COLUMNS = `r.id, r.title, r.summary, r.body, r.steps, r.programs, r.kind, r.language, r.country, r.url,
  r.phone, r.text_number, r.tty, r.source_url, r.worksheet_kind, r.updated_at`;

/** Offset cursors: the library is small and curated, and results are ordered by rank. */
const MAX_OFFSET = 10_000;
const isOffset = (v: unknown): v is { o: number } =>
  typeof v === 'object' &&
  v !== null &&
  Number.isInteger((v as { o?: unknown }).o) &&
  (v as { o: number }).o >= 0 &&
  (v as { o: number }).o <= MAX_OFFSET;

export function toResource(row: ResourceRow): Resource {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    body: row.body,
    steps: row.steps,
    programs: row.programs,
    kind: row.kind,
    language: row.language,
    country: row.country ? row.country.trim() : null,
    url: row.url,
    phone: row.phone,
    textNumber: row.text_number,
    tty: row.tty,
    sourceUrl: row.source_url,
    worksheetKind: row.worksheet_kind,
    updatedAt: row.updated_at,
  };
}

/** LIKE pattern for a substring typed by someone, with its wildcards taken literally. */
const containing = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The library: search for everyone, editing for admins. */
@Injectable()
export class ResourcesService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Full-text search in English and Spanish (stemmed: "cravings" finds "craving"), plus title substrings
   * and near-misses ("naloxon", "narcn") through trigrams; every filter given must match.
   */
  async search(args: ResourceSearchArgs): Promise<ResourcePage> {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const where = ['r.deleted_at IS NULL'];
    let rank = '';
    const query = args.query?.trim();
    if (query) {
      const q = p(query);
      const tsq = `(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('spanish', ${q}) || websearch_to_tsquery('simple', ${q}))`;
      const lowered = `lower(${q})`;
      where.push(
        `(r.search @@ ${tsq} OR lower(r.title) LIKE ${p(containing(query))} OR ${lowered} <% lower(r.title))`,
      );
      rank = `ts_rank(r.search, ${tsq}) + word_similarity(${lowered}, lower(r.title)) DESC, `;
    }
    if (args.programs?.length) where.push(`r.programs && ${p(args.programs)}::text[]`);
    if (args.kinds?.length) where.push(`r.kind = ANY(${p(args.kinds)}::text[])`);
    if (args.language) where.push(`r.language = ${p(args.language)}`);
    if (args.country) where.push(`(r.country IS NULL OR r.country = ${p(args.country)})`);

    const offset = args.after ? decodeCursor(args.after, isOffset).o : 0;
    const rows: ResourceRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER ()::int AS total
         FROM toolkit_resources r
        WHERE ${where.join(' AND ')}
        ORDER BY ${rank}r.sort_order, r.title, r.id
        OFFSET ${p(offset)} LIMIT ${p(args.first + 1)}`,
      params,
    );
    const hasNextPage = rows.length > args.first;
    const page = rows.slice(0, args.first);
    return {
      resources: page.map(toResource),
      total: rows[0]?.total ?? (offset > 0 ? await this.count(where, params.slice(0, -2)) : 0),
      hasNextPage,
      endCursor: page.length ? encodeCursor({ o: offset + page.length }) : null,
    };
  }

  async get(id: string): Promise<Resource> {
    const [row]: ResourceRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM toolkit_resources r WHERE r.id = $1 AND r.deleted_at IS NULL`,
      [id],
    );
    if (!row) throw notFound('There is no resource with that id.');
    return toResource(row);
  }

  async create(input: ResourceInput): Promise<Resource> {
    check(input);
    const [row]: ResourceRow[] = await this.dataSource.query(
      `INSERT INTO toolkit_resources AS r (title, summary, body, steps, programs, kind, language, country, url,
                                           phone, text_number, tty, source_url, worksheet_kind, edited_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now())
       RETURNING ${COLUMNS}`,
      values(input),
    );
    return toResource(row);
  }

  /** Replaces every field. A seeded resource an admin edited is never overwritten by a later seed. */
  async update(id: string, input: ResourceInput): Promise<Resource> {
    check(input);
    const [row] = await changedRows<ResourceRow>(
      this.dataSource,
      `UPDATE toolkit_resources AS r
          SET title = $2, summary = $3, body = $4, steps = $5, programs = $6, kind = $7, language = $8,
              country = $9, url = $10, phone = $11, text_number = $12, tty = $13, source_url = $14,
              worksheet_kind = $15, edited_at = now(), updated_at = now()
        WHERE r.id = $1 AND r.deleted_at IS NULL
        RETURNING ${COLUMNS}`,
      [id, ...values(input)],
    );
    if (!row) throw notFound('There is no resource with that id.');
    return toResource(row);
  }

  /** Removes a resource. A seeded one keeps a tombstone so the next start does not bring it back. */
  async delete(id: string): Promise<boolean> {
    const removed: unknown[] = await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM toolkit_resources WHERE id = $1 AND seed_key IS NULL RETURNING id
       ), hidden AS (
         UPDATE toolkit_resources SET deleted_at = now(), updated_at = now()
          WHERE id = $1 AND seed_key IS NOT NULL AND deleted_at IS NULL RETURNING id
       )
       SELECT id FROM gone UNION ALL SELECT id FROM hidden`,
      [id],
    );
    if (removed.length === 0) throw notFound('There is no resource with that id.');
    return true;
  }

  private async count(where: string[], params: unknown[]): Promise<number> {
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM toolkit_resources r WHERE ${where.join(' AND ')}`,
      params,
    );
    return total;
  }
}

function values(input: ResourceInput): unknown[] {
  return [
    input.title,
    input.summary,
    input.body,
    input.steps,
    input.programs,
    input.kind,
    input.language,
    input.country ?? null,
    input.url ?? null,
    input.phone ?? null,
    input.textNumber ?? null,
    input.tty ?? null,
    input.sourceUrl ?? null,
    input.worksheetKind ?? null,
  ];
}

/** What each kind needs to be useful; refused with the fields named, like the validation pipe does. */
function check(input: ResourceInput): void {
  const fields: { field: string; message: string }[] = [];
  const need = (ok: boolean, field: string, message: string) => ok || fields.push({ field, message });
  if (input.kind === ResourceKind.HOTLINE) {
    need(Boolean(input.phone || input.textNumber), 'phone', 'a hotline needs a phone or textNumber');
  }
  if (input.kind === ResourceKind.LITERATURE || input.kind === ResourceKind.SERVICE_FINDER) {
    need(Boolean(input.url), 'url', `a ${input.kind.replace('_', ' ')} resource needs a url`);
  }
  if (input.kind === ResourceKind.HOW_TO) {
    need(Boolean(input.body || input.steps.length), 'body', 'a how-to needs a body or steps');
  }
  if (input.worksheetKind) {
    need(input.kind === ResourceKind.TOOL, 'worksheetKind', 'only a tool can have a worksheet');
  }
  if (fields.length) throw badInput(fields.map((f) => f.message).join('; '), { fields });
}
