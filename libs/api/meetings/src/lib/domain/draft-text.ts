import { normalizeText, TextRefused } from '@kinship/api/core';
import type { DraftField, MeetingDraft } from './meeting-draft';

export interface DraftTextProblem {
  field: DraftField;
  message: string;
}

/**
 * Every text of a draft through the platform's one text normalization (the same as GraphQL arguments and
 * socket payloads get): imported files are outside input too, and JSON escapes such as "\u202e" or
 * "\u0000" only become characters after parsing. A value that cannot be stored (NUL, a lone surrogate)
 * or has nothing visible left is dropped and reported on its field.
 */
export function normalizeDraftText(draft: MeetingDraft): {
  draft: MeetingDraft;
  problems: DraftTextProblem[];
} {
  const problems: DraftTextProblem[] = [];
  const clean = (field: DraftField, value: string): string | null => {
    try {
      return normalizeText(value);
    } catch (error) {
      if (!(error instanceof TextRefused)) throw error;
      problems.push({ field, message: `the text ${error.message}` });
      return null;
    }
  };
  const out: Record<string, unknown> = { ...draft };
  for (const [key, value] of Object.entries(draft)) {
    const field = key as DraftField;
    if (typeof value === 'string') out[key] = clean(field, value);
    else if (Array.isArray(value))
      out[key] = value.map((v) => (typeof v === 'string' ? clean(field, v) : v)).filter((v) => v !== null);
    else if (field === 'extras' && value && typeof value === 'object') {
      const extras: Record<string, string> = {};
      for (const [name, text] of Object.entries(value as Record<string, string>)) {
        const cleaned = clean(field, text);
        if (cleaned !== null) extras[name] = cleaned;
      }
      out[key] = extras;
    }
  }
  return { draft: out as unknown as MeetingDraft, problems };
}
