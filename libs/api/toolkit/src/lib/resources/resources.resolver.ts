import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { listComplexity, Public } from '@kinship/api/core';
import { Roles } from '@kinship/api/auth';
import { Role } from '@kinship/shared/contracts';
import { Resource, ResourcePage } from './resource.models';
import { ResourceIdArgs, ResourceInput, ResourceSearchArgs, UpdateResourceArgs } from './resource.inputs';
import { ResourcesService } from './resources.service';

/** The resource library: public to read (no account needed to find help), admins edit it. */
@Resolver(() => Resource)
export class ResourcesResolver {
  constructor(private readonly library: ResourcesService) {}

  @Public()
  @Query(() => ResourcePage, {
    description: 'Search the resource library (help lines first when nothing is typed). No sign-in needed.',
    complexity: listComplexity,
  })
  resources(@Args() args: ResourceSearchArgs): Promise<ResourcePage> {
    return this.library.search(args);
  }

  @Public()
  @Query(() => Resource)
  resource(@Args() { id }: ResourceIdArgs): Promise<Resource> {
    return this.library.get(id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Resource, { description: 'Admins only: add a resource to the library.' })
  createResource(@Args('input') input: ResourceInput): Promise<Resource> {
    return this.library.create(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Resource, { description: 'Admins only: replace a resource’s fields.' })
  updateResource(@Args() { id, input }: UpdateResourceArgs): Promise<Resource> {
    return this.library.update(id, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Admins only: remove a resource from the library.' })
  deleteResource(@Args() { id }: ResourceIdArgs): Promise<boolean> {
    return this.library.delete(id);
  }
}
