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

/** How a key matches the folded query, or null. Typos are tried only when `budget` allows them. */
export function matchTier(query: string, key: string, budget: number): number | null {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`)) return 2;
  if (!budget) return null;
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
  constructor(readonly entries: readonly PlaceEntry[]) {}

  search(text: string, limit: number): PlaceMatch[] {
    const query = foldName(text);
    if (!query) return [];
    // a postal code with a wrong digit is another real postal code: digits are never "corrected"
    const budget = /\d/.test(query) ? 0 : typoBudget(query.length);
    const matches: PlaceMatch[] = [];
    for (const place of this.entries) {
      const tier = matchTier(query, place.key, budget);
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
