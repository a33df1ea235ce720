import { Role } from '@kinship/shared/contracts';

/** Who is making a request, as resolved from a valid access token and a live session. */
export interface AuthUser {
  id: string;
  sessionId: string;
  role: Role;
  displayName: string;
  /** The member's public handle (see UserEntity.handle). */
  handle: string;
}
