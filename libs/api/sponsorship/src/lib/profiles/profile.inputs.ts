import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import {
  AVAILABILITY_WINDOWS_MAX,
  SPONSOR_BIO_MAX,
  SPONSOR_CAPACITY_MAX,
  SPONSORSHIP_LANGUAGES_MAX,
  SPONSORSHIP_MEETINGS_MAX,
} from '@kinship/shared/contracts';
import { MemberGender, SponsorshipProgram } from '../domain/sponsorship.rules';
import '../domain/graphql-types';

/** A meeting's id (loosely coupled to the meetings feature): letters, digits, "-" and "_", ≤ 64. */
export const MEETING_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const LANGUAGE_PATTERN = /^[a-z]{2,3}$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@ValidatorConstraint({ name: 'sponsorshipTimeZone' })
export class IsIanaTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || value.length > 64 || !/^[A-Za-z0-9_+/-]+$/.test(value)) return false;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'timeZone must be an IANA time zone such as America/New_York';
  }
}

@ValidatorConstraint({ name: 'endAfterStart' })
export class EndsAfterStart implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const start = (args.object as { startMinute?: unknown }).startMinute;
    return typeof value === 'number' && typeof start === 'number' && value > start;
  }
  defaultMessage(): string {
    return 'endMinute must be after startMinute';
  }
}

@ValidatorConstraint({ name: 'pastDate' })
export class IsPastCalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
    return date.getUTCFullYear() >= 1930 && date.getTime() <= Date.now() + 14 * 3600_000;
  }
  defaultMessage(): string {
    return 'cleanDate must be a date in the past, written YYYY-MM-DD';
  }
}

@InputType()
export class WeeklyWindowInput {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday' })
  @IsInt()
  @Min(0)
  @Max(6)
  day!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1439)
  startMinute!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1440)
  @Validate(EndsAfterStart)
  endMinute!: number;
}

@InputType({ description: 'Where you are, roughly. Only the centre of its ~5 km grid cell is stored.' })
export class SponsorshipAreaInput {
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude!: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude!: number;
}

/** What both forms share: languages, time zone and availability, area, meetings. */
@InputType({ isAbstract: true })
abstract class CommonSponsorshipInput {
  @Field(() => [String], { description: 'ISO 639-1 codes, e.g. ["en", "es"].' })
  @ArrayMaxSize(SPONSORSHIP_LANGUAGES_MAX)
  @ArrayUnique()
  @Matches(LANGUAGE_PATTERN, { each: true, message: 'languages must be ISO 639 codes such as "en" or "es"' })
  languages!: string[];

  @Field(() => MemberGender, { nullable: true, description: 'Your gender; leave out to not say.' })
  @IsOptional()
  @IsEnum(MemberGender)
  gender?: MemberGender | null;

  @Field()
  @Validate(IsIanaTimeZone)
  timeZone!: string;

  @Field(() => [WeeklyWindowInput], { description: 'When you are usually free to talk, in your zone.' })
  @ArrayMaxSize(AVAILABILITY_WINDOWS_MAX)
  @ValidateNested({ each: true })
  @Type(() => WeeklyWindowInput)
  availability!: WeeklyWindowInput[];

  @Field(() => SponsorshipAreaInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SponsorshipAreaInput)
  area?: SponsorshipAreaInput | null;

  @Field(() => String, { nullable: true, description: "Your home group's meeting id." })
  @IsOptional()
  @Matches(MEETING_ID_PATTERN, { message: 'homeGroupId must be a meeting id' })
  homeGroupId?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Ids of meetings you attend.' })
  @ArrayMaxSize(SPONSORSHIP_MEETINGS_MAX)
  @ArrayUnique()
  @Matches(MEETING_ID_PATTERN, { each: true, message: 'meetingIds must be meeting ids' })
  meetingIds: string[] = [];
}

@InputType()
export class SponsorProfileInput extends CommonSponsorshipInput {
  @Field(() => [SponsorshipProgram])
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsString({ each: true })
  programs!: SponsorshipProgram[];

  @Field({ description: 'YYYY-MM-DD. Private: others only ever see the length, e.g. "4 years".' })
  @Validate(IsPastCalendarDate)
  cleanDate!: string;

  @Field(() => [MemberGender], { defaultValue: [], description: 'Genders you will sponsor; empty: anyone.' })
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(MemberGender, { each: true })
  sponsorsGenders: MemberGender[] = [];

  @Field({ description: 'Comfortable sponsoring people on methadone, buprenorphine or naltrexone.' })
  @IsBoolean()
  matComfortable!: boolean;

  @Field(() => String, { defaultValue: '' })
  @Transform(trim)
  @IsString()
  @MaxLength(SPONSOR_BIO_MAX, { message: `bio must be at most ${SPONSOR_BIO_MAX} characters long` })
  bio = '';

  @Field(() => Int, { description: `How many sponsees you can take, 1 to ${SPONSOR_CAPACITY_MAX}.` })
  @IsInt()
  @Min(1)
  @Max(SPONSOR_CAPACITY_MAX)
  capacity!: number;

  @Field(() => Boolean, { defaultValue: true, description: 'Listed in the finder and open to requests.' })
  @IsBoolean()
  accepting = true;
}

@InputType()
export class SeekerPreferencesInput extends CommonSponsorshipInput {
  @Field(() => SponsorshipProgram)
  @IsString()
  program!: SponsorshipProgram;

  @Field(() => [MemberGender], { defaultValue: [], description: 'Genders you would like; empty: anyone.' })
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsEnum(MemberGender, { each: true })
  preferredGenders: MemberGender[] = [];

  @Field({ description: 'On medication-assisted treatment: only sponsors comfortable with it are listed.' })
  @IsBoolean()
  onMat!: boolean;

  @Field({ description: 'Remote only: distance is not considered and your area is not stored.' })
  @IsBoolean()
  remoteOnly!: boolean;
}
