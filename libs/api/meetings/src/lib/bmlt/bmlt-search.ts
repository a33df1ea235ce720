import type { BmltFormat } from './bmlt-formats';
import { type BmltRow, type ServiceBodyTree } from './bmlt-directory';
import { toBmltMeeting } from './bmlt-meeting';
import {
  allows,
  BmltParameterError,
  clock,
  decimal,
  flag,
  idSet,
  integer,
  names,
  text,
  type IdSet,
  type Query,
} from './bmlt-params';

const KM_PER_MILE = 1.609344;

/** Great-circle distance in km (the mean Earth radius, as BMLT's own server uses). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface SearchRequest {
  weekdays: IdSet;
  venueTypes: IdSet;
  formats: IdSet;
  formatsAnd: boolean;
  services: IdSet;
  recursive: boolean;
  meetingIds: IdSet;
  startsAfter?: number;
  startsBefore?: number;
  endsBefore?: number;
  minDuration?: number;
  maxDuration?: number;
  searchString?: string;
  near?: { latitude: number; longitude: number; radiusKm?: number; atLeast?: number };
  sortByDistance: boolean;
  sortKeys: string[];
  fields: string[];
  pageSize?: number;
  pageNum: number;
  usedFormats: boolean;
  meetingKey?: { key: string; value: string };
}

/** Reads GetSearchResults' parameters; anything unusable is a BmltParameterError naming it. */
export function readSearch(q: Query): SearchRequest {
  const operator = (text(q, 'formats_comparison_operator', 10) ?? 'AND').toUpperCase();
  if (operator !== 'AND' && operator !== 'OR')
    throw new BmltParameterError('formats_comparison_operator', 'formats_comparison_operator is AND or OR');
  const latitude = decimal(q, 'lat_val', -90, 90);
  const longitude = decimal(q, 'long_val', -180, 180);
  const miles = decimal(q, 'geo_width', -100000, 100000);
  const km = decimal(q, 'geo_width_km', -100000, 100000);
  let near: SearchRequest['near'];
  if ((latitude === undefined) !== (longitude === undefined))
    throw new BmltParameterError(
      latitude === undefined ? 'lat_val' : 'long_val',
      'give both lat_val and long_val',
    );
  if (latitude !== undefined && longitude !== undefined) {
    const width = km ?? (miles === undefined ? undefined : miles * KM_PER_MILE);
    if (width === undefined || width === 0)
      throw new BmltParameterError('geo_width', 'a position needs geo_width (miles) or geo_width_km');
    const atLeast = width < 0 ? Math.round(Math.abs(km ?? miles!)) : undefined;
    if (atLeast !== undefined && (atLeast < 1 || atLeast > 10000))
      throw new BmltParameterError(
        km === undefined ? 'geo_width' : 'geo_width_km',
        'a negative width asks for 1 to 10000 meetings',
      );
    near = { latitude, longitude, ...(width > 0 ? { radiusKm: width } : { atLeast }) };
  } else if (miles !== undefined || km !== undefined) {
    throw new BmltParameterError('lat_val', 'geo_width needs lat_val and long_val');
  }
  const meetingKey = text(q, 'meeting_key', 64);
  const searchString = text(q, 'SearchString', 200)?.trim();
  return {
    weekdays: idSet(q, 'weekdays', 1, 7),
    venueTypes: idSet(q, 'venue_types', 1, 3),
    formats: idSet(q, 'formats'),
    formatsAnd: operator === 'AND',
    services: idSet(q, 'services'),
    recursive: flag(q, 'recursive'),
    meetingIds: idSet(q, 'meeting_ids'),
    startsAfter: clock(q, 'StartsAfter'),
    startsBefore: clock(q, 'StartsBefore'),
    endsBefore: clock(q, 'EndsBefore'),
    minDuration: clock(q, 'MinDuration'),
    maxDuration: clock(q, 'MaxDuration'),
    searchString: searchString || undefined,
    near,
    sortByDistance: flag(q, 'sort_results_by_distance'),
    sortKeys: names(q, 'sort_keys'),
    fields: names(q, 'data_field_key'),
    pageSize: integer(q, 'page_size', 1, 100000),
    pageNum: integer(q, 'page_num', 1, 1000000) ?? 1,
    usedFormats: flag(q, 'get_used_formats') || flag(q, 'get_formats_explicitly'),
    meetingKey: meetingKey ? { key: meetingKey, value: text(q, 'meeting_key_value', 500) ?? '' } : undefined,
  };
}

export interface Hit {
  meeting: Record<string, string>;
  km: number | null;
}

const compareValues = (a: string, b: string) => {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b);
};

export interface SearchResult {
  meetings: Record<string, string>[];
  formatIds: Set<string>;
}

/**
 * GetSearchResults over the published meetings: every filter first, then the distance (a negative width
 * widens to the closest N meetings that pass every filter), then sorting and paging.
 */
