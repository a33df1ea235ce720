import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PHONE_PATTERN, TOOLKIT_LIMITS } from '@kinship/shared/contracts';
import { Trim, TrimList } from '../shared/validators';

const L = TOOLKIT_LIMITS.plan;

/** A list of short items: blank rows dropped, at most `listMax` items of at most `itemMax` characters. */
function ListField(name: string) {
  return (target: object, key: string) => {
    Field(() => [String], { defaultValue: [] })(target, key);
    TrimList()(target, key);
    IsArray()(target, key);
    ArrayMaxSize(L.listMax, { message: `${name} may have at most ${L.listMax} items` })(target, key);
    IsString({ each: true })(target, key);
    MaxLength(L.itemMax, { each: true, message: `each of ${name} must be at most ${L.itemMax} characters` })(
      target,
      key,
    );
  };
}

function HaltField(name: string) {
  return (target: object, key: string) => {
    Field(() => String, { defaultValue: '' })(target, key);
    Trim()(target, key);
    IsString()(target, key);
    MaxLength(L.haltNoteMax, { message: `${name} must be at most ${L.haltNoteMax} characters` })(target, key);
  };
}

@InputType()
export class PlanTriggersInput {
  @ListField('triggers.people') people: string[] = [];
  @ListField('triggers.places') places: string[] = [];
  @ListField('triggers.things') things: string[] = [];
  @ListField('triggers.feelings') feelings: string[] = [];
}

@InputType()
export class PlanHaltInput {
  @HaltField('halt.hungry') hungry = '';
  @HaltField('halt.angry') angry = '';
  @HaltField('halt.lonely') lonely = '';
  @HaltField('halt.tired') tired = '';
}

@InputType()
export class PlanPersonInput {
  @Field()
  @Trim()
  @IsString()
  @MinLength(1, { message: 'each person needs a name' })
  @MaxLength(L.personNameMax, { message: `a name must be at most ${L.personNameMax} characters` })
  name!: string;

  @Field()
  @Trim()
  @Matches(PHONE_PATTERN, {
    message: 'a phone number may use digits, spaces, and + ( ) - . only, like +1 555-0142',
  })
  phone!: string;

  @Field(() => String, { defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(L.personNoteMax, { message: `a note must be at most ${L.personNoteMax} characters` })
  note = '';
}

@InputType({ description: 'Your whole plan; saving replaces what was there.' })
export class RecoveryPlanInput {
  @ListField('warningSigns') warningSigns: string[] = [];

  @Field(() => PlanTriggersInput)
  @ValidateNested()
  @Type(() => PlanTriggersInput)
  triggers!: PlanTriggersInput;

  @Field(() => PlanHaltInput)
  @ValidateNested()
  @Type(() => PlanHaltInput)
  halt!: PlanHaltInput;

  @ListField('copingActions') copingActions: string[] = [];
  @ListField('reasons') reasons: string[] = [];

  @Field(() => [PlanPersonInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(L.peopleMax, { message: `people may have at most ${L.peopleMax} entries` })
  @ValidateNested({ each: true })
  @Type(() => PlanPersonInput)
  people: PlanPersonInput[] = [];
}
