import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberBadgeType } from '@kinship/api/core';
import { MemberBadge, Role } from '@kinship/shared/contracts';

registerEnumType(Role, { name: 'Role', description: 'member, moderator or admin' });

/** The signed-in member's own account. The only type in the schema that has an email. */
@ObjectType()
export class Account {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field({ description: 'Your public handle, shown as #handle beside your name so nobody can pass as you.' })
  handle!: string;
  @Field(() => Role) role!: Role;
  @Field() bio!: string;
  @Field() locale!: string;
  @Field(() => String, { nullable: true }) timeZone!: string | null;
  @Field({
    description: 'Whether you confirmed your email address; only then can you be found as a sponsor.',
  })
  emailVerified!: boolean;
  @Field() createdAt!: Date;
}

/** Another member, as everyone sees them: a display name and what they chose to share. */
@ObjectType()
export class Member {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  // Read with the name from the same row: free, so pages of messages cost what they did before.
  @Field({
    description: 'A short random code, unique per member and stable; shown as #handle.',
    complexity: 0,
  })
  handle!: string;
  @Field(() => MemberBadgeType, {
    nullable: true,
    complexity: 0,
    description: 'Moderator or admin, from their role.',
  })
  badge!: MemberBadge | null;
  @Field() bio!: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>" and in the socket handshake.' })
  accessToken!: string;
  @Field(() => Int, { description: 'Seconds until the access token expires.' })
  expiresIn!: number;
  @Field(() => Account) account!: Account;
}
