import type { BmltFormat } from './bmlt-formats';
import { formatCodesOf, venueTypeOf, type BmltRow } from './bmlt-directory';

/**
 * BMLT has one weekday per meeting, we may hold several: a meeting is served once per day, with an
 * id_bigint of its own (our meeting number × 10 + the BMLT weekday), so ids stay unique and stable.
 */
export const meetingIdOf = (row: BmltRow, weekday: number) => String(Number(row.bmlt_id) * 10 + weekday);
export const rowIdOfMeetingId = (id: number) => Math.floor(id / 10);

const hms = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 100).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;

/** The fields a GetSearchResults meeting has, in BMLT's order (GetFieldKeys lists these). */
export const MEETING_KEYS: [string, string][] = [
  ['id_bigint', 'ID'],
  ['worldid_mixed', 'World ID'],
  ['shared_group_id_bigint', 'Shared group ID'],
  ['service_body_bigint', 'Service Body ID'],
  ['weekday_tinyint', 'Weekday'],
  ['venue_type', 'Venue Type'],
  ['start_time', 'Start Time'],
  ['duration_time', 'Duration'],
  ['time_zone', 'Time Zone'],
  ['formats', 'Formats'],
  ['lang_enum', 'Language'],
  ['longitude', 'Longitude'],
  ['latitude', 'Latitude'],
  ['published', 'Published'],
  ['email_contact', 'Email Contact'],
  ['meeting_name', 'Meeting Name'],
  ['location_text', 'Location Name'],
  ['location_info', 'Additional Location Information'],
  ['location_street', 'Street Address'],
  ['location_city_subsection', 'Borough'],
  ['location_neighborhood', 'Neighborhood'],
  ['location_municipality', 'Town'],
  ['location_sub_province', 'County'],
  ['location_province', 'State'],
  ['location_postal_code_1', 'Zip Code'],
  ['location_nation', 'Nation'],
  ['comments', 'Comments'],
  ['train_lines', 'Train Lines'],
  ['bus_lines', 'Bus Lines'],
  ['phone_meeting_number', 'Phone Meeting Dial-in Number'],
  ['virtual_meeting_link', 'Virtual Meeting Link'],
  ['virtual_meeting_additional_info', 'Virtual Meeting Additional Information'],
  ['root_server_uri', 'Root Server URI'],
  ['format_shared_id_list', 'Format Shared ID List'],
];

const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** One meeting on one weekday, every value a string (missing is ""), as BMLT's server returns it. */
export function toBmltMeeting(
  row: BmltRow,
  weekday: number,
  serviceBody: number,
  formats: Map<string, BmltFormat>,
  rootServerUri: string,
): Record<string, string> {
  const codes = formatCodesOf(row).filter((c) => formats.has(c));
  return {
    id_bigint: meetingIdOf(row, weekday),
    worldid_mixed: '',
    shared_group_id_bigint: '',
    service_body_bigint: String(serviceBody),
    weekday_tinyint: String(weekday),
    venue_type: String(venueTypeOf(row)),
    start_time: hms(row.start_minute),
    duration_time: hms(row.duration_minutes),
    time_zone: row.time_zone,
    formats: codes.join(','),
    lang_enum: 'en',
    longitude: s(row.longitude),
    latitude: s(row.latitude),
    published: '1',
    email_contact: '',
    meeting_name: row.name,
    location_text: s(row.venue),
    location_info: s(row.location_notes),
    location_street: s(row.address),
    location_city_subsection: '',
    location_neighborhood: s(row.regions[1]),
    location_municipality: s(row.city),
    location_sub_province: s(row.regions[0]),
    location_province: s(row.state),
    location_postal_code_1: s(row.postal_code),
    location_nation: s(row.country),
    comments: row.notes,
    train_lines: '',
    bus_lines: '',
    phone_meeting_number: s(row.conference_phone),
    virtual_meeting_link: s(row.conference_url),
    virtual_meeting_additional_info: s(row.conference_url_notes ?? row.conference_phone_notes),
    root_server_uri: rootServerUri,
    format_shared_id_list: codes.map((c) => String(formats.get(c)!.id)).join(','),
  };
}
