import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kinship/api/auth';
import { forbidden } from '@kinship/api/core';
import { Role } from '@kinship/shared/contracts';

/** Who may manage which meetings: admins all of them; a group's contacts (named by an admin) theirs. */
@Injectable()
export class MeetingAccessService {
  constructor(private readonly dataSource: DataSource) {}

  isAdmin(user: AuthUser | null): boolean {
    return user?.role === Role.ADMIN;
  }

  /** The groups a member is a contact of. */
  async contactGroupIds(userId: string): Promise<string[]> {
    const rows: { group_id: string }[] = await this.dataSource.query(
      'SELECT group_id FROM group_contacts WHERE user_id = $1',
      [userId],
    );
    return rows.map((r) => r.group_id);
  }

  async canManageGroup(user: AuthUser, groupId: string | null): Promise<boolean> {
    if (this.isAdmin(user)) return true;
    if (!groupId) return false;
    const rows = await this.dataSource.query(
      'SELECT 1 FROM group_contacts WHERE user_id = $1 AND group_id = $2',
      [user.id, groupId],
    );
    return rows.length > 0;
  }

  async assertCanManageGroup(user: AuthUser, groupId: string | null): Promise<void> {
    if (!(await this.canManageGroup(user, groupId))) {
      throw forbidden(
        groupId
          ? 'Only an admin or a contact of this group can manage its meetings.'
          : 'Only an admin can manage meetings that belong to no group.',
      );
    }
  }

  /** What unpublished meetings a member may see in searches. */
  async unpublishedScope(user: AuthUser | null): Promise<'all' | string[] | 'none'> {
    if (!user) return 'none';
    if (this.isAdmin(user)) return 'all';
    const groups = await this.contactGroupIds(user.id);
    return groups.length ? groups : 'none';
  }
}
