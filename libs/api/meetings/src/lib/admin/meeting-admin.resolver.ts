import { Args, ID, InputType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { badInput } from '@kinship/api/core';
import { CurrentUser, Roles, type AuthUser } from '@kinship/api/auth';
import { Role } from '@kinship/shared/contracts';
import { Meeting, RecoveryProgram } from '../dto/meeting.model';
import { MeetingGroup } from '../dto/group.model';
import { MeetingGroupInput, MeetingInput, RecoveryProgramInput } from '../dto/meeting.inputs';
import { ImportReportModel, MeetingImportLog } from '../dto/my-meetings.model';
import { IsIanaTimeZone } from '../dto/validators';
import { toMeeting } from '../search/meeting-mapper';
import { toGroup } from '../groups/group-mapper';
import { MeetingImportService } from '../import/import.service';
import { ImportFormat } from '../import/parsed-feed';
import { MeetingAdminService } from './meeting-admin.service';
import { registerEnumType } from '@nestjs/graphql';
import type { ProgramEntity } from '../entities/program.entity';

registerEnumType(ImportFormat, { name: 'MeetingImportFormat' });

/** Most a GraphQL import may carry; bigger files go to POST /admin/meetings/import (10 MB). */
export const GRAPHQL_IMPORT_MAX_CHARS = 90_000;

@InputType()
export class ImportMeetingsInput {
  @Field({
    description: `The file's text (up to ${GRAPHQL_IMPORT_MAX_CHARS} characters; larger files: POST /admin/meetings/import).`,
  })
  @IsString()
  @MaxLength(GRAPHQL_IMPORT_MAX_CHARS, {
    message: `text is too long for GraphQL; upload files over ${GRAPHQL_IMPORT_MAX_CHARS} characters with POST /admin/meetings/import`,
  })
  text!: string;

  @Field({ description: 'Names the feed; importing again with the same source updates in place.' })
  @IsString()
  @MaxLength(200)
  source!: string;

  @Field(() => ImportFormat, { nullable: true, description: 'Recognised from the content when not given.' })
  @IsOptional()
  @IsEnum(ImportFormat)
  format?: ImportFormat;

  @Field(() => String, { nullable: true, description: 'Program code (default: NA for BMLT, AA otherwise).' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  program?: string;

  @Field(() => String, { nullable: true, description: 'Zone for meetings that have none.' })
  @IsOptional()
  @IsIanaTimeZone()
  defaultTimeZone?: string;

  @Field(() => String, {
    nullable: true,
    description: 'A BMLT GetFormats response, when the results lack formats.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(GRAPHQL_IMPORT_MAX_CHARS)
  bmltFormats?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Check and count, change nothing.' })
  @IsBoolean()
  dryRun = false;
}

const uuid = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => badInput(`${name} must be an id`) });

/** Managing meetings: admins everything; a group's contacts the meetings of their group. */
@Resolver()
export class MeetingAdminResolver {
  constructor(
    private readonly admin: MeetingAdminService,
    private readonly imports: MeetingImportService,
    private readonly dataSource: DataSource,
  ) {}

  @Mutation(() => Meeting, { description: 'Admins, or contacts of the group given.' })
  async createMeeting(@CurrentUser() user: AuthUser, @Args('input') input: MeetingInput): Promise<Meeting> {
    return toMeeting(await this.admin.create(user, input));
  }

  @Mutation(() => Meeting, { description: 'Admins, or contacts of the meeting’s group.' })
  async updateMeeting(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, uuid('id')) id: string,
    @Args('input') input: MeetingInput,
  ): Promise<Meeting> {
    return toMeeting(await this.admin.update(user, id, input));
  }

  @Mutation(() => Meeting, {
    description:
      'Admins, or contacts of the meeting’s group: drop the edit of one field of an imported meeting, so it takes its source’s value again.',
  })
  async clearMeetingOverride(
    @CurrentUser() user: AuthUser,
    @Args('meetingId', { type: () => ID }, uuid('meetingId')) meetingId: string,
    @Args('field') field: string,
  ): Promise<Meeting> {
    return toMeeting(await this.admin.clearOverride(user, meetingId, field));
  }

  @Mutation(() => Meeting, { description: 'Publish or unpublish (hide without deleting).' })
  async setMeetingPublished(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, uuid('id')) id: string,
    @Args('published') published: boolean,
  ): Promise<Meeting> {
    return toMeeting(await this.admin.setPublished(user, id, published));
  }

  @Mutation(() => Boolean, { description: 'Delete for good (members who saved it lose it).' })
  async deleteMeeting(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, uuid('id')) id: string,
  ): Promise<boolean> {
    await this.admin.delete(user, id);
    return true;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MeetingGroup, { description: 'Admins only.' })
  async createMeetingGroup(@Args('input') input: MeetingGroupInput): Promise<MeetingGroup> {
    return toGroup(await this.admin.createGroup(input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Admins only: name a member as a contact of a group, or stop.' })
  async setMeetingGroupContact(
    @Args('groupId', { type: () => ID }, uuid('groupId')) groupId: string,
    @Args('memberId', { type: () => ID }, uuid('memberId')) memberId: string,
    @Args('isContact') isContact: boolean,
  ): Promise<boolean> {
    await this.admin.setGroupContact(groupId, memberId, isContact);
    return true;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => RecoveryProgram, { description: 'Admins only.' })
  createRecoveryProgram(@Args('input') input: RecoveryProgramInput): Promise<ProgramEntity> {
    return this.admin.createProgram(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ImportReportModel, {
    description: 'Admins only: import a Meeting Guide feed, BMLT results or a TSML CSV. All or nothing.',
  })
  async importMeetings(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ImportMeetingsInput,
  ): Promise<ImportReportModel> {
    const report = await this.imports.run({
      text: input.text,
      source: input.source,
      format: input.format,
      programCode: input.program?.toUpperCase(),
      defaultTimeZone: input.defaultTimeZone,
      bmltFormatsText: input.bmltFormats,
      dryRun: input.dryRun,
      importedBy: user.id,
    });
    return { ...report, problems: report.problems.map((p) => ({ ...p, row: p.row ?? null })) };
  }

  @Roles(Role.ADMIN)
  @Query(() => [MeetingImportLog], { description: 'Admins only: the latest imports.' })
  async meetingImports(): Promise<MeetingImportLog[]> {
    return this.dataSource.query(
      `SELECT source, format, created, updated, unchanged, unpublished, created_at AS "importedAt"
         FROM meeting_imports ORDER BY created_at DESC LIMIT 20`,
    );
  }
}
