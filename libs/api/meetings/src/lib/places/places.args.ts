import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { trim } from '../dto/validators';

export const MAX_PLACES = 20;

@ArgsType()
export class PlacesArgs {
  @Field({ description: 'A name or postal code as typed: case, accents and a typo or two do not matter.' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'query must not be empty' })
  @MaxLength(100, { message: 'query must be at most 100 characters' })
  query!: string;

  @Field(() => Int, { defaultValue: 8, description: `How many places, 1 to ${MAX_PLACES}.` })
  @IsInt()
  @Min(1, { message: `first must be 1 to ${MAX_PLACES}` })
  @Max(MAX_PLACES, { message: `first must be 1 to ${MAX_PLACES}` })
  first = 8;
}
