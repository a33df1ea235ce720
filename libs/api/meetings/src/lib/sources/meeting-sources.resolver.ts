import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { badInput } from '@kinship/api/core';
import { Roles } from '@kinship/api/auth';
import { Role } from '@kinship/shared/contracts';
import { MeetingSource, MeetingSourceInput, MeetingSourceRun } from './meeting-source.model';
import { MeetingSourcesService, type MeetingSourceRow } from './meeting-sources.service';
import { SourceSyncService } from './source-sync.service';
import { fetchUrlOf } from './source-kind';

const uuid = (name: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => badInput(`${name} must be a meeting source id`) });
const toModel = (row: MeetingSourceRow): MeetingSource => ({ ...row, fetchUrl: fetchUrlOf(row) });
const fields = (input: MeetingSourceInput) => ({ ...input, programCode: input.program ?? null });

/** Admins only: feeds re-imported from a URL by the `meetings.reimport` job, and their runs. */
@Resolver()
export class MeetingSourcesResolver {
  constructor(
    private readonly sources: MeetingSourcesService,
    private readonly sync: SourceSyncService,
  ) {}

  @Roles(Role.ADMIN)
  @Query(() => [MeetingSource], { description: 'Admins only: feeds re-imported on a schedule.' })
  async meetingSources(): Promise<MeetingSource[]> {
    return (await this.sources.list()).map(toModel);
  }

  @Roles(Role.ADMIN)
  @Query(() => [MeetingSourceRun], { description: "Admins only: a source's latest runs, newest first." })
  async meetingSourceRuns(
    @Args('sourceId', { type: () => ID }, uuid('sourceId')) sourceId: string,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<MeetingSourceRun[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      const message = 'limit must be from 1 to 100';
      throw badInput(message, { fields: [{ field: 'limit', message }] });
    }
    await this.sources.get(sourceId);
    return this.sync.runs(sourceId, limit) as Promise<MeetingSourceRun[]>;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MeetingSource, {
    description: 'Admins only: re-import a feed from its URL every few hours (first run within ten minutes).',
  })
  async addMeetingSource(@Args('input') input: MeetingSourceInput): Promise<MeetingSource> {
    return toModel(await this.sources.add(fields(input)));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MeetingSource, { description: 'Admins only: change a source.' })
  async updateMeetingSource(
    @Args('id', { type: () => ID }, uuid('id')) id: string,
    @Args('input') input: MeetingSourceInput,
  ): Promise<MeetingSource> {
    return toModel(await this.sources.update(id, fields(input)));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MeetingSourceRun, {
    description:
      'Admins only: sync a source now. force lets through a run that would make more than half of its meetings missing.',
  })
  async syncMeetingSource(
    @Args('id', { type: () => ID }, uuid('id')) id: string,
    @Args('force', { type: () => Boolean, defaultValue: false }) force: boolean,
  ): Promise<MeetingSourceRun> {
    return (await this.sources.syncNow(id, force)) as MeetingSourceRun;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Admins only: stop re-importing a feed (its meetings stay).' })
  async removeMeetingSource(@Args('id', { type: () => ID }, uuid('id')) id: string): Promise<boolean> {
    await this.sources.remove(id);
    return true;
  }
}
