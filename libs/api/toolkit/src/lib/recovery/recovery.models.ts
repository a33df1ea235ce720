import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { MilestoneUnit } from '../shared/toolkit.enums';
import { IsIsoDate } from '../shared/validators';

@ObjectType({
  description: 'A milestone of clean time: 24 hours, 30 days, …, 1 year, 18 months, then yearly.',
})
export class Milestone {
  @Field({ description: 'Stable id: h24, d30, d60, d90, m6, m9, y1, m18, y2, y3, …' }) key!: string;
  @Field(() => MilestoneUnit) unit!: MilestoneUnit;
  @Field(() => Int) amount!: number;
  @Field({ description: 'The calendar date (YYYY-MM-DD) it is reached on, in your time zone.' })
  date!: string;
}

@ObjectType()
export class ReachedMilestone extends Milestone {
  @Field(() => Int, { description: '0 when reached today.' }) daysAgo!: number;
}

@ObjectType()
export class UpcomingMilestone extends Milestone {
  @Field(() => Int) daysAway!: number;
}

@ObjectType({ description: 'Clean time counted in your time zone.' })
export class CleanTimeCount {
  @Field({ description: 'Your today, YYYY-MM-DD.' }) today!: string;
  @Field(() => Int, { description: 'Whole days since the clean date (0 on the day itself).' }) days!: number;
  @Field(() => Int) years!: number;
  @Field(() => Int) months!: number;
  @Field(() => Int, { description: 'Days after the whole years and months.' }) remainderDays!: number;
  @Field(() => [Milestone], { description: 'Every milestone reached, oldest first.' }) reached!: Milestone[];
  @Field(() => ReachedMilestone, { nullable: true }) latest!: ReachedMilestone | null;
  @Field(() => UpcomingMilestone) next!: UpcomingMilestone;
}

@ObjectType({ description: 'Your recovery settings. Only you can see them.' })
export class MyRecovery {
  @Field(() => String, { nullable: true, description: 'Your clean or sobriety date, YYYY-MM-DD.' })
  cleanDate!: string | null;
  @Field({ description: 'Your country, for the crisis lines of "Get help now" (default US).' })
  country!: string;
  @Field({ description: 'The time zone your days are counted in: your profile’s, or UTC.' })
  timeZone!: string;
  @Field({ description: 'False when your profile has no time zone yet (days then turn at UTC midnight).' })
  timeZoneSet!: boolean;
  @Field(() => CleanTimeCount, { nullable: true }) cleanTime!: CleanTimeCount | null;
}

@ArgsType()
export class CleanDateArgs {
  @Field({ description: 'YYYY-MM-DD; today or earlier in your time zone.' })
  @IsIsoDate({ message: 'cleanDate must be a date written YYYY-MM-DD' })
  cleanDate!: string;
}

@ArgsType()
export class CountryArgs {
  @Field({ description: 'An ISO 3166-1 alpha-2 code such as US, CA, GB, IE or AU.' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as US, CA or GB' })
  country!: string;
}
