import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '@kinship/api/auth';
import { queryNamed } from '@kinship/api/core';
import { ProgramEntity } from '../entities/program.entity';
import { MeetingGroupEntity } from '../entities/meeting-group.entity';
import { MeetingEntity } from '../entities/meeting.entity';

export interface TypeRow {
  code: string;
  names: Record<string, string>;
  source: string;
}

const PROGRAMS_SQL = `SELECT id, code, name, url, description, created_at AS "createdAt"
  FROM programs WHERE id = ANY ($1::uuid[])`;

/** The loaders of one request: each batches every lookup of a kind made while resolving it into one query. */
export class MeetingLoaders {
  readonly programs: DataLoader<string, ProgramEntity | null>;
  readonly groups: DataLoader<string, MeetingGroupEntity | null>;
  /** Type codes beyond the built-in vocabulary (from imports). */
  readonly customTypes: DataLoader<string, TypeRow | null>;
  /** Whether the signed-in member saved a meeting (false for everyone else, without a query). */
  readonly saved: DataLoader<string, boolean>;
  /** The published meetings of a group, by time. */
  readonly groupMeetings: DataLoader<string, MeetingEntity[]>;
  /** Whether the signed-in member is a contact of a group. */
  readonly contactOf: DataLoader<string, boolean>;

  constructor(
    dataSource: DataSource,
    readonly viewer: AuthUser | null,
  ) {
    const byId = <T extends { id: string }>(rows: T[], ids: readonly string[]) => {
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    };
    // a named statement, no repository: every search page loads its programs, and TypeORM's find builds
    // the statement and hydrates entities on each request
    this.programs = new DataLoader(async (ids) => {
      const rows = await queryNamed<ProgramEntity>(dataSource, PROGRAMS_SQL, [[...ids]]);
      return byId(rows, ids);
    });
    this.groups = new DataLoader(async (ids) =>
      byId(await dataSource.getRepository(MeetingGroupEntity).findBy({ id: In([...ids]) }), ids),
    );
    this.customTypes = new DataLoader(async (codes) => {
      const rows: TypeRow[] = await dataSource.query(
        'SELECT code, names, source FROM meeting_types WHERE code = ANY ($1::text[])',
        [[...codes]],
      );
      const map = new Map(rows.map((r) => [r.code, r]));
      return codes.map((c) => map.get(c) ?? null);
    });
    this.saved = new DataLoader(async (ids) => {
      if (!viewer) return ids.map(() => false);
      const rows: { meeting_id: string }[] = await dataSource.query(
        'SELECT meeting_id FROM saved_meetings WHERE user_id = $1 AND meeting_id = ANY ($2::uuid[])',
        [viewer.id, [...ids]],
      );
      const saved = new Set(rows.map((r) => r.meeting_id));
      return ids.map((id) => saved.has(id));
    });
    this.groupMeetings = new DataLoader(async (groupIds) => {
      const rows = await dataSource.getRepository(MeetingEntity).find({
        where: { groupId: In([...groupIds]), published: true },
        order: { startMinute: 'ASC', name: 'ASC' },
      });
      return groupIds.map((g) => rows.filter((r) => r.groupId === g));
    });
    this.contactOf = new DataLoader(async (groupIds) => {
      if (!viewer) return groupIds.map(() => false);
      const rows: { group_id: string }[] = await dataSource.query(
        'SELECT group_id FROM group_contacts WHERE user_id = $1 AND group_id = ANY ($2::uuid[])',
        [viewer.id, [...groupIds]],
      );
      const set = new Set(rows.map((r) => r.group_id));
      return groupIds.map((g) => set.has(g));
    });
  }
}

const LOADERS = Symbol('kinship:meeting-loaders');

/** Hands out one MeetingLoaders per request, kept on the request object (so nothing outlives it). */
@Injectable()
export class MeetingLoaderRegistry {
  constructor(private readonly dataSource: DataSource) {}

  for(req: object, viewer: AuthUser | null): MeetingLoaders {
    const holder = req as { [LOADERS]?: MeetingLoaders };
    holder[LOADERS] ??= new MeetingLoaders(this.dataSource, viewer);
    return holder[LOADERS];
  }
}
