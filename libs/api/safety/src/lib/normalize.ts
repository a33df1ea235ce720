/** Punctuation that ends a clause; everything else that is not a letter or digit becomes a space. */
const CLAUSE_END = /[.!?;:,\n\r()"“”«»¿¡]+/u;

/** Lower case, no accents, apostrophes dropped ("I'm" → "im"), "OD'd" spelled "oded". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bod['’`]?d\b/gu, 'oded')
    .replace(/\bod['’`]?ing\b/gu, 'oding')
    .replace(/['’`´]/gu, '');
}

/** Words of one clause, punctuation gone, runs of three or more of a letter cut to two ("sooo" → "soo"). */
export function clauseWords(clause: string): string[] {
  return clause
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** The message in clauses, split at sentence punctuation. */
export function rawClauses(text: string): string[] {
  // An ellipsis is a pause, not the end of a thought ("no… respira").
  return foldText(text.replace(/…|\.{2,}/gu, ' ')).split(CLAUSE_END);
}

/**
 * The text the old single-list detector matched against, kept for callers and tests: one line of words
 * between single spaces.
 */
export function normalizeForMatching(text: string): string {
  const words = rawClauses(text).flatMap(clauseWords);
  return ` ${words.join(' ')} `;
}
