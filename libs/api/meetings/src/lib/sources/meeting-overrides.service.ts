import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '@kinship/api/core';
import { composeAddress, searchTextOf } from '../domain/normalize';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingGroupEntity } from '../entities/meeting-group.entity';
import { isOverrideField, OVERRIDE_FIELDS } from './overrides';

const ADDRESS_PARTS = new Set(['address', 'city', 'state', 'postalCode', 'country']);

/** Clearing an admin's edit of an imported meeting: the field takes what its source says again. */
@Injectable()
export class MeetingOverridesService {
  constructor(private readonly dataSource: DataSource) {}

  async clear(meeting: MeetingEntity, field: string): Promise<MeetingEntity> {
    const overrides = meeting.overrides ?? {};
    if (!isOverrideField(field) || !(field in overrides)) {
      const message = `field "${field.slice(0, 60)}" is not edited here on this meeting`;
      throw badInput(message, { fields: [{ field: 'field', message }] });
    }
    const restored = { ...meeting, [field]: overrides[field] } as MeetingEntity;
    const rest = { ...overrides };
    delete rest[field];
    if (ADDRESS_PARTS.has(field) && !('formattedAddress' in rest)) {
      restored.formattedAddress = composeAddress(restored);
    }
    const group = restored.groupId
      ? await this.dataSource.getRepository(MeetingGroupEntity).findOneBy({ id: restored.groupId })
      : null;
    const searchText = searchTextOf({ ...restored, groupName: group?.name ?? restored.name });
    // content_hash '' matches no feed row: the next sync rewrites the meeting from its source
    await this.dataSource.query(
      `UPDATE meetings SET ${OVERRIDE_FIELDS[field]} = $2, formatted_address = $3, overrides = $4::jsonb,
         search_text = $5, content_hash = '', updated_at = now() WHERE id = $1`,
      [meeting.id, restored[field], restored.formattedAddress, JSON.stringify(rest), searchText],
    );
    return this.dataSource.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
  }
}
