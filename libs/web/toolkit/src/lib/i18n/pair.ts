import type { SameKeys, TranslationTree } from '@kinship/web/i18n';

/** One part of the toolkit's namespace in English and Spanish; the compiler checks Spanish has every key. */
export function pair<T extends TranslationTree>(en: T, es: SameKeys<T>): { en: T; es: SameKeys<T> } {
  return { en, es };
}
