import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MeetingSubjectKind, MeetingSubjects, ProgramCatalog } from '@kinship/api/core';

/**
 * What other features may know of the meetings feature's data (core's PROGRAM_CATALOG and
 * MEETING_SUBJECTS): which program codes exist, and the name of a meeting or group by id.
 */
@Injectable()
export class MeetingsDirectory implements ProgramCatalog, MeetingSubjects {
  constructor(private readonly dataSource: DataSource) {}

  async knownCodes(codes: readonly string[]): Promise<string[]> {
    if (!codes.length) return [];
    const rows: { code: string }[] = await this.dataSource.query(
      'SELECT code FROM programs WHERE code = ANY ($1::text[])',
      [[...codes]],
    );
    return rows.map((r) => r.code);
  }

  async nameOf(kind: MeetingSubjectKind, id: string): Promise<string | null> {
    const table = kind === 'meeting' ? 'meetings' : 'meeting_groups';
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM ${table} WHERE id::text = $1`,
      [id],
    );
    return rows[0]?.name ?? null;
  }
}
