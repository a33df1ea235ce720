import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { PageArgs } from '@kinship/api/core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Attendance } from '../domain/attendance';
import { IsClock, IsIanaTimeZone, trim } from './validators';

export enum DistanceUnit {
  KM = 'KM',
  MI = 'MI',
}
registerEnumType(DistanceUnit, { name: 'DistanceUnit', description: 'Kilometres or miles.' });

export const MAX_RADIUS = 2000;
export const MAX_WIDEN_TO = 100;

@InputType({
  description:
    'A point (latitude and longitude) or a place as typed (a name or postal code, resolved on the server), and a radius. Meetings with a specific place are found, nearest first.',
})
export class NearInput {
  @Field(() => Float, { nullable: true, description: 'With longitude, unless a place is given.' })
  @ValidateIf((near: NearInput) => near.place == null || near.latitude != null)
  @IsLatitude({ message: 'latitude must be a number from -90 to 90 (or give a place)' })
  latitude?: number;

  @Field(() => Float, { nullable: true, description: 'With latitude, unless a place is given.' })
  @ValidateIf((near: NearInput) => near.place == null || near.longitude != null)
  @IsLongitude({ message: 'longitude must be a number from -180 to 180 (or give a place)' })
  longitude?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'A place name or postal code ("Astoria", "Bogotá", "10001"), instead of coordinates: our own venues and areas first, then the offline gazetteer. Unknown: BAD_USER_INPUT on near.place.',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'place must not be empty' })
  @MaxLength(100, { message: 'place must be at most 100 characters' })
  place?: string;

  @Field(() => Float, { defaultValue: 10, description: `Radius in the unit, up to ${MAX_RADIUS}.` })
  @IsNumber({}, { message: 'radius must be a number' })
  @Min(0.1, { message: 'radius must be at least 0.1' })
  @Max(MAX_RADIUS, { message: `radius must be at most ${MAX_RADIUS}` })
  radius = 10;

  @Field(() => DistanceUnit, { defaultValue: DistanceUnit.KM })
  @IsEnum(DistanceUnit)
  unit: DistanceUnit = DistanceUnit.KM;

  @Field(() => Int, {
    nullable: true,
    description: `When the radius holds fewer meetings than this (1 to ${MAX_WIDEN_TO}), widen it until it holds this many; every other filter still applies.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'widenToAtLeast must be at least 1' })
  @Max(MAX_WIDEN_TO, { message: `widenToAtLeast must be at most ${MAX_WIDEN_TO}` })
  widenToAtLeast?: number;
}

@InputType({ description: 'What to look for. Every filter given must match.' })
export class MeetingFilter {
  @Field(() => NearInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NearInput)
  near?: NearInput;

  @Field(() => [Int], {
    nullable: true,
    description:
      'Weekdays, 0 = Sunday … 6 = Saturday: in timeZone when given, else in each meeting’s own zone.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(0, { each: true, message: 'days must be 0 (Sunday) to 6 (Saturday)' })
  @Max(6, { each: true, message: 'days must be 0 (Sunday) to 6 (Saturday)' })
  days?: number[];

  @Field(() => String, { nullable: true, description: 'Starts at or after this time of day (HH:MM).' })
  @IsOptional()
  @IsClock()
  timeFrom?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Starts before this time of day (HH:MM); earlier than timeFrom wraps past midnight.',
  })
  @IsOptional()
  @IsClock()
  timeTo?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The viewer’s IANA zone: days and times are then as the viewer sees them.',
  })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'In progress at `at`, or starting within this many minutes after it (0 to 720).',
  })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'startingWithinMinutes must be 0 to 720' })
  @Max(720, { message: 'startingWithinMinutes must be 0 to 720' })
  startingWithinMinutes?: number;

  @Field(() => Date, { nullable: true, description: 'The reference instant (default: now).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  at?: Date;

  @Field(() => [String], { nullable: true, description: 'Program codes (any of): NA, AA, SMART, …' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  programs?: string[];

  @Field(() => [String], { nullable: true, description: 'Type codes; a meeting must have all of them.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  types?: string[];

  @Field(() => [Attendance], {
    nullable: true,
    description: 'Any of these (default: in person, online and hybrid; inactive meetings only when asked).',
  })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(Attendance), { each: true })
  attendance?: Attendance[];

  @Field(() => String, { nullable: true, description: 'Words in the name, group, place or notes.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  query?: string;

  @Field(() => String, { nullable: true, description: 'A region, as meetings list them (any level).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  region?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be a group id' })
  groupId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Admins and group contacts: include unpublished meetings.',
  })
  @IsOptional()
  @IsBoolean()
  includeUnpublished?: boolean;
}

@ArgsType()
export class MeetingSearchArgs extends PageArgs {
  @Field(() => MeetingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingFilter)
  filter?: MeetingFilter;
}
