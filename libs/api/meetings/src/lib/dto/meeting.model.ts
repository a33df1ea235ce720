import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Place } from '../places/place.model';

/** How far a meeting search widens at most (see MAX_WIDEN_METERS). */
export const MAX_WIDEN_KM = 50;
import { Attendance } from '../domain/attendance';

registerEnumType(Attendance, {
  name: 'MeetingAttendance',
  description: 'How a meeting can be attended, derived from its address, venue status, link and phone.',
  valuesMap: {
    IN_PERSON: { description: 'At a place.' },
    ONLINE: { description: 'By video link or phone only (or the venue is temporarily closed).' },
    HYBRID: { description: 'At a place and online.' },
    INACTIVE: { description: 'Neither a place that is open nor a link or phone to join by.' },
  },
});

@ObjectType({ description: 'A recovery program (fellowship), such as NA, AA or SMART Recovery.' })
export class RecoveryProgram {
  @Field(() => ID) id!: string;
  @Field({ description: 'Short code: NA, AA, SMART, …' }) code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field() description!: string;
}

@ObjectType({ description: 'A meeting type code, shown by its name in the language asked for.' })
export class MeetingType {
  @Field() code!: string;
  @Field({ description: 'The name in the requested language (falls back to English, then the code).' })
  name!: string;
  @Field({ description: 'meeting-guide, na, smart or import' }) source!: string;
}

@ObjectType()
export class MeetingLocation {
  @Field(() => String, { nullable: true, description: 'Venue name.' }) venue!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) state!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true }) formattedAddress!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field({ description: 'Only a city or area (online meetings carry one to anchor their zone).' })
  approximate!: boolean;
  @Field({ description: 'Whether people can go there now (not approximate, not temporarily closed).' })
  active!: boolean;
  @Field(() => String, { nullable: true, description: 'Walking/driving directions (OpenStreetMap).' })
  directionsUrl!: string | null;
}

@ObjectType()
export class OnlineAccess {
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'Zoom, Google Meet, Microsoft Teams, Jitsi, …' })
  provider!: string | null;
  @Field(() => String, { nullable: true }) urlNotes!: string | null;
  @Field(() => String, { nullable: true, description: 'Digits, +, commas, * and # (dial as is).' })
  phone!: string | null;
  @Field(() => String, { nullable: true }) phoneNotes!: string | null;
}

@ObjectType({ description: 'One occurrence of a weekly meeting, as instants (show them in any zone).' })
export class MeetingOccurrence {
  @Field() start!: Date;
  @Field() end!: Date;
  @Field() inProgress!: boolean;
  @Field(() => Int, { description: 'Minutes from the reference instant to the start (negative: started).' })
  startsInMinutes!: number;
}

@ObjectType({ description: 'A field an admin edited on an imported meeting, kept through syncs.' })
export class MeetingOverride {
  @Field({ description: 'The edited field, e.g. name, startMinute, notes, address.' }) field!: string;
  @Field({ description: 'What the source says for it (empty when the source gives nothing).' })
  sourceValue!: string;
}

@ObjectType({ description: 'A weekly meeting. Times are local to its timeZone.' })
export class Meeting {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => [Int], { description: '0 = Sunday … 6 = Saturday, in the meeting’s own zone.' })
  days!: number[];
  @Field({ description: 'Local start, HH:MM (24-hour).' }) startTime!: string;
  @Field({ description: 'Local end, HH:MM (one hour after the start when the source had none).' })
  endTime!: string;
  @Field(() => Int) durationMinutes!: number;
  @Field({ description: 'IANA time zone, always set.' }) timeZone!: string;
  @Field() notes!: string;
  @Field(() => Attendance) attendance!: Attendance;
  @Field(() => MeetingLocation, { nullable: true }) location!: MeetingLocation | null;
  @Field(() => OnlineAccess, { nullable: true }) online!: OnlineAccess | null;
  @Field(() => [String], { description: 'General to specific.' }) regions!: string[];
  @Field(() => String, { nullable: true, description: 'The meeting’s page at its source.' }) url!:
    string | null;
  @Field(() => String, { nullable: true }) feedbackUrl!: string | null;
  @Field() published!: boolean;
  @Field() updatedAt!: Date;
  @Field({ description: 'The chat room for before and after the meeting: "meeting:<id>".' })
  chatRoomKey!: string;
  @Field({ description: 'Path of the meeting’s calendar file (weekly RRULE with its TZID).' })
  icsPath!: string;
  @Field(() => [MeetingOverride], { description: 'Fields edited here that its source says otherwise.' })
  overrides!: MeetingOverride[];
  @Field(() => Date, {
    nullable: true,
    description: 'When a sync found the meeting gone from its source (unpublished after the grace days).',
  })
  missingSince!: Date | null;

  /** Not fields: resolved through loaders. */
  programId!: string;
  groupId!: string | null;
  typeCodes!: string[];
  startMinute!: number;
}

@ObjectType()
export class MeetingEdge {
  @Field() cursor!: string;
  @Field(() => Meeting) node!: Meeting;
  @Field(() => Float, {
    nullable: true,
    description: 'Distance from the search point, when searching near one.',
  })
  distanceKm!: number | null;
  @Field(() => Float, { nullable: true }) distanceMiles!: number | null;
}

@ObjectType()
export class MeetingsPageInfo {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ObjectType()
export class MeetingConnection {
  @Field(() => [MeetingEdge]) edges!: MeetingEdge[];
  @Field(() => MeetingsPageInfo) pageInfo!: MeetingsPageInfo;
  @Field(() => Float, {
    nullable: true,
    description:
      'The radius actually searched, in km: larger than asked when widened to find enough meetings.',
  })
  radiusKm!: number | null;
  @Field({ description: 'True when the radius was widened to find the number of meetings asked for.' })
  widened!: boolean;
  // Set once per search, not per meeting: they cost nothing (the page size multiplies what a connection costs).
  @Field(() => Float, {
    nullable: true,
    complexity: 0,
    description: 'Near a point: the radius asked for, in km.',
  })
  requestedRadiusKm!: number | null;
  @Field(() => Float, {
    nullable: true,
    complexity: 0,
    description: `Near a point: the radius widened to, in km, when it was (never past ${MAX_WIDEN_KM} km, or the radius asked if larger); else null.`,
  })
  widenedToKm!: number | null;
  @Field({
    complexity: 0,
    description:
      'Near a point: true when no meeting matched within the radius, even widened to its bound (the finder then offers online meetings).',
  })
  nothingNear!: boolean;
  @Field(() => Place, {
    nullable: true,
    description: 'The place near.place resolved to, when one was typed.',
  })
  place!: Place | null;
}
