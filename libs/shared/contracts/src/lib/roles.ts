/** A member's platform-wide role. Moderators keep rooms safe; admins manage the platform. */
export enum Role {
  MEMBER = 'member',
  MODERATOR = 'moderator',
  ADMIN = 'admin',
}

const rank: Record<Role, number> = { [Role.MEMBER]: 0, [Role.MODERATOR]: 1, [Role.ADMIN]: 2 };

/** True when `role` grants at least what `required` grants (admin ⊇ moderator ⊇ member). */
export function roleAtLeast(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}
