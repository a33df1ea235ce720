import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kinship/api/auth';
import { badInput, conflict, forbidden, notFound } from '@kinship/api/core';
import { Attendance } from '../domain/attendance';
import type { MeetingDraft, Problem } from '../domain/meeting-draft';
import { normalizeDraft } from '../domain/normalize';
import { isWebUrl } from '../domain/providers';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingGroupEntity } from '../entities/meeting-group.entity';
import { ProgramEntity } from '../entities/program.entity';
import type { MeetingGroupInput, MeetingInput, RecoveryProgramInput } from '../dto/meeting.inputs';
import { MeetingWriter } from '../store/meeting-writer';
import { BUILT_IN_TYPES } from '../vocabulary/vocabulary';
import { MeetingAccessService } from './meeting-access.service';
import { MeetingOverridesService } from '../sources/meeting-overrides.service';
import { overridesAfterEdit } from '../sources/overrides';

/** Meetings written through the platform carry this source; their source key is their own id. */
export const OWN_SOURCE = 'kinship';

const refuse = (problems: { field: string; message: string }[]) =>
  badInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), { fields: problems });

/**
 * Creating, editing, unpublishing and deleting meetings, for admins and for the contacts of a meeting's
 * group. Every rule a form can break is checked here and reported by field.
 */
