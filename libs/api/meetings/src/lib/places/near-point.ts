import { badInput } from '@kinship/api/core';
import type { NearInput } from '../dto/search.inputs';
import type { PlaceMatch } from './gazetteer';
import type { PlacesService } from './places.service';

export interface NearPoint {
  latitude: number;
  longitude: number;
  /** The place a typed name resolved to, when one was typed. */
  place: PlaceMatch | null;
}

const refuse = (field: string, message: string) =>
  badInput(`${field}: ${message}`, { fields: [{ field: `filter.${field}`, message }] });

/**
 * Where to search near: the coordinates given, or the best place for the name or postal code typed
 * (resolved offline on this server). An unknown place is the member's to fix, named `near.place`.
 */
export async function nearPoint(near: NearInput, places: PlacesService): Promise<NearPoint> {
  const hasPoint = near.latitude != null || near.longitude != null;
  if (near.place != null) {
    if (hasPoint) throw refuse('near.place', 'give a place or latitude and longitude, not both');
    const match = await places.resolve(near.place);
    if (!match)
      throw refuse(
        'near.place',
        `no place called "${near.place}" was found; try a city, neighbourhood or postal code`,
      );
    return { latitude: match.place.latitude, longitude: match.place.longitude, place: match };
  }
  if (near.latitude == null) throw refuse('near.latitude', 'give latitude and longitude, or a place');
  if (near.longitude == null) throw refuse('near.longitude', 'give latitude and longitude, or a place');
  return { latitude: near.latitude, longitude: near.longitude, place: null };
}
