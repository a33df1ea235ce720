import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound, badInput } from '@kinship/api/core';
import { UserEntity } from '@kinship/api/auth';
import { badgeForRole } from '@kinship/shared/contracts';
import { Member } from './dto/account.models';

export function toMember(user: Pick<UserEntity, 'id' | 'displayName' | 'handle' | 'role' | 'bio'>): Member {
  return {
    id: user.id,
    displayName: user.displayName,
    handle: user.handle,
    badge: badgeForRole(user.role),
    bio: user.bio,
  };
}

/** Other members, as members see them: display name and bio only. */
@Resolver(() => Member)
export class MemberResolver {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  @Query(() => Member)
  async member(
    @Args(
      'id',
      { type: () => ID },
      new ParseUUIDPipe({ exceptionFactory: () => badInput('id must be a member id') }),
    )
    id: string,
  ): Promise<Member> {
    const user = await this.users.findOne({
      where: { id },
      select: { id: true, displayName: true, handle: true, role: true, bio: true },
    });
    if (!user) throw notFound('There is no member with that id.');
    return toMember(user);
  }
}
