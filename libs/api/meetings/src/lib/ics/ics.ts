import { DateTime } from 'luxon';
import type { Meeting } from '../dto/meeting.model';
import { upcomingOccurrences } from '../domain/schedule';
import { vtimezone } from './vtimezone';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line to 75 octets, continuing with CRLF and a space (never splitting a character). */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (d: Date) => DateTime.fromJSDate(d, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");

export interface IcsMeeting {
  meeting: Meeting;
  /** Provider name for the description ("Zoom"). */
  pageUrl: string;
}

/**
 * One VEVENT per meeting: a weekly RRULE on its days, with DTSTART in the meeting's own zone (TZID), so
 * calendars keep it at the same local time across daylight-saving changes. The first occurrence is the
 * one after the meeting's last change, which keeps the event stable between downloads.
 */
export function meetingEvent({ meeting, pageUrl }: IcsMeeting, now: Date): string[] {
  const anchor = upcomingOccurrences(
    {
      days: meeting.days,
      startMinute: meeting.startMinute,
      durationMinutes: meeting.durationMinutes,
      timeZone: meeting.timeZone,
    },
    meeting.updatedAt,
    1,
  )[0];
  const start = DateTime.fromJSDate(anchor.start, { zone: meeting.timeZone });
  const hours = Math.floor(meeting.durationMinutes / 60);
  const minutes = meeting.durationMinutes % 60;
  const duration = `PT${hours ? `${hours}H` : ''}${minutes || !hours ? `${minutes}M` : ''}`;
  const description: string[] = [];
  if (meeting.online?.url) {
    description.push(
      `Join${meeting.online.provider ? ` on ${meeting.online.provider}` : ''}: ${meeting.online.url}`,
    );
    if (meeting.online.urlNotes) description.push(meeting.online.urlNotes);
  }
  if (meeting.online?.phone) {
    description.push(`Dial in: ${meeting.online.phone}`);
    if (meeting.online.phoneNotes) description.push(meeting.online.phoneNotes);
  }
  if (meeting.location?.notes) description.push(meeting.location.notes);
  if (meeting.notes) description.push(meeting.notes);
  description.push(`Meeting page: ${pageUrl}`);

  const place =
    meeting.location && meeting.location.active
      ? [meeting.location.venue, meeting.location.formattedAddress].filter(Boolean).join(', ')
      : (meeting.online?.url ?? (meeting.online?.phone ? `Phone ${meeting.online.phone}` : 'Online'));

  const lines = [
    'BEGIN:VEVENT',
    `UID:meeting-${meeting.id}@kinship`,
    `DTSTAMP:${utcStamp(now)}`,
    `LAST-MODIFIED:${utcStamp(meeting.updatedAt)}`,
    `DTSTART;TZID=${meeting.timeZone}:${start.toFormat("yyyyMMdd'T'HHmmss")}`,
    `DURATION:${duration}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${meeting.days.map((d) => BYDAY[d]).join(',')}`,
    `SUMMARY:${escapeText(meeting.name)}`,
    `LOCATION:${escapeText(place)}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
    `URL:${pageUrl}`,
  ];
  if (meeting.location?.active && meeting.location.latitude !== null && meeting.location.longitude !== null) {
    lines.push(`GEO:${meeting.location.latitude.toFixed(6)};${meeting.location.longitude.toFixed(6)}`);
  }
  lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** A whole calendar: one VTIMEZONE per zone used, then the events. Lines are folded and end in CRLF. */
export function calendar(
  events: IcsMeeting[],
  options: { name: string; now?: Date; refreshHours?: number },
): string {
  const now = options.now ?? new Date();
  const zones = [...new Set(events.map((e) => e.meeting.timeZone))].sort();
  const fromYear =
    Math.min(now.getUTCFullYear(), ...events.map((e) => e.meeting.updatedAt.getUTCFullYear())) - 1;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kinship//Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  if (options.refreshHours) {
    lines.push(
      `REFRESH-INTERVAL;VALUE=DURATION:PT${options.refreshHours}H`,
      `X-PUBLISHED-TTL:PT${options.refreshHours}H`,
    );
  }
  for (const zone of zones) lines.push(...vtimezone(zone, fromYear));
  for (const event of events) lines.push(...meetingEvent(event, now));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
