import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { JobRunner } from '@kinship/api/core';
import { Roles } from '@kinship/api/auth';
import { Role } from '@kinship/shared/contracts';

@ObjectType()
export class JobQueueStatus {
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Cron schedule (UTC), or null when sent on demand.' })
  schedule!: string | null;
  @Field(() => Int, { description: 'Waiting to run, including retries not due yet.' }) waiting!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int, { description: 'Completed and not archived yet (the last 12 hours or so).' })
  completed!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Date, { nullable: true }) lastCompletedAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastFailedAt!: Date | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
}

@ObjectType()
export class JobFailureInfo {
  @Field() queue!: string;
  @Field() jobId!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => Date, { nullable: true }) failedAt!: Date | null;
  @Field() error!: string;
}

@ObjectType()
export class JobsStatusModel {
  @Field({ description: 'Whether the node that answered works jobs (RUN_JOBS).' }) working!: boolean;
  @Field(() => [JobQueueStatus]) queues!: JobQueueStatus[];
  @Field(() => [JobFailureInfo], { description: 'The latest failures (all retries used), newest first.' })
  failures!: JobFailureInfo[];
}

/** Background jobs at a glance, for admins. */
@Resolver()
export class JobsStatusResolver {
  constructor(private readonly jobs: JobRunner) {}

  @Roles(Role.ADMIN)
  @Query(() => JobsStatusModel, {
    description: 'Admins only: background job queues, failures and last runs.',
  })
  adminJobsStatus(): Promise<JobsStatusModel> {
    return this.jobs.status();
  }
}
