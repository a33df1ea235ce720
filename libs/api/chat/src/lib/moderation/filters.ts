import { CHAT_FILTER_PATTERN_MAX } from '@kinship/shared/contracts';
import { badInput } from '@kinship/api/core';

export type FilterKind = 'word' | 'pattern';
export type FilterAction = 'block' | 'hold';

export interface FilterRule {
  pattern: string;
  kind: FilterKind;
  action: FilterAction;
}

const MAX_WILDCARDS = 4;
const ALLOWED = /^[\p{L}\p{N} '’.\-*?]+$/u;

/** Lower case without accents, so "Café" matches a filter on "cafe". */
export function foldForFilter(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Checks a moderator's filter pattern. Words and phrases match whole words, ignoring case and accents;
 * patterns may also use `*` (any letters) and `?` (one letter), at most four per pattern. No regular
 * expressions: a filter runs on every message, so it must never be able to hang a node.
 */
export function validateFilterPattern(pattern: string, kind: FilterKind): string {
  const trimmed = pattern.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 2 || trimmed.length > CHAT_FILTER_PATTERN_MAX) {
    throw badInput(`pattern must be 2 to ${CHAT_FILTER_PATTERN_MAX} characters long`);
  }
  if (!ALLOWED.test(trimmed)) {
    throw badInput(
      'pattern may use letters, digits, spaces, apostrophes, dots and hyphens (and * ? in patterns)',
    );
  }
  const wildcards = (trimmed.match(/[*?]/g) ?? []).length;
  if (kind === 'word' && wildcards > 0) throw badInput('Use the "pattern" kind for * and ? wildcards.');
  if (wildcards > MAX_WILDCARDS) throw badInput(`A pattern may use at most ${MAX_WILDCARDS} wildcards.`);
  if (trimmed.replace(/[*?\s]/g, '').length < 2) throw badInput('A pattern needs at least two letters.');
  return trimmed;
}

/** Words of a text or a pattern: runs of letters and digits (and, in patterns, the wildcards). */
function tokens(text: string, wildcards: boolean): string[] {
  return foldForFilter(text)
    .split(wildcards ? /[^\p{L}\p{N}*?]+/u : /[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/**
 * Glob match of one word (`*` any run of characters, `?` exactly one) by the two-pointer method, which
 * never backtracks further than the last star: O(word × pattern) at worst, whatever the input.
 */
export function globMatch(word: string, pattern: string): boolean {
  const w = [...word];
  const p = [...pattern];
  let wi = 0;
  let pi = 0;
  let star = -1;
  let mark = 0;
  while (wi < w.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === w[wi])) {
      wi += 1;
      pi += 1;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi;
      mark = wi;
      pi += 1;
    } else if (star >= 0) {
      pi = star + 1;
      mark += 1;
      wi = mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi += 1;
  return pi === p.length;
}

/** A compiled rule: its words, matched against consecutive words of a message. */
export interface CompiledFilter {
  words: string[];
  action: FilterAction;
}

export function compileFilter(rule: FilterRule): CompiledFilter {
  return { words: tokens(rule.pattern, rule.kind === 'pattern'), action: rule.action };
}

function matches(textWords: string[], filter: CompiledFilter): boolean {
  const n = filter.words.length;
  if (n === 0) return false;
  for (let i = 0; i + n <= textWords.length; i += 1) {
    let all = true;
    for (let j = 0; j < n && all; j += 1) all = globMatch(textWords[i + j], filter.words[j]);
    if (all) return true;
  }
  return false;
}

/** What the filters say about a message: block beats hold; null when nothing matches. */
export function applyFilters(text: string, rules: FilterRule[]): FilterAction | null {
  if (rules.length === 0) return null;
  const words = tokens(text, false);
  let result: FilterAction | null = null;
  for (const rule of rules) {
    if (!matches(words, compileFilter(rule))) continue;
    if (rule.action === 'block') return 'block';
    result = 'hold';
  }
  return result;
}
