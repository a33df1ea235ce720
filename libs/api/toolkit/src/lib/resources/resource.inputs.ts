import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs } from '@kinship/api/core';
import { SUPPORTED_LOCALES, TOOLKIT_LIMITS } from '@kinship/shared/contracts';
import { ResourceKind, ResourceProgram, WorksheetKind } from '../shared/toolkit.enums';
import { IsWebUrl, Trim, TrimList } from '../shared/validators';

const L = TOOLKIT_LIMITS.resource;
const COUNTRY = /^[A-Z]{2}$/;
const COUNTRY_RULE = { message: 'country must be a two-letter country code such as US, CA or GB' };
const NUMBER = /^\+?[0-9][0-9 ().-]{1,30}$/;
const numberRule = (field: string) => ({
  message: `${field} must be a phone number: digits, spaces, and + ( ) - . only`,
});

@ArgsType()
export class ResourceSearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words to look for, in English or Spanish.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(L.queryMax, { message: `query must be at most ${L.queryMax} characters long` })
  query?: string;

  @Field(() => [ResourceProgram], { nullable: true, description: 'Any of these programs.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(ResourceProgram, { each: true })
  programs?: ResourceProgram[];

  @Field(() => [ResourceKind], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(ResourceKind, { each: true })
  kinds?: ResourceKind[];

  @Field(() => String, { nullable: true, description: 'en or es.' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES, { message: `language must be one of ${SUPPORTED_LOCALES.join(', ')}` })
  language?: string;

  @Field(() => String, {
    nullable: true,
    description: 'A country code: that country’s resources and those meant for everywhere.',
  })
  @IsOptional()
  @Matches(COUNTRY, COUNTRY_RULE)
  country?: string;
}

@InputType({ description: 'A resource as an admin writes it. Every field is replaced on update.' })
export class ResourceInput {
  @Field()
  @Trim()
  @IsString()
  @Length(2, L.titleMax, { message: `title must be 2 to ${L.titleMax} characters long` })
  title!: string;

  @Field()
  @Trim()
  @IsString()
  @Length(2, L.summaryMax, { message: `summary must be 2 to ${L.summaryMax} characters long` })
  summary!: string;

  @Field(() => String, { defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(L.bodyMax, { message: `body must be at most ${L.bodyMax} characters long` })
  body = '';

  @Field(() => [String], { defaultValue: [] })
  @TrimList()
  @IsArray()
  @ArrayMaxSize(L.stepsMax, { message: `steps may have at most ${L.stepsMax} entries` })
  @IsString({ each: true })
  @MaxLength(L.stepMax, { each: true, message: `each step must be at most ${L.stepMax} characters long` })
  steps: string[] = [];

  @Field(() => [ResourceProgram])
  @IsArray()
  @ArrayMinSize(1, { message: 'programs must name at least one program' })
  @ArrayUnique()
  @IsEnum(ResourceProgram, { each: true })
  programs!: ResourceProgram[];

  @Field(() => ResourceKind)
  @IsEnum(ResourceKind)
  kind!: ResourceKind;

  @Field()
  @IsIn(SUPPORTED_LOCALES, { message: `language must be one of ${SUPPORTED_LOCALES.join(', ')}` })
  language!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(COUNTRY, COUNTRY_RULE)
  country?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(L.urlMax)
  @IsWebUrl()
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NUMBER, numberRule('phone'))
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NUMBER, numberRule('textNumber'))
  textNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NUMBER, numberRule('tty'))
  tty?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(L.urlMax)
  @IsWebUrl()
  sourceUrl?: string | null;

  @Field(() => WorksheetKind, { nullable: true })
  @IsOptional()
  @IsEnum(WorksheetKind)
  worksheetKind?: WorksheetKind | null;
}

@ArgsType()
export class ResourceIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a resource id' })
  id!: string;
}

@ArgsType()
export class UpdateResourceArgs extends ResourceIdArgs {
  @Field(() => ResourceInput)
  @ValidateNested()
  @Type(() => ResourceInput)
  input!: ResourceInput;
}
