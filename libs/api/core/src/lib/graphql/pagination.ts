import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { GRAPHQL_MAX_PAGE_SIZE } from './graphql-limits';
import { badInput } from '../errors/app-error';

/** Cursor paging with a bounded page size. Cursors are opaque base64url strings. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${GRAPHQL_MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(GRAPHQL_MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, isValid: (value: unknown) => value is T): T {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw badInput('That page cursor is not valid. Start again from the first page.');
}

/** Complexity of a list field: its page size times the cost of one item (used as `@Field({ complexity })`). */
export const listComplexity = ({
  args,
  childComplexity,
}: {
  args: { first?: number };
  childComplexity: number;
}) => (args.first ?? 20) * Math.max(childComplexity, 1);
