import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MeetingImportService, type ImportReport } from '@kinship/api/meetings';
import type { TestApp } from '../support/test-app';

export const FIXTURES = join(__dirname, '../../../../test/fixtures/data/meetings');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** A meeting in the Meeting Guide feed shape, with defaults for what a test does not care about. */
export function mg(slug: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug,
    name: `Meeting ${slug}`,
    day: 1,
    time: '19:00',
    end_time: '20:00',
    timezone: 'America/New_York',
    types: ['O'],
    ...over,
  };
}

/** An in-person meeting at a point. */
export const at = (slug: string, latitude: number, longitude: number, over: Record<string, unknown> = {}) =>
  mg(slug, {
    formatted_address: `${Math.abs(Math.round(latitude * 100))} Test St, Testville, NY 10001, USA`,
    latitude,
    longitude,
    ...over,
  });

/** An online meeting (a zoom link, an approximate city). */
export const online = (slug: string, over: Record<string, unknown> = {}) =>
  mg(slug, {
    formatted_address: 'New York, NY, USA',
    conference_url: `https://zoom.us/j/${slug.length}00`,
    ...over,
  });

export async function importFeed(
  app: TestApp,
  meetings: Record<string, unknown>[] | string,
  options: { source?: string; program?: string } = {},
): Promise<ImportReport> {
  const report = await app.running.app.get(MeetingImportService).run({
    text: typeof meetings === 'string' ? meetings : JSON.stringify(meetings),
    source: options.source ?? 'test',
    programCode: options.program ?? null,
  });
  if (!report.applied) throw new Error(`import failed: ${JSON.stringify(report.problems.slice(0, 5))}`);
  return report;
}

export const db = (app: TestApp) => app.running.app.get(DataSource);

/** Records every SQL statement the API runs while `work` runs. */
export async function statementsDuring(
  app: TestApp,
  work: () => Promise<unknown>,
): Promise<{ sql: string; params: unknown[] }[]> {
  const logger = db(app).logger;
  const original = logger.logQuery.bind(logger);
  const seen: { sql: string; params: unknown[] }[] = [];
  logger.logQuery = (query, parameters, runner) => {
    seen.push({ sql: query, params: Array.isArray(parameters) ? parameters : [] });
    return original(query, parameters, runner);
  };
  // the hot read paths query TypeORM's pg pool directly (named statements), past its logger
  const pool = (db(app).driver as unknown as { master: { query: PoolQuery } }).master;
  const poolQuery = pool.query;
  pool.query = function (this: unknown, config: unknown, values?: unknown) {
    if (config && typeof config === 'object' && 'text' in config) {
      const c = config as { text: string; values?: unknown[] };
      seen.push({ sql: c.text, params: c.values ?? [] });
    }
    return poolQuery.call(this, config, values);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
    pool.query = poolQuery;
  }
  return seen;
}
type PoolQuery = (this: unknown, config: unknown, values?: unknown) => unknown;

export const SEARCH = `query Search($filter: MeetingFilter, $first: Int, $after: String) {
  meetings(filter: $filter, first: $first, after: $after) {
    radiusKm widened
    pageInfo { endCursor hasNextPage }
    edges { distanceKm distanceMiles node { id slug name attendance days startTime timeZone } }
  }
}`;

export interface SearchResult {
  meetings: {
    radiusKm: number | null;
    widened: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: {
      distanceKm: number | null;
      distanceMiles: number | null;
      node: {
        id: string;
        slug: string;
        name: string;
        attendance: string;
        days: number[];
        startTime: string;
        timeZone: string;
      };
    }[];
  };
}

export async function search(
  app: TestApp,
  filter: Record<string, unknown>,
  first = 20,
  after?: string,
  token?: string,
) {
  const res = await app.gql<SearchResult>(SEARCH, { filter, first, after }, { token });
  if (!res.data) throw new Error(`search failed: ${JSON.stringify(res.errors)}`);
  return res.data.meetings;
}

export const slugs = (r: SearchResult['meetings']) => r.edges.map((e) => e.node.slug);
