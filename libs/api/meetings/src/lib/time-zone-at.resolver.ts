import { Args, Float, Query, Resolver } from '@nestjs/graphql';
import { badInput, Public } from '@kinship/api/core';
import { zoneFromCoordinates } from './domain/zone-from-coordinates';

/** The zone of a map pin, for forms that suggest it: computed here from shipped boundary data. */
@Resolver()
export class TimeZoneAtResolver {
  @Public()
  @Query(() => String, {
    nullable: true,
    description:
      'The IANA time zone at a point, from time zone boundaries shipped with the server (no request leaves ' +
      'it). Null at sea, where a point is probably wrong.',
  })
  timeZoneAt(
    @Args('latitude', { type: () => Float }) latitude: number,
    @Args('longitude', { type: () => Float }) longitude: number,
  ): string | null {
    if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90)
      throw badInput('latitude must be a number from -90 to 90', { field: 'latitude' });
    if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180)
      throw badInput('longitude must be a number from -180 to 180', { field: 'longitude' });
    return zoneFromCoordinates(latitude, longitude).zone;
  }
}
