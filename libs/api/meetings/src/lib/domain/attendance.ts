import { TEMPORARILY_CLOSED } from '../vocabulary/vocabulary';

export enum Attendance {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
  INACTIVE = 'INACTIVE',
}

export interface AttendanceFacts {
  /** A specific place people can go to (a street address, not just a city). */
  hasPlace: boolean;
  types: readonly string[];
  conferenceUrl?: string | null;
  conferencePhone?: string | null;
}

/**
 * How a meeting can be attended, derived the way Meeting Guide readers do: a place makes it in person
 * (unless the venue is temporarily closed, `TC`), a conference URL or phone makes it online, both make it
 * hybrid, and a meeting with neither is inactive.
 */
export function deriveAttendance(facts: AttendanceFacts): Attendance {
  const inPerson = facts.hasPlace && !facts.types.includes(TEMPORARILY_CLOSED);
  const online = Boolean(facts.conferenceUrl?.trim() || facts.conferencePhone?.trim());
  if (inPerson && online) return Attendance.HYBRID;
  if (inPerson) return Attendance.IN_PERSON;
  if (online) return Attendance.ONLINE;
  return Attendance.INACTIVE;
}

/**
 * Whether an address is only approximate (a city or region, as online meetings carry to anchor their
 * zone) rather than a place to go. An explicit flag from the feed wins; otherwise a street address, or a
 * formatted address whose first part has a house number or which has four or more parts, is specific.
 */
export function isApproximate(input: {
  approximate?: boolean | null;
  address?: string | null;
  formattedAddress?: string | null;
}): boolean {
  if (input.approximate === true || input.approximate === false) return input.approximate;
  if (input.address?.trim()) return false;
  const formatted = input.formattedAddress?.trim();
  if (!formatted) return true;
  const parts = formatted
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return !(/\d/.test(parts[0] ?? '') || parts.length >= 4);
}
