/**
 * Every rule and weight of sponsorship in one place. The README's "Sponsorship" section documents them;
 * change both together. Eligibility per program lives in the `sponsorship_rules` table (defaults below,
 * seeded by the migration, adjustable by admins with `updateSponsorshipRule`).
 */

/**
 * Programs are not listed here: a program is any code of the one list of programs (the `programs` table
 * admins extend, see program-code.ts). 12-step programs have sponsors, others have mentors: each program's
 * kind and clean time are its row in `sponsorship_rules` (a program added later gets the defaults below).
 */
export { SponsorshipProgram, toProgramCode } from './program-code';

export enum SponsorshipKind {
  SPONSOR = 'sponsor',
  MENTOR = 'mentor',
}

export enum MemberGender {
  WOMAN = 'woman',
  MAN = 'man',
  NONBINARY = 'nonbinary',
}

/** Default clean time a sponsor or mentor needs, per program (the migration seeds these). */
export const DEFAULT_MIN_CLEAN_DAYS = 365;
/** The kind of a program added after the seeded ones, until an admin sets it (updateSponsorshipRule). */
export const DEFAULT_PROGRAM_KIND = SponsorshipKind.SPONSOR;

/**
 * The soft score: each term is a fraction (0..1) times its weight; the weights add up to 100, so a score
 * reads as "out of 100". Hard constraints (program, eligibility, capacity, both sides' gender
 * preferences, MAT comfort when the seeker is on MAT, blocks) decide who is listed at all.
 */
export const MATCH_WEIGHTS = {
  /** Speaks at least one of the seeker's languages. */
  language: 25,
  /** Shared weekly availability (both zones, in UTC minutes of the week), full at AVAILABILITY_FULL_MINUTES. */
  availability: 25,
  /** Coarse distance between grid cells, by bucket (DISTANCE_BUCKETS), for seekers who meet in person. */
  distance: 20,
  /** Meetings both attend, full at SHARED_MEETINGS_FULL. */
  sharedMeetings: 10,
  /** The same home group. */
  homeGroup: 10,
  /** Whole years of clean time, full at EXPERIENCE_FULL_YEARS. */
  experience: 10,
} as const;

export const AVAILABILITY_FULL_MINUTES = 240;
export const SHARED_MEETINGS_FULL = 3;
export const EXPERIENCE_FULL_YEARS = 10;

export enum DistanceBucket {
  WITHIN_5_KM = 'WITHIN_5_KM',
  WITHIN_25_KM = 'WITHIN_25_KM',
  WITHIN_100_KM = 'WITHIN_100_KM',
  MORE_THAN_100_KM = 'MORE_THAN_100_KM',
}

/** Buckets of the distance between two grid-cell centres, and the share of the distance weight each earns. */
export const DISTANCE_BUCKETS: readonly { bucket: DistanceBucket; maxMeters: number; factor: number }[] = [
  { bucket: DistanceBucket.WITHIN_5_KM, maxMeters: 5_000, factor: 1 },
  { bucket: DistanceBucket.WITHIN_25_KM, maxMeters: 25_000, factor: 0.6 },
  { bucket: DistanceBucket.WITHIN_100_KM, maxMeters: 100_000, factor: 0.25 },
  { bucket: DistanceBucket.MORE_THAN_100_KM, maxMeters: Number.POSITIVE_INFINITY, factor: 0 },
];

/**
 * Areas are stored as the centre of a grid cell this many degrees of latitude high (≈ 5 km), with
 * columns about as wide. Both sides are snapped, so any answer depends only on the two cells.
 */
export const GRID_CELL_DEGREES = 0.045;

/** A seeker may have this many requests waiting at once. */
export const MAX_PENDING_REQUESTS = 3;
/** After a decline, the same seeker cannot ask the same sponsor again (nor see them listed) for this long. */
export const DECLINE_COOLDOWN_DAYS = 30;
/** A temporary sponsorship prompts both for a check-in after this many days (and again after each). */
export const TEMPORARY_CHECKIN_DAYS = 90;
/** Page size of the finder. */
export const MATCHES_MAX_PAGE = 25;
/** The finder pages at most this deep. */
export const MATCHES_MAX_OFFSET = 500;
