/**
 * The one text normalization every free-text input goes through at the edge (GraphQL arguments through
 * TextPipe, socket payloads through their parsers):
 * - NUL and lone surrogates are refused (PostgreSQL rejects both, and no person types them);
 * - Unicode NFC; CR LF and CR become LF;
 * - control characters (C0, DEL, C1 including U+0085) are removed, except LF and tab;
 * - bidi overrides, embeddings, isolates and marks (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C) and
 *   zero-width characters (U+200B, U+200C, U+2060–2064, U+FEFF) are removed; the zero-width joiner (U+200D)
 *   is kept only between two emoji (family and profession sequences), removed anywhere else;
 * - text that had characters but has nothing visible left is refused.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const INVISIBLE = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF]/g;
/** A ZWJ not preceded by an emoji (optionally with its presentation selector or skin tone) or not followed by one. */
const STRAY_ZWJ =
  /(?<!\p{Extended_Pictographic}|\u{FE0F}|\p{Emoji_Modifier})\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const LONE_SURROGATE = /\p{Surrogate}/u;

export type TextProblem = 'nul' | 'surrogate' | 'invisible-only';

export class TextRefused extends Error {
  constructor(readonly problem: TextProblem) {
    super(TEXT_PROBLEM_MESSAGES[problem]);
    this.name = 'TextRefused';
  }
}

export const TEXT_PROBLEM_MESSAGES: Record<TextProblem, string> = {
  nul: 'must not contain NUL characters',
  surrogate: 'must be valid Unicode text (it has a lone surrogate)',
  'invisible-only': 'has only invisible characters: write something visible',
};

/** Refuses what no store accepts (NUL, lone surrogates); everything else is left as it is. */
export function checkEncodable(text: string): void {
  if (text.includes('\u0000')) throw new TextRefused('nul');
  if (LONE_SURROGATE.test(text)) throw new TextRefused('surrogate');
}

/** Normalizes one text as described above; throws TextRefused. */
export function normalizeText(text: string): string {
  checkEncodable(text);
  const out = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(STRAY_ZWJ, '');
  if (out !== text && text.trim() !== '' && out.trim() === '') throw new TextRefused('invisible-only');
  return out;
}
