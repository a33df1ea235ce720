import { Field, ID, ObjectType } from '@nestjs/graphql';
import { WorksheetKind } from '../shared/toolkit.enums';

@ObjectType({ description: 'Cost-Benefit Analysis: the four sides of a decision.' })
export class CostBenefit {
  @Field({ description: 'What you are weighing, e.g. "using opioids".' }) behavior!: string;
  @Field(() => [String]) usingBenefits!: string[];
  @Field(() => [String]) usingCosts!: string[];
  @Field(() => [String]) notUsingBenefits!: string[];
  @Field(() => [String]) notUsingCosts!: string[];
  @Field({ description: 'What stands out, looking at all four.' }) reflection!: string;
}

@ObjectType({ description: 'ABC, with D (Disputing) and E (Effective new beliefs).' })
export class Abc {
  @Field({ description: 'A: what happened.' }) activatingEvent!: string;
  @Field({ description: 'B: what you told yourself about it.' }) beliefs!: string;
  @Field({ description: 'C: what you felt and did.' }) consequences!: string;
  @Field({ description: 'D: questioning the belief.' }) disputing!: string;
  @Field({ description: 'E: a more helpful belief for next time.' }) effectiveBeliefs!: string;
}

@ObjectType({ description: 'Change Plan Worksheet.' })
export class ChangePlan {
  @Field({ description: 'The changes I want to make.' }) changes!: string;
  @Field({ description: 'The most important reasons for them.' }) reasons!: string;
  @Field({ description: 'The steps I will take.' }) steps!: string;
  @Field({ description: 'How other people can help.' }) helpers!: string;
  @Field({ description: 'How I will know the plan is working.' }) signsOfSuccess!: string;
  @Field({ description: 'What could get in the way, and what I will do then.' }) obstacles!: string;
}

@ObjectType()
export class WorksheetPerson {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
}

@ObjectType({
  description:
    'A SMART worksheet. Private to its owner; readable by the sponsor it is shared with only while they are the owner’s current sponsor.',
})
export class Worksheet {
  @Field(() => ID) id!: string;
  @Field(() => WorksheetKind) kind!: WorksheetKind;
  @Field() title!: string;
  @Field(() => CostBenefit, { nullable: true }) costBenefit!: CostBenefit | null;
  @Field(() => Abc, { nullable: true }) abc!: Abc | null;
  @Field(() => ChangePlan, { nullable: true }) changePlan!: ChangePlan | null;
  @Field({ description: 'True when you wrote it.' }) mine!: boolean;
  @Field(() => WorksheetPerson) owner!: WorksheetPerson;
  @Field(() => WorksheetPerson, {
    nullable: true,
    description: 'Who the owner shared it with (shown to the owner and to that person).',
  })
  sharedWith!: WorksheetPerson | null;
  @Field({
    description: 'Shared, and the person shared with is still the owner’s sponsor: they can read it.',
  })
  visibleToSponsor!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
