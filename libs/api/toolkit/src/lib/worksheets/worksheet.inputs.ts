import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { TOOLKIT_LIMITS } from '@kinship/shared/contracts';
import { WorksheetKind } from '../shared/toolkit.enums';
import { Trim, TrimList } from '../shared/validators';

const L = TOOLKIT_LIMITS.worksheet;

function TextField(name: string) {
  return (target: object, key: string) => {
    Field(() => String, { defaultValue: '' })(target, key);
    Trim()(target, key);
    IsString()(target, key);
    MaxLength(L.fieldMax, { message: `${name} must be at most ${L.fieldMax} characters` })(target, key);
  };
}

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

/** What every worksheet has: an id when updating, and a title. */
@InputType({ isAbstract: true })
abstract class WorksheetBase {
  @Field(() => ID, { nullable: true, description: 'Leave out to start a new worksheet.' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a worksheet id' })
  id?: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, L.titleMax, { message: `title must be 1 to ${L.titleMax} characters long` })
  title!: string;
}

@InputType()
export class CostBenefitInput extends WorksheetBase {
  @TextField('behavior') behavior = '';
  @ListField('usingBenefits') usingBenefits: string[] = [];
  @ListField('usingCosts') usingCosts: string[] = [];
  @ListField('notUsingBenefits') notUsingBenefits: string[] = [];
  @ListField('notUsingCosts') notUsingCosts: string[] = [];
  @TextField('reflection') reflection = '';
}

@InputType()
export class AbcInput extends WorksheetBase {
  @TextField('activatingEvent') activatingEvent = '';
  @TextField('beliefs') beliefs = '';
  @TextField('consequences') consequences = '';
  @TextField('disputing') disputing = '';
  @TextField('effectiveBeliefs') effectiveBeliefs = '';
}

@InputType()
export class ChangePlanInput extends WorksheetBase {
  @TextField('changes') changes = '';
  @TextField('reasons') reasons = '';
  @TextField('steps') steps = '';
  @TextField('helpers') helpers = '';
  @TextField('signsOfSuccess') signsOfSuccess = '';
  @TextField('obstacles') obstacles = '';
}

@ArgsType()
export class WorksheetIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a worksheet id' })
  id!: string;
}

@ArgsType()
export class ShareWorksheetArgs extends WorksheetIdArgs {
  @Field({ description: 'True: share with your current sponsor or mentor. False: stop sharing.' })
  @IsBoolean()
  shared!: boolean;
}

@ArgsType()
export class MyWorksheetsArgs {
  @Field(() => WorksheetKind, { nullable: true })
  @IsOptional()
  @IsEnum(WorksheetKind)
  kind?: WorksheetKind;
}
