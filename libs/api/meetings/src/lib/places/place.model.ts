import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PlaceKind } from './place-kind';

@ObjectType({
  description:
    'A place to search near: one of our meeting venues or areas, or a city or postal code from the offline gazetteer.',
})
export class Place {
  @Field() name!: string;
  @Field(() => String, {
    nullable: true,
    description: 'State, province or area ("NY"); for a postal code or venue, its town ("New York, NY").',
  })
  region!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166 country code, when known ("US").' })
  country!: string | null;
  @Field(() => PlaceKind) kind!: PlaceKind;
  @Field(() => Float, { description: 'Rounded to 3 decimals (about 100 m).' }) latitude!: number;
  @Field(() => Float, { description: 'Rounded to 3 decimals (about 100 m).' }) longitude!: number;
  @Field(() => Int, { description: 'Published meetings there (0 for a gazetteer place we have none at).' })
  meetings!: number;
}