@Injectable()
export class MeetingAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: MeetingWriter,
    private readonly access: MeetingAccessService,
    private readonly overrides: MeetingOverridesService,
  ) {}

  async create(user: AuthUser, input: MeetingInput): Promise<MeetingEntity> {
    await this.access.assertCanManageGroup(user, input.groupId ?? null);
    const id = randomUUID();
    return this.save(input, { source: OWN_SOURCE, sourceKey: id, slug: null });
  }

  async update(user: AuthUser, id: string, input: MeetingInput): Promise<MeetingEntity> {
    const existing = await this.find(id);
    await this.access.assertCanManageGroup(user, existing.groupId);
    if ((input.groupId ?? null) !== existing.groupId)
      await this.access.assertCanManageGroup(user, input.groupId ?? null);
    return this.save(
      input,
      { source: existing.source, sourceKey: existing.sourceKey, slug: existing.slug },
      existing,
    );
  }

  /** Drops an admin's edit of one field of an imported meeting: the field takes its source's value. */
  async clearOverride(user: AuthUser, id: string, field: string): Promise<MeetingEntity> {
    const existing = await this.find(id);
    await this.access.assertCanManageGroup(user, existing.groupId);
    return this.overrides.clear(existing, field);
  }

  async setPublished(user: AuthUser, id: string, published: boolean): Promise<MeetingEntity> {
    const existing = await this.find(id);
    await this.access.assertCanManageGroup(user, existing.groupId);
    // on an imported meeting, hiding or showing it is an edit the next syncs keep (until cleared)
    const overrides = { ...(existing.overrides ?? {}) };
    if (existing.source !== OWN_SOURCE) {
      const sourceSays = 'published' in overrides ? overrides['published'] : existing.published;
      if (sourceSays === published) delete overrides['published'];
      else overrides['published'] = sourceSays;
    }
    await this.dataSource.query(
      `UPDATE meetings SET published = $2, overrides = $3::jsonb, updated_at = now()
        WHERE id = $1 AND (published <> $2 OR overrides <> $3::jsonb)`,
      [id, published, JSON.stringify(overrides)],
    );
    return this.find(id);
  }

  async delete(user: AuthUser, id: string): Promise<void> {
    const existing = await this.find(id);
    await this.access.assertCanManageGroup(user, existing.groupId);
    await this.dataSource.query('DELETE FROM meetings WHERE id = $1', [id]);
  }

  async createGroup(input: MeetingGroupInput): Promise<MeetingGroupEntity> {
    const program = await this.program(input.program);
    const repo = this.dataSource.getRepository(MeetingGroupEntity);
    const group = repo.create({
      source: OWN_SOURCE,
      sourceKey: randomUUID(),
      name: input.name,
      programId: program.id,
      notes: input.notes.trim(),
      regions: input.regions.map((r) => r.trim()).filter(Boolean),
      latitude: null,
      longitude: null,
    });
    return repo.save(group);
  }

  async setGroupContact(groupId: string, memberId: string, isContact: boolean): Promise<void> {
    const group = await this.dataSource.getRepository(MeetingGroupEntity).findOneBy({ id: groupId });
    if (!group) throw notFound('There is no group with that id.');
    if (isContact) {
      const rows = await this.dataSource.query(
        `INSERT INTO group_contacts (group_id, user_id) SELECT $1, id FROM users WHERE id = $2
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [groupId, memberId],
      );
      if (rows.length === 0) {
        const exists = await this.dataSource.query('SELECT 1 FROM users WHERE id = $1', [memberId]);
        if (exists.length === 0) throw notFound('There is no member with that id.');
      }
    } else {
      await this.dataSource.query('DELETE FROM group_contacts WHERE group_id = $1 AND user_id = $2', [
        groupId,
        memberId,
      ]);
    }
  }

  async createProgram(input: RecoveryProgramInput): Promise<ProgramEntity> {
    const code = input.code.toUpperCase();
    const problems: { field: string; message: string }[] = [];
    if (!/^[A-Z0-9][A-Z0-9-]*$/.test(code)) {
      problems.push({ field: 'code', message: 'code may use letters, digits and hyphens, like CA or GA' });
    }
    if (input.url && !isWebUrl(input.url))
      problems.push({ field: 'url', message: 'url must start with https://' });
    if (problems.length) throw refuse(problems);
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO programs (code, name, url, description) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [code, input.name, input.url ?? null, input.description.trim()],
    );
    if (!rows[0]) throw conflict(`There is already a program with the code ${code}.`);
    return this.dataSource.getRepository(ProgramEntity).findOneByOrFail({ id: rows[0].id });
  }

  async find(id: string): Promise<MeetingEntity> {
    const meeting = await this.dataSource.getRepository(MeetingEntity).findOneBy({ id });
    if (!meeting) throw notFound('There is no meeting with that id.');
    return meeting;
  }

  private async program(code: string): Promise<ProgramEntity> {
    const program = await this.dataSource
      .getRepository(ProgramEntity)
      .findOneBy({ code: code.toUpperCase() });
    if (!program) throw refuse([{ field: 'program', message: `there is no program "${code}"` }]);
    return program;
  }

  private async save(
    input: MeetingInput,
    identity: { source: string; sourceKey: string; slug: string | null },
    existing?: MeetingEntity,
  ): Promise<MeetingEntity> {
    const program = await this.program(input.program);
    let groupName: string | null = null;
    if (input.groupId) {
      const group = await this.dataSource.getRepository(MeetingGroupEntity).findOneBy({ id: input.groupId });
      if (!group) throw refuse([{ field: 'groupId', message: 'there is no group with that id' }]);
      groupName = group.name;
    }
    const problems: Problem[] = [];
    const online = input.attendance !== Attendance.IN_PERSON;
    const inPerson = input.attendance !== Attendance.ONLINE;
    const has = (v?: string) => Boolean(v?.trim());
    if (online && !has(input.conferenceUrl) && !has(input.conferencePhone)) {
      const message =
        'an online meeting needs a link or a phone number to join: give conferenceUrl or conferencePhone';
      problems.push({ field: 'conferenceUrl', message, severity: 'error' });
    }
    if (!online && (has(input.conferenceUrl) || has(input.conferencePhone))) {
      const message = 'an in-person meeting has no link or dial-in; choose HYBRID to offer both';
      problems.push({ field: 'attendance', message, severity: 'error' });
    }
    if (inPerson && !has(input.address)) {
      const message = 'an in-person meeting needs a street address people can go to';
      problems.push({ field: 'address', message, severity: 'error' });
    }
    const unknownTypes = input.types.filter((t) => !BUILT_IN_TYPES.has(t));
    if (unknownTypes.length) {
      problems.push({
        field: 'types',
        message: `unknown type code(s): ${unknownTypes.join(', ')}`,
        severity: 'error',
      });
    }
    const draft: MeetingDraft = {
      sourceKey: identity.sourceKey,
      slug: identity.slug,
      name: input.name,
      programCode: program.code,
      groupName,
      days: input.days,
      startTime: input.startTime,
      endTime: input.endTime ?? null,
      timeZone: input.timeZone,
      types: input.types,
      notes: input.notes,
      venue: input.venue,
      address: input.address,
      city: input.city,
      state: input.state,
      postalCode: input.postalCode,
      country: input.country,
      locationNotes: input.locationNotes,
      regions: input.regions,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      // an online-only meeting's address just anchors its zone
      approximate: inPerson ? false : true,
      conferenceUrl: online ? input.conferenceUrl : null,
      conferenceUrlNotes: online ? input.conferenceUrlNotes : null,
      conferencePhone: online ? input.conferencePhone : null,
      conferencePhoneNotes: online ? input.conferencePhoneNotes : null,
      published: input.published,
    };
    const { record, problems: found } = normalizeDraft(draft, { defaultTimeZone: input.timeZone });
    const errors = [...problems, ...found.filter((p) => p.severity === 'error')];
    if (errors.length || !record) throw refuse(errors.map(({ field, message }) => ({ field, message })));
    record.groupKey = null;
    record.groupId = input.groupId ?? null;
    // an edit of an imported meeting is kept, per field, as an override of what its source says
    record.overrides =
      existing && existing.source !== OWN_SOURCE
        ? overridesAfterEdit(record, existing, existing.overrides ?? {})
        : {};

    await this.dataSource.transaction(async (manager) => {
      await this.writer.upsertMeetings(manager, identity.source, [record]);
      if (input.groupId && inPerson && input.latitude !== undefined && input.longitude !== undefined) {
        await manager.query(
          'UPDATE meeting_groups SET latitude = $2, longitude = $3, updated_at = now() WHERE id = $1 AND latitude IS NULL',
          [input.groupId, input.latitude, input.longitude],
        );
      }
    });
    const saved = await this.dataSource
      .getRepository(MeetingEntity)
      .findOneBy({ source: identity.source, sourceKey: identity.sourceKey });
    if (!saved) throw forbidden('The meeting could not be saved.');
    return saved;
  }
}
