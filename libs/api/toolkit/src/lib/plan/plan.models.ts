import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CrisisHelp } from '../help/crisis-help.model';

@ObjectType()
export class PlanTriggers {
  @Field(() => [String]) people!: string[];
  @Field(() => [String]) places!: string[];
  @Field(() => [String]) things!: string[];
  @Field(() => [String]) feelings!: string[];
}

@ObjectType({ description: 'HALT: what you will do when you notice you are hungry, angry, lonely or tired.' })
export class PlanHalt {
  @Field() hungry!: string;
  @Field() angry!: string;
  @Field() lonely!: string;
  @Field() tired!: string;
}

@ObjectType({ description: 'Someone you trust to call. Kept only in your plan.' })
export class PlanPerson {
  @Field() name!: string;
  @Field() phone!: string;
  @Field({ description: 'e.g. "my sister", "home group".' }) note!: string;
}

@ObjectType({ description: 'Your current sponsor or mentor, from your sponsorship; not stored in the plan.' })
export class PlanSponsor {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType({ description: 'Your relapse-prevention plan. Only you can see it.' })
export class RecoveryPlan {
  @Field(() => [String]) warningSigns!: string[];
  @Field(() => PlanTriggers) triggers!: PlanTriggers;
  @Field(() => PlanHalt) halt!: PlanHalt;
  @Field(() => [String]) copingActions!: string[];
  @Field(() => [String], { description: 'Your reasons to stay in recovery.' }) reasons!: string[];
  @Field(() => [PlanPerson]) people!: PlanPerson[];
  @Field(() => PlanSponsor, {
    nullable: true,
    description: 'Your sponsor or mentor while you have one: shown among your people, never stored.',
  })
  sponsor!: PlanSponsor | null;
  @Field(() => Date, { nullable: true, description: 'Null until you first save your plan.' })
  updatedAt!: Date | null;
  @Field(() => CrisisHelp, {
    nullable: true,
    description:
      'Only in the answer to savePlan: help, when something in the plan reads like a crisis right now. Nobody else is told.',
  })
  crisis?: CrisisHelp | null;
}
