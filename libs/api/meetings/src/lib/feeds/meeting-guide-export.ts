import { DateTime } from 'luxon';
import type { MeetingEntity } from '../entities/meeting.entity';
import { formatClock } from '../domain/time';
import { NA_TO_MEETING_GUIDE } from '../vocabulary/na-formats';

export interface ExportContext {
  groupName: string | null;
  groupNotes: string | null;
  /** The program's code (NA, AA, …): not in the spec, read back by our importer; others ignore it. */
  programCode: string | null;
  /** Our own page for the meeting, used when the source gave none. */
  pageUrl: string;
}

type FeedValue = string | number | string[] | number[];

/**
 * One meeting in the Meeting Guide feed shape (code4recovery spec), with every field we hold. `timezone`
 * and `updated` are always set; empty fields are left out, as the spec's readers expect.
 */
export function toMeetingGuide(m: MeetingEntity, ctx: ExportContext): Record<string, FeedValue> {
  const out: Record<string, FeedValue> = {
    name: m.name,
    slug: m.slug,
    day: m.days.length === 1 ? m.days[0] : m.days,
    time: formatClock(m.startMinute),
    timezone: m.timeZone,
    types: meetingGuideTypes(m.types),
    // the source's own time when it gave one, so it is the same however often the feed goes round
    updated: DateTime.fromJSDate(m.sourceUpdatedAt ?? m.updatedAt, { zone: 'utc' }).toFormat(
      'yyyy-MM-dd HH:mm:ss',
    ),
    url: m.url ?? ctx.pageUrl,
  };
  // readers assume an hour when there is no end time: we publish one only when it was given
  if (m.durationGiven) out['end_time'] = formatClock(m.startMinute + m.durationMinutes);
  if (ctx.programCode) out['program'] = ctx.programCode;
  const optional: [string, string | number | null | undefined][] = [
    ['notes', m.notes],
    ['location', m.venue],
    ['location_notes', m.locationNotes],
    ['formatted_address', m.formattedAddress],
    ['address', m.address],
    ['city', m.city],
    ['state', m.state],
    ['postal_code', m.postalCode],
    ['country', m.country],
    ['latitude', m.latitude],
    ['longitude', m.longitude],
    ['conference_url', m.conferenceUrl],
    ['conference_url_notes', m.conferenceUrlNotes],
    ['conference_phone', m.conferencePhone],
    ['conference_phone_notes', m.conferencePhoneNotes],
    ['group', ctx.groupName],
    ['group_notes', ctx.groupNotes],
    ['feedback_url', m.feedbackUrl],
  ];
  for (const [key, value] of optional) {
    if (value !== null && value !== undefined && value !== '') out[key] = value;
  }
  if (m.formattedAddress || m.latitude !== null) out['approximate'] = m.approximate ? 'yes' : 'no';
  if (m.regions.length) out['regions'] = m.regions;
  for (const [key, value] of Object.entries(m.extras ?? {})) if (value) out[key] = value;
  return out;
}

/** NA codes as their Meeting Guide equivalents (DISC → D, …); every other code as it is. */
export function meetingGuideTypes(types: string[]): string[] {
  const out: string[] = [];
  for (const code of types) {
    const mapped = NA_TO_MEETING_GUIDE[code] ?? code;
    if (!out.includes(mapped)) out.push(mapped);
  }
  return out;
}
