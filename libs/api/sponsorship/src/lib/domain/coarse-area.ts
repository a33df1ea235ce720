import { DISTANCE_BUCKETS, DistanceBucket, GRID_CELL_DEGREES } from './sponsorship.rules';

export interface LatLng {
  lat: number;
  lng: number;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The centre of the grid cell a point falls in: rows GRID_CELL_DEGREES of latitude high, each row cut
 * into a whole number of columns about as wide as the row is high. Only this centre is ever stored.
 */
export function snapToGrid({ lat, lng }: LatLng): LatLng {
  const rows = Math.round(180 / GRID_CELL_DEGREES);
  const row = Math.min(rows - 1, Math.max(0, Math.floor((lat + 90) / GRID_CELL_DEGREES)));
  const centreLat = -90 + (row + 0.5) * GRID_CELL_DEGREES;
  const cos = Math.max(Math.cos((centreLat * Math.PI) / 180), 1e-3);
  const columns = Math.max(1, Math.floor((360 * cos) / GRID_CELL_DEGREES));
  const width = 360 / columns;
  const wrapped = ((((lng + 180) % 360) + 360) % 360) as number;
  const column = Math.min(columns - 1, Math.floor(wrapped / width));
  return { lat: round6(centreLat), lng: round6(-180 + (column + 0.5) * width) };
}

/** The bucket of a distance in metres between two cell centres. */
export function distanceBucket(meters: number): DistanceBucket {
  return (
    DISTANCE_BUCKETS.find((b) => meters <= b.maxMeters) ?? DISTANCE_BUCKETS[DISTANCE_BUCKETS.length - 1]
  ).bucket;
}
