import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A crisis or help line.' })
export class HelpLine {
  @Field(() => ID, { description: 'Stable id; the web client translates names and notes by it.' })
  id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) call!: string | null;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => String, { nullable: true }) tty!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}
