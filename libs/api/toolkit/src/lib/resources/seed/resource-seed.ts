import type { ResourceKind, ResourceProgram, WorksheetKind } from '../../shared/toolkit.enums';

/**
 * One resource of the library as shipped. Texts are ours; facts come from the linked public sources.
 * `key` is stable forever: the seeder finds the row by it (and leaves it alone once an admin edited or
 * deleted it).
 */
export interface ResourceSeed {
  key: string;
  title: string;
  summary: string;
  body?: string;
  steps?: string[];
  programs: ResourceProgram[];
  kind: ResourceKind;
  language: 'en' | 'es';
  country?: string;
  url?: string;
  phone?: string;
  textNumber?: string;
  tty?: string;
  sourceUrl?: string;
  worksheetKind?: WorksheetKind;
}

/** Paragraphs of a body, joined the way the web client splits them (a blank line between). */
export const paragraphs = (...parts: string[]) => parts.join('\n\n');
