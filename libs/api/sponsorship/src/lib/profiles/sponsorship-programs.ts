import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput, PROGRAM_CATALOG, type ProgramCatalog } from '@kinship/api/core';
import {
  DEFAULT_MIN_CLEAN_DAYS,
  DEFAULT_PROGRAM_KIND,
  toProgramCode,
  type SponsorshipProgram,
} from '../domain/sponsorship.rules';

/**
 * Program codes as sponsorship takes them: each must name a program of the one list (the meetings
 * feature's `programs`, asked through core's PROGRAM_CATALOG), and gets its eligibility rule the first
 * time sponsorship sees it (the defaults, until an admin changes them). Without a catalog (a build
 * without meetings) the programs are those sponsorship already has rules for.
 */
@Injectable()
export class SponsorshipPrograms {
  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(PROGRAM_CATALOG) private readonly catalog?: ProgramCatalog,
  ) {}

  /** The codes as stored, or BAD_USER_INPUT naming `field` when one is not a program. */
  async require(
    field: string,
    values: readonly string[],
    m: EntityManager | DataSource = this.dataSource,
  ): Promise<SponsorshipProgram[]> {
    const codes = [...new Set(values.map(toProgramCode))];
    const known = new Set(await this.known(codes, m));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length) {
      const message = `there is no program ${unknown.map((c) => `"${c}"`).join(', ')} (recoveryPrograms lists them)`;
      throw badInput(`${field}: ${message}`, { fields: [{ field, message }] });
    }
    await m.query(
      `INSERT INTO sponsorship_rules (program, kind, min_clean_days)
       SELECT unnest($1::text[]), $2, $3 ON CONFLICT (program) DO NOTHING`,
      [codes, DEFAULT_PROGRAM_KIND, DEFAULT_MIN_CLEAN_DAYS],
    );
    return codes;
  }

  private async known(codes: string[], m: EntityManager | DataSource): Promise<string[]> {
    if (this.catalog) return this.catalog.knownCodes(codes);
    const rows: { program: string }[] = await m.query(
      'SELECT program FROM sponsorship_rules WHERE program = ANY ($1::text[])',
      [codes],
    );
    return rows.map((r) => r.program);
  }
}
