import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { PlanPerson, PlanSponsor } from '../plan/plan.models';
import { HelpLine } from './help-line.model';

export { HelpLine } from './help-line.model';
export { CrisisHelp } from './crisis-help.model';

@ObjectType({ description: 'Crisis lines for a country; `country` is null for the international fallback.' })
export class HelpLineSet {
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true, description: 'Emergency number, when we know it.' })
  emergencyNumber!: string | null;
  @Field(() => [HelpLine]) lines!: HelpLine[];
}

@ObjectType({ description: 'Everything "Get help now" shows a signed-in member. Private to them.' })
export class HelpNow {
  @Field({ description: 'The country saved in your recovery settings (default US).' }) country!: string;
  @Field(() => HelpLineSet) help!: HelpLineSet;
  @Field(() => [PlanPerson], { description: 'The people to call from your relapse-prevention plan.' })
  people!: PlanPerson[];
  @Field(() => PlanSponsor, { nullable: true, description: 'Your current sponsor or mentor.' })
  sponsor!: PlanSponsor | null;
}

@ArgsType()
export class HelpLinesArgs {
  @Field(() => String, { nullable: true, description: 'ISO country code; default US.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as US, CA or GB' })
  country?: string;
}
