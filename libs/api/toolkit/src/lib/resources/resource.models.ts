import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ResourceKind, ResourceProgram, WorksheetKind } from '../shared/toolkit.enums';

@ObjectType({
  description:
    'A resource of the library: a link out, a help line, a tool or a short how-to, written in our own words.',
})
export class Resource {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field({ description: 'Plain text; paragraphs are separated by a blank line. Often empty.' })
  body!: string;
  @Field(() => [String], { description: 'Ordered steps, for how-tos.' }) steps!: string[];
  @Field(() => [ResourceProgram]) programs!: ResourceProgram[];
  @Field(() => ResourceKind) kind!: ResourceKind;
  @Field({ description: 'en or es.' }) language!: string;
  @Field(() => String, { nullable: true, description: 'ISO country code for a country’s help line.' })
  country!: string | null;
  @Field(() => String, { nullable: true, description: 'The resource itself, on its own site.' })
  url!: string | null;
  @Field(() => String, { nullable: true, description: 'A number to call.' }) phone!: string | null;
  @Field(() => String, { nullable: true, description: 'A number to text.' }) textNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'A TTY number.' }) tty!: string | null;
  @Field(() => String, { nullable: true, description: 'The public source of the facts stated.' })
  sourceUrl!: string | null;
  @Field(() => WorksheetKind, {
    nullable: true,
    description: 'A worksheet a member can fill in here for this tool.',
  })
  worksheetKind!: WorksheetKind | null;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class ResourcePage {
  @Field(() => [Resource]) resources!: Resource[];
  @Field(() => Int, { description: 'Resources matching the search and filters.' }) total!: number;
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}
