import { Field, ObjectType } from '@nestjs/graphql';
import { CrisisKindEnum } from '@kinship/api/safety';
import { HelpLine } from './help-line.model';

@ObjectType({
  description:
    'Help offered privately when what you wrote reads like a crisis: lines for your country, then what to do now. ' +
    'Nobody else is told.',
})
export class CrisisHelp {
  @Field(() => CrisisKindEnum) kind!: CrisisKindEnum;
  @Field(() => [HelpLine]) lines!: HelpLine[];
  @Field(() => [String], { description: 'What to do right now, in order (English).' }) steps!: string[];
}
