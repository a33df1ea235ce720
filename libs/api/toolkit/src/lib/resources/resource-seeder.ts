import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { LOGGER } from '@kinship/api/core';
import { RESOURCE_SEED, type ResourceSeed } from './seed';

/** Serialises seeding when several nodes start together. */
const SEED_LOCK = 7226316;

export function seedHash(seed: ResourceSeed): string {
  return createHash('sha256').update(JSON.stringify(seed)).digest('hex').slice(0, 32);
}

/**
 * Puts the shipped resources in the library at every start (not only with demo data), idempotently:
 * a missing resource is added; one whose shipped text changed is updated unless an admin edited or deleted
 * it since (admins' changes always win); everything else is left as it is.
 */
@Injectable()
export class ResourceSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const changed = await this.seed();
    if (changed > 0) this.logger.info({ changed }, 'resource library seeded');
  }

  /** Returns how many resources were added or updated. */
  async seed(seeds: readonly ResourceSeed[] = RESOURCE_SEED): Promise<number> {
    const rows = seeds.map((s, index) => ({
      seed_key: s.key,
      seed_hash: seedHash(s),
      title: s.title,
      summary: s.summary,
      body: s.body ?? '',
      steps: s.steps ?? [],
      programs: s.programs,
      kind: s.kind,
      language: s.language,
      country: s.country ?? null,
      url: s.url ?? null,
      phone: s.phone ?? null,
      text_number: s.textNumber ?? null,
      tty: s.tty ?? null,
      source_url: s.sourceUrl ?? null,
      worksheet_kind: s.worksheetKind ?? null,
      sort_order: (index + 1) * 10,
    }));
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const changed: unknown[] = await m.query(
        `INSERT INTO toolkit_resources AS r (seed_key, seed_hash, title, summary, body, steps, programs, kind,
                language, country, url, phone, text_number, tty, source_url, worksheet_kind, sort_order)
         SELECT s.seed_key, s.seed_hash, s.title, s.summary, s.body, s.steps, s.programs, s.kind, s.language,
                s.country, s.url, s.phone, s.text_number, s.tty, s.source_url, s.worksheet_kind, s.sort_order
           FROM jsonb_to_recordset($1::jsonb) AS s(seed_key text, seed_hash text, title text, summary text,
                body text, steps text[], programs text[], kind text, language text, country text, url text,
                phone text, text_number text, tty text, source_url text, worksheet_kind text, sort_order int)
         ON CONFLICT (seed_key) DO UPDATE
            SET seed_hash = EXCLUDED.seed_hash, title = EXCLUDED.title, summary = EXCLUDED.summary,
                body = EXCLUDED.body, steps = EXCLUDED.steps, programs = EXCLUDED.programs,
                kind = EXCLUDED.kind, language = EXCLUDED.language, country = EXCLUDED.country,
                url = EXCLUDED.url, phone = EXCLUDED.phone, text_number = EXCLUDED.text_number,
                tty = EXCLUDED.tty, source_url = EXCLUDED.source_url,
                worksheet_kind = EXCLUDED.worksheet_kind, sort_order = EXCLUDED.sort_order, updated_at = now()
          WHERE r.edited_at IS NULL AND r.deleted_at IS NULL AND r.seed_hash IS DISTINCT FROM EXCLUDED.seed_hash
         RETURNING r.id`,
        [JSON.stringify(rows)],
      );
      return changed.length;
    });
  }
}
