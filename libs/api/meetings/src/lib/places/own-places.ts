import type { DataSource } from 'typeorm';
import { foldName } from './text';
import { Gazetteer } from './gazetteer';
import { PlaceKind, type PlaceEntry } from './place-kind';

interface OwnPlaceRow {
  kind: PlaceKind;
  name: string;
  region: string | null;
  latitude: number;
  longitude: number;
  meetings: number;
}

/**
 * Our own places, from published meetings people can go to (not online meetings' approximate cities):
 * venues, the areas meetings list as regions (neighbourhoods, boroughs), cities and postal codes, each at
 * the centre of its meetings, weighted by how many there are.
 */
const OWN_PLACES_SQL = `
  WITH located AS (
    SELECT * FROM meetings m
     WHERE m.published AND m.earth IS NOT NULL AND NOT m.approximate AND m.attendance IN ('IN_PERSON', 'HYBRID')
  ), places AS (
    SELECT 'VENUE' AS kind, btrim(venue) AS name, nullif(btrim(concat_ws(', ', city, state)), '') AS region,
           latitude, longitude FROM located WHERE nullif(btrim(venue), '') IS NOT NULL
    UNION ALL
    SELECT 'NEIGHBOURHOOD', btrim(r.name), nullif(btrim(coalesce(state, '')), ''), latitude, longitude
      FROM located CROSS JOIN LATERAL unnest(regions) AS r(name) WHERE nullif(btrim(r.name), '') IS NOT NULL
    UNION ALL
    SELECT 'CITY', btrim(city), nullif(btrim(coalesce(state, '')), ''), latitude, longitude
      FROM located WHERE nullif(btrim(city), '') IS NOT NULL
    UNION ALL
    SELECT 'POSTAL_CODE', btrim(postal_code), nullif(btrim(concat_ws(', ', city, state)), ''), latitude, longitude
      FROM located WHERE nullif(btrim(postal_code), '') IS NOT NULL
  )
  SELECT kind, name, region, avg(latitude)::float8 AS latitude, avg(longitude)::float8 AS longitude,
         count(*)::int AS meetings
    FROM places GROUP BY kind, name, region ORDER BY kind, name, region`;

export async function loadOwnPlaces(dataSource: DataSource): Promise<Gazetteer> {
  const rows: OwnPlaceRow[] = await dataSource.query(OWN_PLACES_SQL);
  const entries: PlaceEntry[] = rows.map((row) => ({
    name: row.name,
    key: foldName(row.name),
    region: row.region,
    country: null,
    kind: row.kind,
    latitude: row.latitude,
    longitude: row.longitude,
    weight: row.meetings,
    own: true,
  }));
  return new Gazetteer(entries.filter((e) => e.key));
}