export function searchMeetings(
  rows: BmltRow[],
  req: SearchRequest,
  tree: ServiceBodyTree,
  formats: Map<string, BmltFormat>,
  rootServerUri: string,
): SearchResult {
  return servedMeetings(matchingHits(rows, req, tree, formats, rootServerUri), req);
}

/** Every meeting (one per row and weekday) among `rows` that passes every filter, with its distance. */
export function matchingHits(
  rows: BmltRow[],
  req: SearchRequest,
  tree: ServiceBodyTree,
  formats: Map<string, BmltFormat>,
  rootServerUri: string,
): Hit[] {
  const wantedServices = {
    include: new Set(
      req.recursive ? req.services.include.flatMap((id) => tree.descendants(id)) : req.services.include,
    ),
    exclude: new Set(
      req.recursive ? req.services.exclude.flatMap((id) => tree.descendants(id)) : req.services.exclude,
    ),
  };
  const needle = req.searchString?.toLowerCase();
  const hits: Hit[] = [];
  for (const row of rows) {
    const body = tree.bodyOf(row);
    if (wantedServices.exclude.has(body)) continue;
    if (wantedServices.include.size && !wantedServices.include.has(body)) continue;
    for (const day of row.days) {
      const m = toBmltMeeting(row, day + 1, body, formats, rootServerUri);
      if (!allows(req.weekdays, day + 1) || !allows(req.venueTypes, Number(m['venue_type']))) continue;
      if (!allows(req.meetingIds, Number(m['id_bigint']))) continue;
      const ids = m['format_shared_id_list'].split(',').filter(Boolean).map(Number);
      if (req.formats.exclude.some((f) => ids.includes(f))) continue;
      if (req.formats.include.length) {
        const has = req.formats.include.filter((f) => ids.includes(f)).length;
        if (req.formatsAnd ? has < req.formats.include.length : has === 0) continue;
      }
      if (req.startsAfter !== undefined && row.start_minute <= req.startsAfter) continue;
      if (req.startsBefore !== undefined && row.start_minute >= req.startsBefore) continue;
      if (req.endsBefore !== undefined && row.start_minute + row.duration_minutes > req.endsBefore) continue;
      if (req.minDuration !== undefined && row.duration_minutes < req.minDuration) continue;
      if (req.maxDuration !== undefined && row.duration_minutes > req.maxDuration) continue;
      if (req.meetingKey && (m[req.meetingKey.key] ?? '') !== req.meetingKey.value) continue;
      if (needle && !searchText(m).includes(needle)) continue;
      let km: number | null = null;
      if (req.near) {
        if (row.latitude === null || row.longitude === null) continue;
        km = distanceKm(req.near.latitude, req.near.longitude, row.latitude, row.longitude);
        if (req.near.radiusKm !== undefined && km > req.near.radiusKm) continue;
      }
      hits.push({ meeting: m, km });
    }
  }
  return hits;
}

/** The auto-radius (the N-th closest hit's distance), then sorting, paging and the fields asked for. */
export function servedMeetings(matching: Hit[], req: SearchRequest): SearchResult {
  let hits = matching;
  if (req.near?.atLeast !== undefined) {
    const distances = hits.map((h) => h.km!).sort((a, b) => a - b);
    const radius = distances[Math.min(req.near.atLeast, distances.length) - 1] ?? 0;
    hits = hits.filter((h) => h.km! <= radius);
  }
  hits.sort((a, b) => {
    if (req.sortByDistance && a.km !== null && b.km !== null && a.km !== b.km) return a.km - b.km;
    for (const key of req.sortKeys.length ? req.sortKeys : ['weekday_tinyint', 'start_time', 'id_bigint']) {
      const c = compareValues(a.meeting[key] ?? '', b.meeting[key] ?? '');
      if (c !== 0) return c;
    }
    return compareValues(a.meeting['id_bigint'], b.meeting['id_bigint']);
  });
  if (req.pageSize) hits = hits.slice((req.pageNum - 1) * req.pageSize, req.pageNum * req.pageSize);
  const formatIds = new Set(
    hits.flatMap((h) => h.meeting['format_shared_id_list'].split(',').filter(Boolean)),
  );
  const meetings = hits.map(({ meeting, km }) => {
    const full =
      km === null
        ? meeting
        : { ...meeting, distance_in_km: String(km), distance_in_miles: String(km / KM_PER_MILE) };
    if (!req.fields.length) return full;
    const picked: Record<string, string> = {};
    for (const key of req.fields) if (key in full) picked[key] = full[key];
    return picked;
  });
  return { meetings, formatIds };
}

const SEARCHED = [
  'meeting_name',
  'location_text',
  'location_info',
  'location_street',
  'location_neighborhood',
  'location_municipality',
  'location_sub_province',
  'location_province',
  'location_postal_code_1',
  'comments',
];

const searchText = (m: Record<string, string>) =>
  SEARCHED.map((k) => m[k])
    .join('\n')
    .toLowerCase();
