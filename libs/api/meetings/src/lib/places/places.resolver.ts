import { Args, Query, Resolver } from '@nestjs/graphql';
import { listComplexity, Public } from '@kinship/api/core';
import { Place } from './place.model';
import { PlacesArgs } from './places.args';
import { PlacesService } from './places.service';
import { toPlace } from './place-mapper';

@Resolver(() => Place)
export class PlacesResolver {
  constructor(private readonly gazetteer: PlacesService) {}

  @Public()
  @Query(() => [Place], {
    description:
      'Places matching what was typed (exact names, then beginnings, then near misses; busiest first): our own venues and areas, cities and postal codes. Searched on the server, offline.',
    complexity: listComplexity,
  })
  async places(@Args() { query, first }: PlacesArgs): Promise<Place[]> {
    return (await this.gazetteer.search(query, first)).map(toPlace);
  }
}
