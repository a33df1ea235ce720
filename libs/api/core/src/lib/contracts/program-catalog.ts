/**
 * The recovery programs (fellowships) are one vocabulary: the `programs` table that admins extend
 * (createRecoveryProgram). Features other than meetings (sponsorship) check program codes through this
 * contract instead of keeping their own list or importing the meetings feature. The meetings feature
 * provides it under PROGRAM_CATALOG.
 */
export interface ProgramCatalog {
  /** Of these upper-case codes, the ones that name a program today. */
  knownCodes(codes: readonly string[]): Promise<string[]>;
}

export const PROGRAM_CATALOG = Symbol('PROGRAM_CATALOG');
