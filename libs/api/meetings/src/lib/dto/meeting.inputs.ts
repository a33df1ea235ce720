import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Attendance } from '../domain/attendance';
import { IsClock, IsIanaTimeZone, trim } from './validators';

/** A meeting as an admin (or a group's contact) writes it. Validation says exactly what is wrong. */
@InputType()
export class MeetingInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 255, { message: 'name must be 1 to 255 characters long' })
  name!: string;

  @Field({ description: 'NA, AA, SMART, …' })
  @Transform(trim)
  @IsString()
  @MaxLength(20)
  program!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The group holding the meeting (contacts must give theirs).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be a group id' })
  groupId?: string;

  @Field(() => [Int], { description: '0 = Sunday … 6 = Saturday.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'days needs at least one weekday (0 = Sunday … 6 = Saturday)' })
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(0, { each: true, message: 'days must be 0 (Sunday) to 6 (Saturday)' })
  @Max(6, { each: true, message: 'days must be 0 (Sunday) to 6 (Saturday)' })
  days!: number[];

  @Field({ description: 'HH:MM, 24-hour, local to timeZone.' })
  @IsClock()
  startTime!: string;

  @Field(() => String, { nullable: true, description: 'HH:MM; one hour after the start when not given.' })
  @IsOptional()
  @IsClock()
  endTime?: string;

  @Field()
  @IsIanaTimeZone()
  timeZone!: string;

  @Field(() => Attendance, { description: 'In person, online or hybrid; what is required follows from it.' })
  @IsIn([Attendance.IN_PERSON, Attendance.ONLINE, Attendance.HYBRID], {
    message: 'attendance must be IN_PERSON, ONLINE or HYBRID',
  })
  attendance!: Attendance;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  types: string[] = [];

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  notes = '';

  @Field(() => String, { nullable: true, description: 'Venue name.' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  venue?: string;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  city?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  state?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  postalCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  locationNotes?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'latitude must be a number from -90 to 90' })
  @Min(-90, { message: 'latitude must be a number from -90 to 90' })
  @Max(90, { message: 'latitude must be a number from -90 to 90' })
  latitude?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'longitude must be a number from -180 to 180' })
  @Min(-180, { message: 'longitude must be a number from -180 to 180' })
  @Max(180, { message: 'longitude must be a number from -180 to 180' })
  longitude?: number;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  regions: string[] = [];

  @Field(() => String, { nullable: true, description: 'The video link (https://…).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  conferenceUrl?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  conferenceUrlNotes?: string;

  @Field(() => String, { nullable: true, description: 'Dial-in number; digits, +, commas, * and #.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  conferencePhone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  conferencePhoneNotes?: string;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  published = true;
}

@InputType()
export class MeetingGroupInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 255, { message: 'name must be 1 to 255 characters long' })
  name!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(20)
  program!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  notes = '';

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  regions: string[] = [];
}

@InputType()
export class RecoveryProgramInput {
  @Field({ description: 'Upper-case letters, digits and hyphens, e.g. CA or GA.' })
  @Transform(trim)
  @IsString()
  @Length(1, 20)
  code!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  url?: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(1000)
  description = '';
}
