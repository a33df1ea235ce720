import type { DataSource } from 'typeorm';
import { loadRows, type BmltRow, type ServiceBodyTree } from './bmlt-directory';
import type { BmltFormat } from './bmlt-formats';
import { distanceKm, matchingHits, type Hit, type SearchRequest } from './bmlt-search';

/** Half the Earth's circumference at the mean radius `distanceKm` uses: every point lies within it. */
const EVERYWHERE_KM = Math.PI * 6371.0088;

/** How much wider each round of an auto-radius search reads (16 times the area). */
const WIDEN = 4;

export interface NearSearch {
  dataSource: DataSource;
  req: SearchRequest & { near: NonNullable<SearchRequest['near']> };
  meetingIds?: number[];
  /** The service body tree to filter with, given the rows read. */
  treeFor: (rows: BmltRow[]) => Promise<ServiceBodyTree>;
  formats: Map<string, BmltFormat>;
  rootServerUri: string;
}

/**
 * The hits of a position search, read nearest-first instead of from every published meeting. A fixed
 * radius reads the rows inside it. An auto-radius (the closest N meetings that pass every filter) starts
 * at the N-th closest published position (a KNN walk of the GiST index) and widens until N hits lie within
 * the radius read: every hit up to the N-th closest one's distance is then among them, so what is served is
 * exactly what filtering every meeting gives.
 */
export async function nearHits(search: NearSearch): Promise<Hit[]> {
  const { near } = search.req;
  if (near.radiusKm !== undefined) return hitsWithin(search, Math.min(near.radiusKm, EVERYWHERE_KM));
  const wanted = near.atLeast ?? 1;
  let km = await nthClosestKm(search.dataSource, near.latitude, near.longitude, wanted);
  for (;;) {
    const hits = await hitsWithin(search, km);
    if (km >= EVERYWHERE_KM || hits.filter((h) => h.km! <= km).length >= wanted) return hits;
    km = Math.min(EVERYWHERE_KM, Math.max(km, 1) * WIDEN);
  }
}

async function hitsWithin(search: NearSearch, km: number): Promise<Hit[]> {
  const { near } = search.req;
  const everywhere = km >= EVERYWHERE_KM;
  const rows = await loadRows(
    search.dataSource,
    search.meetingIds,
    everywhere ? undefined : { latitude: near.latitude, longitude: near.longitude, km },
  );
  return matchingHits(rows, search.req, await search.treeFor(rows), search.formats, search.rootServerUri);
}

/** The distance to the n-th closest published meeting with an exact position (everywhere when fewer). */
async function nthClosestKm(dataSource: DataSource, latitude: number, longitude: number, n: number) {
  const [row]: { latitude: number; longitude: number }[] = await dataSource.query(
    `SELECT m.latitude, m.longitude
       FROM meetings m
      WHERE m.published AND m.earth IS NOT NULL
      ORDER BY m.earth <-> ll_to_earth($1::float8, $2::float8)
     OFFSET $3::int - 1 LIMIT 1`,
    [latitude, longitude, n],
  );
  if (!row) return EVERYWHERE_KM;
  return distanceKm(latitude, longitude, row.latitude, row.longitude) * (1 + 1e-9) + 1e-6;
}
