import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Your private calendar feed of saved meetings.' })
export class CalendarFeedInfo {
  @Field() createdAt!: Date;
}

@ObjectType({
  description: 'A new calendar feed address. It is shown only now: copy it into your calendar app.',
})
export class NewCalendarFeed {
  @Field({ description: 'Path with the secret token: /calendar/meetings.ics?token=…' }) path!: string;
  @Field() createdAt!: Date;
}

@ObjectType()
export class ImportProblem {
  @Field(() => Int, { nullable: true, description: 'Position in a JSON feed, line in a CSV file.' })
  row!: number | null;
  @Field() field!: string;
  @Field() message!: string;
  @Field({ description: 'error or warning' }) severity!: string;
}

@ObjectType({ description: 'What an import did (or, when applied is false, why it did nothing).' })
export class ImportReportModel {
  @Field() applied!: boolean;
  @Field() dryRun!: boolean;
  @Field() format!: string;
  @Field() source!: string;
  @Field() programCode!: string;
  @Field(() => Int) meetings!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) unpublished!: number;
  @Field(() => Int) skipped!: number;
  @Field(() => Int) errors!: number;
  @Field(() => Int) warnings!: number;
  @Field(() => [ImportProblem]) problems!: ImportProblem[];
}

@ObjectType()
export class MeetingImportLog {
  @Field() source!: string;
  @Field() format!: string;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) unpublished!: number;
  @Field() importedAt!: Date;
}

@ObjectType({
  description: 'A place people search near: a city or area taken from our own meeting locations.',
})
export class MeetingPlace {
  @Field() name!: string;
  @Field() latitude!: number;
  @Field() longitude!: number;
  @Field(() => Int) meetings!: number;
}
