import type { Attendance } from '../domain/attendance';
import type { MeetingEntity } from '../entities/meeting.entity';

/** The columns a search returns for each meeting (everything but the derived search text and digest). */
export const MEETING_COLUMNS = `m.id, m.source, m.source_key, m.slug, m.name, m.program_id, m.group_id, m.days,
  m.start_minute, m.duration_minutes, m.duration_given, m.time_zone, m.types, m.notes, m.venue, m.address, m.city, m.state,
  m.postal_code, m.country, m.formatted_address, m.location_notes, m.regions, m.latitude, m.longitude,
  m.approximate, m.conference_url, m.conference_url_notes, m.conference_phone, m.conference_phone_notes,
  m.attendance, m.url, m.feedback_url, m.extras, m.published, m.source_updated_at, m.created_at, m.updated_at,
  m.missing_since, m.overrides`;

export interface MeetingRow {
  id: string;
  source: string;
  source_key: string;
  slug: string;
  name: string;
  program_id: string;
  group_id: string | null;
  days: number[];
  start_minute: number;
  duration_minutes: number;
  duration_given: boolean;
  time_zone: string;
  types: string[];
  notes: string;
  venue: string | null;
  address: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null;
  country: string | null;
  formatted_address: string | null;
  location_notes: string | null;
  regions: string[];
  latitude: number | null;
  longitude: number | null;
  approximate: boolean;
  conference_url: string | null;
  conference_url_notes: string | null;
  conference_phone: string | null;
  conference_phone_notes: string | null;
  attendance: Attendance;
  url: string | null;
  feedback_url: string | null;
  extras: Record<string, string>;
  published: boolean;
  source_updated_at: Date | null;
  created_at: Date;
  updated_at: Date;
  missing_since: Date | null;
  overrides: Record<string, unknown>;
}

/** A row of MEETING_COLUMNS as the entity shape the rest of the feature uses (no ORM hydration on the hot path). */
export function rowToMeeting(r: MeetingRow): MeetingEntity {
  return {
    id: r.id,
    source: r.source,
    sourceKey: r.source_key,
    slug: r.slug,
    name: r.name,
    programId: r.program_id,
    groupId: r.group_id,
    days: r.days,
    startMinute: r.start_minute,
    durationMinutes: r.duration_minutes,
    durationGiven: r.duration_given,
    timeZone: r.time_zone,
    types: r.types,
    notes: r.notes,
    venue: r.venue,
    address: r.address,
    city: r.city,
    state: r.state,
    postalCode: r.postal_code,
    country: r.country,
    formattedAddress: r.formatted_address,
    locationNotes: r.location_notes,
    regions: r.regions,
    latitude: r.latitude,
    longitude: r.longitude,
    approximate: r.approximate,
    conferenceUrl: r.conference_url,
    conferenceUrlNotes: r.conference_url_notes,
    conferencePhone: r.conference_phone,
    conferencePhoneNotes: r.conference_phone_notes,
    attendance: r.attendance,
    url: r.url,
    feedbackUrl: r.feedback_url,
    extras: r.extras,
    published: r.published,
    sourceUpdatedAt: r.source_updated_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    missingSince: r.missing_since,
    overrides: r.overrides,
  };
}
