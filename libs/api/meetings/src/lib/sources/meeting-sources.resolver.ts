import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { badInput } from '@kinship/api/core';
import { Roles } from '@kinship/api/auth';
import { Role } from '@kinship/shared/contracts';
import { ImportFormat } from '../import/parsed-feed';
import { MeetingSourcesService } from './meeting-sources.service';

@ObjectType({ description: 'A feed re-imported from its URL on an interval.' })
export class MeetingSource {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field({ description: 'The import source name its meetings are kept under.' }) source!: string;
  @Field(() => ImportFormat, { nullable: true }) format!: ImportFormat | null;
  @Field(() => String, { nullable: true }) programCode!: string | null;
  @Field(() => Int) everyHours!: number;
  @Field() nextRunAt!: Date;
  @Field(() => Date, { nullable: true }) lastRunAt!: Date | null;
  @Field(() => String, { nullable: true }) lastResult!: string | null;
}

@InputType()
export class MeetingSourceInput {
  @Field({ description: 'http:// or https:// address of a Meeting Guide feed, BMLT results or a TSML CSV.' })
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

  @Field(() => ImportFormat, { nullable: true })
  @IsOptional()
  @IsEnum(ImportFormat)
  format?: ImportFormat;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  program?: string;
}

const uuid = new ParseUUIDPipe({ exceptionFactory: () => badInput('id must be a meeting source id') });

/** Admins only: feeds re-imported from a URL by the `meetings.reimport` job. */
@Resolver()
export class MeetingSourcesResolver {
  constructor(private readonly sources: MeetingSourcesService) {}

  @Roles(Role.ADMIN)
  @Query(() => [MeetingSource], { description: 'Admins only: feeds re-imported on a schedule.' })
  meetingSources(): Promise<MeetingSource[]> {
    return this.sources.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MeetingSource, {
    description: 'Admins only: re-import a feed from its URL every few hours (first run within ten minutes).',
  })
  addMeetingSource(@Args('input') input: MeetingSourceInput): Promise<MeetingSource> {
    return this.sources.add({ ...input, programCode: input.program ?? null });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Admins only: stop re-importing a feed (its meetings stay).' })
  async removeMeetingSource(@Args('id', { type: () => ID }, uuid) id: string): Promise<boolean> {
    await this.sources.remove(id);
    return true;
  }
}
