import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { ImportFormat } from '../import/parsed-feed';
import { MeetingSourceKind } from './source-kind';

export enum MeetingSourceRunStatus {
  RUNNING = 'RUNNING',
  OK = 'OK',
  FAILED = 'FAILED',
}
registerEnumType(MeetingSourceRunStatus, { name: 'MeetingSourceRunStatus' });

@ObjectType({ description: 'A feed re-imported from its URL on an interval.' })
export class MeetingSource {
  @Field(() => ID) id!: string;
  @Field({ description: 'The feed URL, or for BMLT the root server.' }) url!: string;
  @Field({ description: 'The import source name its meetings are kept under.' }) source!: string;
  @Field(() => MeetingSourceKind, {
    nullable: true,
    description: 'What the URL points at; empty for older sources recognised from their content.',
  })
  kind!: MeetingSourceKind | null;
  @Field(() => [Int], { description: 'BMLT: the service bodies whose meetings are taken.' })
  serviceBodyIds!: number[];
  @Field(() => Int, { description: 'Days a meeting may be missing from the feed before it is unpublished.' })
  graceDays!: number;
  @Field({ description: 'The address each sync fetches.' }) fetchUrl!: string;
  @Field(() => ImportFormat, { nullable: true }) format!: ImportFormat | null;
  @Field(() => String, { nullable: true }) programCode!: string | null;
  @Field(() => Int) everyHours!: number;
  @Field() nextRunAt!: Date;
  @Field(() => Date, { nullable: true }) lastRunAt!: Date | null;
  @Field(() => String, { nullable: true }) lastResult!: string | null;
}

@ObjectType({ description: 'A row of a feed that could not be imported.' })
export class MeetingSourceRowError {
  @Field(() => Int, { nullable: true }) row!: number | null;
  @Field() field!: string;
  @Field() message!: string;
}

@ObjectType({ description: 'One sync of a source: what changed, or why nothing did.' })
export class MeetingSourceRun {
  @Field(() => ID) id!: string;
  @Field(() => ID) sourceId!: string;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => MeetingSourceRunStatus) status!: MeetingSourceRunStatus;
  @Field({ description: 'Whether an admin let it past the shrink guard.' }) forced!: boolean;
  @Field(() => Int) added!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int, { description: 'Meetings newly gone from the feed (kept until the grace period ends).' })
  missing!: number;
  @Field(() => Int) unpublished!: number;
  @Field(() => Int) republished!: number;
  @Field(() => [MeetingSourceRowError]) rowErrors!: MeetingSourceRowError[];
  @Field(() => String, { nullable: true }) error!: string | null;
}

@InputType()
export class MeetingSourceInput {
  @Field({
    description: 'http:// or https:// address of a Meeting Guide feed or CSV, or of a BMLT root server.',
  })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @Field({ description: 'Names the feed; its meetings update in place on each import.' })
  @IsString()
  @MaxLength(200)
  source!: string;

  @Field(() => Int, { description: 'Hours between imports, 1 to 720.' })
  @IsInt()
  everyHours!: number;

  @Field(() => MeetingSourceKind, { nullable: true, description: 'What the URL points at.' })
  @IsOptional()
  @IsEnum(MeetingSourceKind)
  kind?: MeetingSourceKind;

  @Field(() => [Int], { nullable: true, description: 'BMLT only: the service body ids to take.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsInt({ each: true })
  serviceBodyIds?: number[];

  @Field(() => Int, { nullable: true, description: 'Days before a missing meeting is unpublished (14).' })
  @IsOptional()
  @IsInt()
  graceDays?: number;

  @Field(() => ImportFormat, { nullable: true, description: 'Older form of kind.' })
  @IsOptional()
  @IsEnum(ImportFormat)
  format?: ImportFormat;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  program?: string;
}
