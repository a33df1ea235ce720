import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * A recovery program's code, from the one list of programs (the `programs` table, `recoveryPrograms`,
 * which admins extend). Sponsorship keeps no list of its own: the services check codes through core's
 * PROGRAM_CATALOG.
 */
export type SponsorshipProgram = string;

/** Longest code the programs table holds. */
export const PROGRAM_CODE_MAX = 20;

/**
 * A code as stored: upper-case, with hyphens where the former SponsorshipProgram enum had underscores
 * (RECOVERY_DHARMA is the program RECOVERY-DHARMA), so clients written against the enum keep working.
 */
export const toProgramCode = (value: string): string => value.trim().toUpperCase().replace(/_/g, '-');

function parse(value: unknown): string {
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > 40) {
    throw new GraphQLError('A program is a code from recoveryPrograms, such as "NA" or "SMART".', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * The GraphQL type of program codes. It keeps the name of the enum it replaces, and takes the enum's
 * values written bare (`program: NA`) as well as strings, so existing queries and variable declarations
 * (`$program: SponsorshipProgram`) stay valid; whether a code names a program is checked by the service.
 */
export const SponsorshipProgram = new GraphQLScalarType<string, string>({
  name: 'SponsorshipProgram',
  description:
    'A program code from recoveryPrograms (the programs admins keep), e.g. NA, AA, SMART. The former enum ' +
    'values are still accepted, bare or quoted (RECOVERY_DHARMA means RECOVERY-DHARMA).',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING || ast.kind === Kind.ENUM ? ast.value : undefined),
});
