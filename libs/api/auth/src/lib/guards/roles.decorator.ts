import { SetMetadata } from '@nestjs/common';
import type { Role } from '@kinship/shared/contracts';

export const REQUIRED_ROLE = 'kinship:required-role';
/** Requires at least this role (admin includes moderator includes member). */
export const Roles = (role: Role) => SetMetadata(REQUIRED_ROLE, role);
