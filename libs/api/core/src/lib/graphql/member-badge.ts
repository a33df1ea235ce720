import { registerEnumType } from '@nestjs/graphql';
import { MemberBadge } from '@kinship/shared/contracts';

registerEnumType(MemberBadge, {
  name: 'MemberBadge',
  description:
    'Set by the server from role data (moderator, admin, or sponsor in a sponsorship), never from a name.',
});

/** The GraphQL enum of badges, registered once for every feature: `@Field(() => MemberBadgeType, …)`. */
export const MemberBadgeType = MemberBadge;
