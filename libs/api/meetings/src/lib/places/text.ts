/** Place names compared as people type them: no accents, no case, one space between words. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[øœæłđı]/g, (c) => FOLDS[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FOLDS: Record<string, string> = { ø: 'o', œ: 'oe', æ: 'ae', ł: 'l', đ: 'd', ı: 'i' };

/** How many typos a query of this length may carry: none for 1–3 letters, one up to 7, then two. */
export const typoBudget = (length: number) => (length <= 3 ? 0 : length <= 7 ? 1 : 2);

/**
 * Optimal string alignment distance (Damerau–Levenshtein where each letter is edited once: insertion,
 * deletion, substitution or swapping two neighbours) between the query and the whole key, and between the
 * query and the key's best-matching beginning (so "brookl" is one typo from a prefix of "brooklyn").
 * Gives up early, returning `max + 1` for both, once no alignment can stay within `max`.
 */
export function typoDistance(query: string, key: string, max: number): { whole: number; prefix: number } {
  const n = query.length;
  const m = key.length;
  const over = { whole: max + 1, prefix: max + 1 };
  if (n - m > max) return over;
  const width = m + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  // three rows of the table over the key, for query positions i-2, i-1 and i, reused across calls
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= m; j++) rows[previous + j] = j;
  for (let i = 1; i <= n; i++) {
    rows[current] = i;
    let rowMin = i;
    const q = query.charCodeAt(i - 1);
    const qBack = i > 1 ? query.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const k = key.charCodeAt(j - 1);
      let d = Math.min(
        rows[previous + j] + 1,
        rows[current + j - 1] + 1,
        rows[previous + j - 1] + (q === k ? 0 : 1),
      );
      if (j > 1 && q === key.charCodeAt(j - 2) && qBack === k) d = Math.min(d, rows[before + j - 2] + 1);
      rows[current + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return over;
    [before, previous, current] = [previous, current, before];
  }
  // `previous` is now the query's last row: its last cell is the whole key, its minimum the best prefix
  let prefix = max + 1;
  for (let j = Math.max(0, n - max); j <= Math.min(m, n + max); j++)
    prefix = Math.min(prefix, rows[previous + j]);
  return { whole: Math.min(rows[previous + m], max + 1), prefix };
}

let rows = new Int32Array(96);
