/**
 * A meeting as an importer or an admin form describes it, before validation. Times are text as given
 * ("19:00", "7:00 PM", "19:00:00"); the normaliser checks everything and says what is wrong.
 */
export interface MeetingDraft {
  /** The meeting's identity in its source: the feed's slug, BMLT's id_bigint, or our own id. */
  sourceKey: string;
  slug?: string | null;
  name: string;
  programCode: string;
  groupName?: string | null;
  groupNotes?: string | null;
  days: number[];
  startTime: string;
  endTime?: string | null;
  durationMinutes?: number | null;
  timeZone?: string | null;
  types: string[];
  notes?: string | null;
  venue?: string | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  country?: string | null;
  formattedAddress?: string | null;
  locationNotes?: string | null;
  regions: string[];
  latitude?: number | null;
  longitude?: number | null;
  approximate?: boolean | null;
  conferenceUrl?: string | null;
  conferenceUrlNotes?: string | null;
  conferencePhone?: string | null;
  conferencePhoneNotes?: string | null;
  url?: string | null;
  feedbackUrl?: string | null;
  /** Other Meeting Guide fields we keep and publish again (7th-tradition links, entity). */
  extras?: Record<string, string>;
  published: boolean;
  sourceUpdatedAt?: Date | null;
}

export type DraftField = keyof MeetingDraft;

/** A problem with one row of an import or one field of a form, in words a person can act on. */
export interface Problem {
  /** 1-based: the position in a JSON feed, the line in a CSV file; absent for a form. */
  row?: number;
  /** The field as the source names it ("time", "start_time", "Time", or the form's field). */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Meeting Guide fields kept in `extras` and published again in our feed. */
export const EXTRA_FIELDS = [
  'venmo',
  'square',
  'paypal',
  'homegroup_online',
  'entity',
  'entity_location',
  'entity_logo',
  'entity_phone',
  'entity_website_url',
] as const;
