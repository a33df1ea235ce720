import type { MeetingAttendance, MeetingForEditQuery, MeetingInput } from '@kinship/web/data';

/** The meeting form's fields as text (what inputs hold). */
export interface MeetingFormState {
  name: string;
  program: string;
  groupId: string | null;
  days: number[];
  startTime: string;
  endTime: string;
  timeZone: string;
  attendance: Exclude<MeetingAttendance, 'INACTIVE'>;
  types: string[];
  notes: string;
  venue: string;
  address: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  locationNotes: string;
  latitude: string;
  longitude: string;
  conferenceUrl: string;
  conferenceUrlNotes: string;
  conferencePhone: string;
  conferencePhoneNotes: string;
  published: boolean;
}

export function emptyForm(timeZone: string): MeetingFormState {
  return {
    name: '',
    program: 'NA',
    groupId: null,
    days: [],
    startTime: '',
    endTime: '',
    timeZone,
    attendance: 'IN_PERSON',
    types: [],
    notes: '',
    venue: '',
    address: '',
    city: '',
    state: '',
    postalCode: '',
    country: '',
    locationNotes: '',
    latitude: '',
    longitude: '',
    conferenceUrl: '',
    conferenceUrlNotes: '',
    conferencePhone: '',
    conferencePhoneNotes: '',
    published: true,
  };
}

/**
 * Fills the form from a stored meeting: its address in parts when it has them (so saving an imported
 * meeting does not turn its address into edits), else the one formatted line.
 */
export function formFromMeeting(m: NonNullable<MeetingForEditQuery['meeting']>): MeetingFormState {
  const online = m.online;
  const place = m.location;
  const attendance: MeetingFormState['attendance'] =
    m.attendance === 'HYBRID'
      ? 'HYBRID'
      : m.attendance === 'ONLINE' || (online && !place)
        ? 'ONLINE'
        : 'IN_PERSON';
  return {
    ...emptyForm(m.timeZone),
    name: m.name,
    program: m.program.code,
    groupId: m.group?.id ?? null,
    days: m.days,
    startTime: m.startTime,
    endTime: m.endTime,
    attendance,
    types: m.types.map((t) => t.code),
    notes: m.notes,
    venue: place?.venue ?? '',
    address: place?.address ?? place?.formattedAddress ?? '',
    city: place?.address ? (place.city ?? '') : '',
    state: place?.address ? (place.state ?? '') : '',
    postalCode: place?.address ? (place.postalCode ?? '') : '',
    country: place?.address ? (place.country ?? '') : '',
    locationNotes: place?.notes ?? '',
    latitude: place?.latitude?.toString() ?? '',
    longitude: place?.longitude?.toString() ?? '',
    conferenceUrl: online?.url ?? '',
    conferenceUrlNotes: online?.urlNotes ?? '',
    conferencePhone: online?.phone ?? '',
    conferencePhoneNotes: online?.phoneNotes ?? '',
    published: m.published,
  };
}

const optional = (value: string) => (value.trim() ? value.trim() : null);
const number = (value: string) => (value.trim() && Number.isFinite(Number(value)) ? Number(value) : null);

/** The API input; blank optional fields are left out, and the API says what is wrong with the rest. */
export function toMeetingInput(form: MeetingFormState): MeetingInput {
  const inPerson = form.attendance !== 'ONLINE';
  const online = form.attendance !== 'IN_PERSON';
  return {
    name: form.name,
    program: form.program,
    groupId: form.groupId,
    days: [...form.days].sort(),
    startTime: form.startTime,
    endTime: optional(form.endTime),
    timeZone: form.timeZone,
    attendance: form.attendance,
    types: form.types,
    notes: form.notes,
    venue: inPerson ? optional(form.venue) : null,
    address: optional(form.address),
    city: optional(form.city),
    state: optional(form.state),
    postalCode: optional(form.postalCode),
    country: optional(form.country),
    locationNotes: inPerson ? optional(form.locationNotes) : null,
    latitude: number(form.latitude),
    longitude: number(form.longitude),
    conferenceUrl: online ? optional(form.conferenceUrl) : null,
    conferenceUrlNotes: online ? optional(form.conferenceUrlNotes) : null,
    conferencePhone: online ? optional(form.conferencePhone) : null,
    conferencePhoneNotes: online ? optional(form.conferencePhoneNotes) : null,
    published: form.published,
  };
}
