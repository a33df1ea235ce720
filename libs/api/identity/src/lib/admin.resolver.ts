import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { badInput, forbidden, notFound } from '@kinship/api/core';
import { CurrentUser, Roles, SessionEvents, UserEntity, type AuthUser } from '@kinship/api/auth';
import { Role } from '@kinship/shared/contracts';
import { Member } from './dto/account.models';
import { toMember } from './member.resolver';

/** What only admins may do with accounts. */
@Resolver()
export class AdminResolver {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly events: SessionEvents,
  ) {}

  @Roles(Role.ADMIN)
  @Mutation(() => Member, {
    description:
      'Admins only: make a member a moderator or admin, or back. Takes effect at once, on open connections too.',
  })
  async setMemberRole(
    @CurrentUser() admin: AuthUser,
    @Args(
      'memberId',
      { type: () => ID },
      new ParseUUIDPipe({ exceptionFactory: () => badInput('memberId must be a member id') }),
    )
    memberId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<Member> {
    if (memberId === admin.id && role !== Role.ADMIN) {
      throw forbidden('You cannot remove your own admin role; ask another admin.');
    }
    const result = await this.users.update({ id: memberId }, { role });
    if (!result.affected) throw notFound('There is no member with that id.');
    // Open sockets follow at once (a demoted moderator stops getting alerts and leaves moderator rooms).
    await this.events.roleChanged(memberId, role);
    const user = await this.users.findOneByOrFail({ id: memberId });
    return toMember(user);
  }
}
