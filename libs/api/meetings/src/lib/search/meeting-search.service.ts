import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, decodeCursor, encodeCursor, queryNamed } from '@kinship/api/core';
import { parseClock } from '../domain/time';
import type { MeetingEntity } from '../entities/meeting.entity';
import { MAX_WIDEN_KM } from '../dto/meeting.model';
import { rowToMeeting, type MeetingRow } from './meeting-row';
import { DistanceUnit, type MeetingFilter } from '../dto/search.inputs';
import {
  ACTIVE_ATTENDANCE,
  isSearchCursor,
  nearSearchSql,
  nthNearestSql,
  scheduleSearchSql,
  type SearchCriteria,
  type SearchCursor,
} from './search-query';

export const METERS_PER_MILE = 1609.344;
/** Group search's widening limit: about half the Earth's circumference, so everything is in reach. */
export const MAX_WIDENED_RADIUS_METERS = 20_050_000;
/**
 * Meeting search widens at most this far (or to the radius asked, when larger): a meeting 3,000 km away
 * is no help to someone looking for one tonight. Beyond it the search says that nothing is near.
 */
export const MAX_WIDEN_METERS = MAX_WIDEN_KM * 1000;

export interface SearchHit {
  meeting: MeetingEntity;
  distanceMeters: number | null;
  cursor: string;
}

export interface SearchPage {
  hits: SearchHit[];
  hasNextPage: boolean;
  radiusMeters: number | null;
  widened: boolean;
  /** Near a point: the radius asked for. */
  requestedRadiusMeters: number | null;
  /** Near a point, on the first page: nothing matched within the radius, even widened to its bound. */
  nothingNear: boolean;
}

export interface SearchScope {
  /** Admins see unpublished meetings when they ask; group contacts those of their groups. */
  canSeeUnpublished: 'all' | string[] | 'none';
}

/** Turns the GraphQL filter into criteria, refusing combinations that make no sense. */
export function toCriteria(
  filter: MeetingFilter | undefined,
  scope: SearchScope,
  now = new Date(),
  point?: { latitude: number; longitude: number },
): SearchCriteria {
  const f = filter ?? {};
  if ((f.timeFrom === undefined) !== (f.timeTo === undefined)) {
    throw badInput('Give both timeFrom and timeTo for a time window (for example 17:00 and 21:00).', {
      fields: [{ field: f.timeFrom === undefined ? 'timeFrom' : 'timeTo', message: 'needed with the other' }],
    });
  }
  if (f.near && !point) throw new Error('near needs a point: resolve it with nearPoint() first');
  const near =
    f.near && point
      ? {
          latitude: point.latitude,
          longitude: point.longitude,
          radiusMeters: f.near.radius * (f.near.unit === DistanceUnit.MI ? METERS_PER_MILE : 1000),
          widenToAtLeast: f.near.widenToAtLeast,
        }
      : undefined;
  const includeUnpublished = Boolean(f.includeUnpublished) && scope.canSeeUnpublished !== 'none';
  return {
    near,
    days: f.days,
    fromMinute: f.timeFrom ? (parseClock(f.timeFrom) ?? undefined) : undefined,
    toMinute: f.timeTo ? (parseClock(f.timeTo) ?? undefined) : undefined,
    viewerTimeZone: f.timeZone,
    startingWithinMinutes: f.startingWithinMinutes,
    at: f.at ?? now,
    programCodes: f.programs?.map((p) => p.trim().toUpperCase()),
    types: f.types?.map((t) => t.trim()).filter(Boolean),
    attendance: f.attendance?.length ? [...new Set(f.attendance)] : ACTIVE_ATTENDANCE,
    query: f.query || undefined,
    region: f.region || undefined,
    groupId: f.groupId,
    includeUnpublished,
    unpublishedGroupIds:
      includeUnpublished && Array.isArray(scope.canSeeUnpublished) ? scope.canSeeUnpublished : undefined,
  };
}

/**
 * Meeting search: near a point (GiST radius search, widened on request until enough meetings match every
 * filter, but never past MAX_WIDEN_METERS), or by schedule. One statement returns the page's meetings in order (plus one index walk when
 * widening), each a named statement (planned once per connection); what the page shows of programs,
 * groups and types comes from per-request loaders.
 */
@Injectable()
export class MeetingSearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(criteria: SearchCriteria, first: number, after?: string): Promise<SearchPage> {
    const cursor = after ? decodeCursor<SearchCursor>(after, isSearchCursor) : undefined;
    if (criteria.near) return this.searchNear(criteria, first, cursor);
    if (cursor && !('t' in cursor))
      throw badInput('That page cursor belongs to another search. Start again.');
    const { sql, params } = scheduleSearchSql(criteria, first + 1, cursor);
    const rows = await queryNamed<MeetingRow & { next_start: Date }>(this.dataSource, sql, params);
    return {
      hits: rows.slice(0, first).map((r) => ({
        meeting: rowToMeeting(r),
        distanceMeters: null,
        cursor: encodeCursor({ t: new Date(r.next_start).toISOString(), id: r.id }),
      })),
      hasNextPage: rows.length > first,
      radiusMeters: null,
      widened: false,
      requestedRadiusMeters: null,
      nothingNear: false,
    };
  }

  private async searchNear(
    criteria: SearchCriteria,
    first: number,
    cursor?: SearchCursor,
  ): Promise<SearchPage> {
    const near = criteria.near!;
    if (cursor && !('r' in cursor))
      throw badInput('That page cursor belongs to another search. Start again.');
    let radius = cursor ? cursor.r : near.radiusMeters;
    let widened = false;
    if (!cursor && near.widenToAtLeast) {
      // bounded: never past MAX_WIDEN_METERS (or the radius asked, if larger)
      const bound = Math.max(near.radiusMeters, MAX_WIDEN_METERS);
      const { sql, params } = nthNearestSql(criteria, near.widenToAtLeast);
      const rows = await queryNamed<{ distance_m: number }>(this.dataSource, sql, params);
      const needed = rows[0] ? rows[0].distance_m + 1 : bound;
      if (needed > radius) {
        radius = Math.min(needed, bound);
        widened = radius > near.radiusMeters;
      }
    }
    const { sql, params } = nearSearchSql(
      criteria,
      radius,
      first + 1,
      cursor && 'd' in cursor ? cursor : undefined,
    );
    const rows = await queryNamed<MeetingRow & { distance_m: number }>(this.dataSource, sql, params);
    return {
      hits: rows.slice(0, first).map((r) => ({
        meeting: rowToMeeting(r),
        distanceMeters: r.distance_m,
        cursor: encodeCursor({ r: radius, d: r.distance_m, id: r.id }),
      })),
      hasNextPage: rows.length > first,
      radiusMeters: radius,
      widened,
      requestedRadiusMeters: near.radiusMeters,
      nothingNear: !cursor && rows.length === 0,
    };
  }
}
