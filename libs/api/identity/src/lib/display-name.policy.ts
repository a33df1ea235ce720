import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '@kinship/api/core';
import {
  DISPLAY_NAME_STAFF_MESSAGE,
  DISPLAY_NAME_STAFF_TAKEN_MESSAGE,
  Role,
  compactSkeleton,
  imitatesStaff,
} from '@kinship/shared/contracts';

/**
 * Names nobody may take: ones that imitate staff or the platform ("Moderator", "Kinship Team", "Ad min",
 * "M0derator", Cyrillic look-alikes), and the name of a current moderator or admin as it reads after the
 * same normalization. Refused as BAD_USER_INPUT on `displayName`, before anything is written.
 */
@Injectable()
export class DisplayNamePolicy {
  constructor(private readonly dataSource: DataSource) {}

  async assertAllowed(displayName: string, selfId: string | null): Promise<void> {
    if (imitatesStaff(displayName)) throw refused(DISPLAY_NAME_STAFF_MESSAGE);
    const staff: { display_name: string }[] = await this.dataSource.query(
      `SELECT display_name FROM users WHERE role IN ($1, $2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [Role.MODERATOR, Role.ADMIN, selfId],
    );
    const wanted = compactSkeleton(displayName);
    if (staff.some((s) => compactSkeleton(s.display_name) === wanted)) {
      throw refused(DISPLAY_NAME_STAFF_TAKEN_MESSAGE);
    }
  }
}

function refused(message: string) {
  return badInput(message, { fields: [{ field: 'displayName', message }] });
}
