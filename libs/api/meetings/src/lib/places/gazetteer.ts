import { foldName, typoBudget, typoDistance } from './text';
import { PlaceKind, type PlaceEntry } from './place-kind';

export interface PlaceMatch {
  place: PlaceEntry;
  /** 0 exact, 1 prefix, 2 a later word's prefix, 3+ typo matches (fewer typos, whole names first). */
  tier: number;
}

const byRelevance = (a: PlaceMatch, b: PlaceMatch) =>
  a.tier - b.tier ||
  Number(b.place.own) - Number(a.place.own) ||
  b.place.weight - a.place.weight ||
  a.place.name.localeCompare(b.place.name);

/** Which of a–z (and 0–9, folded onto the same 32 bits) a text holds: a cheap test before typo matching. */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << (26 + ((c - 48) % 6));
  }
  return mask;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v; v &= v - 1) count++;
  return count;
}

/**
 * How a key matches the folded query, or null. Typos are tried only when `budget` allows them, and only
 * when the key lacks at most `budget` of the query's letters (each missing letter takes an edit at least).
 */
export function matchTier(
  query: string,
  key: string,
  budget: number,
  masks?: { query: number; key: number },
): number | null {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`)) return 2;
  if (!budget) return null;
  if (masks && bitCount(masks.query & ~masks.key) > budget) return null;
  // columns past the query's length plus the budget never help: a longer key only matters as a prefix
  const cut = key.length > query.length + budget ? key.slice(0, query.length + budget) : key;
  const { whole, prefix } = typoDistance(query, cut, budget);
  const wholeDistance = cut === key ? whole : budget + 1;
  if (wholeDistance <= budget) return 1 + 2 * wholeDistance;
  if (prefix <= budget) return 2 + 2 * prefix;
  return null;
}

/**
 * A list of places searched by name: exact names first, then names that start with what was typed, then
 * names a typo or two away; within each, our own places (they have meetings), then by population.
 */
export class Gazetteer {
  private readonly masks: Int32Array;

  constructor(readonly entries: readonly PlaceEntry[]) {
    this.masks = Int32Array.from(entries, (entry) => letterMask(entry.key));
  }

  search(text: string, limit: number): PlaceMatch[] {
    const query = foldName(text);
    if (!query) return [];
    // a postal code with a wrong digit is another real postal code: digits are never "corrected"
    const budget = /\d/.test(query) ? 0 : typoBudget(query.length);
    const masks = { query: letterMask(query), key: 0 };
    const matches: PlaceMatch[] = [];
    for (let i = 0; i < this.entries.length; i++) {
      const place = this.entries[i];
      masks.key = this.masks[i];
      const tier = matchTier(query, place.key, budget, masks);
      if (tier !== null) matches.push({ place, tier });
    }
    return matches.sort(byRelevance).slice(0, limit);
  }
}

/** Merges searches over several lists, keeping one entry per name, area and kind (our own first). */
export function mergeMatches(lists: PlaceMatch[][], limit: number): PlaceMatch[] {
  const seen = new Set<string>();
  const merged: PlaceMatch[] = [];
  for (const match of lists.flat().sort(byRelevance)) {
    const { place } = match;
    const kind =
      place.kind === PlaceKind.POSTAL_CODE ? 'postal' : place.kind === PlaceKind.VENUE ? 'venue' : 'area';
    const where = place.region ? place.region.toLowerCase() : (place.country ?? '');
    const id = `${kind}|${place.key}|${where}`;
    if (seen.has(id)) continue;
    seen.add(id);
    merged.push(match);
    if (merged.length === limit) break;
  }
  return merged;
}
