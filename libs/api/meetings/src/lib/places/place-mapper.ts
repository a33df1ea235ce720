import type { Place } from './place.model';
import type { PlaceMatch } from './gazetteer';

/** About 100 m: enough to search near, and no finer than what a meeting's own page shows. */
const coarse = (n: number) => Math.round(n * 1000) / 1000;

export function toPlace({ place }: PlaceMatch): Place {
  return {
    name: place.name,
    region: place.region,
    country: place.country,
    kind: place.kind,
    latitude: coarse(place.latitude),
    longitude: coarse(place.longitude),
    meetings: place.own ? place.weight : 0,
  };
}
