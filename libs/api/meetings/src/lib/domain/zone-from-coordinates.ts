import tzLookup from '@photostructure/tz-lookup';
import { resolveTimeZone } from './time-zones';

/** Which rule set a meeting's zone: the source named it, its coordinates placed it, or the default. */
export type ZoneRule = 'source' | 'coordinates' | 'default';

export type ZoneFromCoordinates =
  { zone: string } | { zone: null; reason: 'at-sea' | 'invalid' | 'unknown'; found?: string };

/**
 * The zone of a point, from the boundary data shipped in @photostructure/tz-lookup (no request leaves the
 * server). Over open sea the package answers a nautical zone (Etc/GMT+3): PostgreSQL knows those, but they
 * have no daylight saving and read backwards (Etc/GMT+3 is UTC−3), and a meeting "at sea" almost always
 * has wrong coordinates, so we do not use them: the caller falls back to the default and says so.
 */
export function zoneFromCoordinates(latitude: number, longitude: number): ZoneFromCoordinates {
  let found: string;
  try {
    found = tzLookup(latitude, longitude);
  } catch {
    return { zone: null, reason: 'invalid' };
  }
  if (/^Etc\//.test(found)) return { zone: null, reason: 'at-sea', found };
  const check = resolveTimeZone(found);
  return check.ok ? { zone: check.zone } : { zone: null, reason: 'unknown', found };
}
