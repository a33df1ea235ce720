import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound, badInput } from '@kinship/api/core';
import { UserEntity } from '@kinship/api/auth';
import { Member } from './dto/account.models';

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
      select: { id: true, displayName: true, bio: true },
    });
    if (!user) throw notFound('There is no member with that id.');
    return { id: user.id, displayName: user.displayName, bio: user.bio };
  }
}
