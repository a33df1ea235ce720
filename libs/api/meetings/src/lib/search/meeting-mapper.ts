import { Attendance } from '../domain/attendance';
import { conferenceProvider } from '../domain/providers';
import { formatClock } from '../domain/time';
import type { MeetingEntity } from '../entities/meeting.entity';
import type { Meeting } from '../dto/meeting.model';
import { describeValue, isOverrideField, type OverrideField } from '../sources/overrides';

/** A meeting's chat room (the chat feature provides rooms by key). */
export const meetingRoomKey = (id: string) => `meeting:${id}`;
export const groupRoomKey = (id: string) => `group:${id}`;

/** The GraphQL view of a stored meeting. */
export function toMeeting(m: MeetingEntity): Meeting {
  const hasPlace = Boolean(m.formattedAddress) && !m.approximate;
  const placeActive = m.attendance === Attendance.IN_PERSON || m.attendance === Attendance.HYBRID;
  const hasOnline = Boolean(m.conferenceUrl || m.conferencePhone);
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    days: m.days,
    startTime: formatClock(m.startMinute),
    endTime: formatClock(m.startMinute + m.durationMinutes),
    durationMinutes: m.durationMinutes,
    startMinute: m.startMinute,
    timeZone: m.timeZone,
    notes: m.notes,
    attendance: m.attendance,
    location:
      m.formattedAddress || m.venue || m.latitude !== null
        ? {
            venue: m.venue,
            address: m.address,
            city: m.city,
            state: m.state,
            postalCode: m.postalCode,
            country: m.country,
            formattedAddress: m.formattedAddress,
            notes: m.locationNotes,
            latitude: m.latitude,
            longitude: m.longitude,
            approximate: m.approximate,
            active: placeActive,
            directionsUrl:
              hasPlace && m.latitude !== null && m.longitude !== null
                ? `https://www.openstreetmap.org/directions?to=${m.latitude.toFixed(6)}%2C${m.longitude.toFixed(6)}`
                : null,
          }
        : null,
    online: hasOnline
      ? {
          url: m.conferenceUrl,
          provider: conferenceProvider(m.conferenceUrl),
          urlNotes: m.conferenceUrlNotes,
          phone: m.conferencePhone,
          phoneNotes: m.conferencePhoneNotes,
        }
      : null,
    regions: m.regions,
    url: m.url,
    feedbackUrl: m.feedbackUrl,
    published: m.published,
    updatedAt: m.updatedAt,
    chatRoomKey: meetingRoomKey(m.id),
    icsPath: `/meetings/${m.id}.ics`,
    programId: m.programId,
    groupId: m.groupId,
    typeCodes: m.types,
    overrides: Object.entries(m.overrides ?? {})
      .filter(([field]) => isOverrideField(field))
      .map(([field, value]) => ({ field, sourceValue: describeValue(field as OverrideField, value) })),
    missingSince: m.missingSince ?? null,
  };
}
