import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MeetingRecord } from '../domain/normalize';
import { shortHash } from '../domain/slug';
import type { TypeDefinition } from '../vocabulary/vocabulary';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** The columns of jsonb_to_recordset for a MeetingRecord, in snake_case. */
const RECORD_COLUMNS = `
  source_key text, slug text, name text, program_code text, group_key text, group_id uuid, days smallint[],
  start_minute smallint, duration_minutes smallint, duration_given boolean, time_zone text, types text[], notes text, venue text,
  address text, city text, state text, postal_code text, country text, formatted_address text,
  location_notes text, regions text[], latitude double precision, longitude double precision,
  approximate boolean, conference_url text, conference_url_notes text, conference_phone text,
  conference_phone_notes text, attendance text, url text, feedback_url text, extras jsonb,
  published boolean, source_updated_at timestamptz, search_text text, content_hash text, overrides jsonb`;

const UPDATED_COLUMNS = [
  'slug',
  'name',
  'program_id',
  'group_id',
  'days',
  'start_minute',
  'duration_minutes',
  'duration_given',
  'time_zone',
  'types',
  'notes',
  'venue',
  'address',
  'city',
  'state',
  'postal_code',
  'country',
  'formatted_address',
  'location_notes',
  'regions',
  'latitude',
  'longitude',
  'approximate',
  'conference_url',
  'conference_url_notes',
  'conference_phone',
  'conference_phone_notes',
  'attendance',
  'url',
  'feedback_url',
  'extras',
  'published',
  'source_updated_at',
  'search_text',
  'content_hash',
  'overrides',
];

function toRow(r: MeetingRecord, slug: string) {
  return {
    source_key: r.sourceKey,
    slug,
    name: r.name,
    program_code: r.programCode,
    group_key: r.groupKey,
    group_id: r.groupId ?? null,
    days: r.days,
    start_minute: r.startMinute,
    duration_minutes: r.durationMinutes,
    duration_given: r.durationGiven,
    time_zone: r.timeZone,
    types: r.types,
    notes: r.notes,
    venue: r.venue,
    address: r.address,
    city: r.city,
    state: r.state,
    postal_code: r.postalCode,
    country: r.country,
    formatted_address: r.formattedAddress,
    location_notes: r.locationNotes,
    regions: r.regions,
    latitude: r.latitude,
    longitude: r.longitude,
    approximate: r.approximate,
    conference_url: r.conferenceUrl,
    conference_url_notes: r.conferenceUrlNotes,
    conference_phone: r.conferencePhone,
    conference_phone_notes: r.conferencePhoneNotes,
    attendance: r.attendance,
    url: r.url,
    feedback_url: r.feedbackUrl,
    extras: r.extras,
    published: r.published,
    source_updated_at: r.sourceUpdatedAt,
    search_text: r.searchText,
    content_hash: r.contentHash,
    overrides: r.overrides ?? {},
  };
}

/**
 * The one way meetings are written: in bulk, inside the caller's transaction, idempotently. A meeting is
 * identified by (source, source key); a row whose content digest, publication, group and program are
 * unchanged is not touched at all (its updated_at stays), so re-importing the same feed changes nothing.
 */
@Injectable()
export class MeetingWriter {
  /** Upserts the groups the records name (one statement), each placed at its first in-person meeting. */
  async upsertGroups(manager: EntityManager, source: string, records: MeetingRecord[]): Promise<void> {
    const groups = new Map<string, Record<string, unknown>>();
    for (const r of records) {
      if (!r.groupKey) continue;
      const existing = groups.get(r.groupKey);
      const placed = r.latitude !== null && !r.approximate;
      if (!existing) {
        groups.set(r.groupKey, {
          source_key: r.groupKey,
          name: r.groupName ?? r.name,
          program_code: r.programCode,
          notes: r.groupNotes,
          regions: r.regions,
          latitude: placed ? r.latitude : null,
          longitude: placed ? r.longitude : null,
        });
      } else if (existing['latitude'] === null && placed) {
        existing['latitude'] = r.latitude;
        existing['longitude'] = r.longitude;
      }
    }
    if (groups.size === 0) return;
    await manager.query(
      `INSERT INTO meeting_groups (source, source_key, name, program_id, notes, regions, latitude, longitude)
       SELECT $1, g.source_key, g.name, p.id, g.notes, g.regions, g.latitude, g.longitude
         FROM jsonb_to_recordset($2::jsonb) AS g(source_key text, name text, program_code text, notes text,
                                                  regions text[], latitude double precision, longitude double precision)
         JOIN programs p ON p.code = g.program_code
       ON CONFLICT (source, source_key) DO UPDATE SET
         name = EXCLUDED.name, program_id = EXCLUDED.program_id, notes = EXCLUDED.notes,
         regions = EXCLUDED.regions, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
         updated_at = now()
       WHERE (meeting_groups.name, meeting_groups.program_id, meeting_groups.notes, meeting_groups.regions,
              meeting_groups.latitude, meeting_groups.longitude)
         IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.program_id, EXCLUDED.notes, EXCLUDED.regions,
                           EXCLUDED.latitude, EXCLUDED.longitude)`,
      [source, JSON.stringify([...groups.values()])],
    );
  }

  /**
   * Upserts meetings in one statement. Slugs are unique across sources: a slug another meeting already
   * holds gets a short, stable suffix, so the same feed always yields the same slugs.
   */
  async upsertMeetings(
    manager: EntityManager,
    source: string,
    records: MeetingRecord[],
  ): Promise<WriteCounts> {
    if (records.length === 0) return { created: 0, updated: 0, unchanged: 0 };
    const slugs = await this.resolveSlugs(manager, source, records);
    const rows = records.map((r) => toRow(r, slugs.get(r.sourceKey) ?? r.slug));
    const set = UPDATED_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ');
    const [{ created, updated }]: { created: number; updated: number }[] = await manager.query(
      `WITH input AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS r(${RECORD_COLUMNS})),
       written AS (
         INSERT INTO meetings (source, source_key, program_id, group_id, ${UPDATED_COLUMNS.filter(
           (c) => c !== 'program_id' && c !== 'group_id',
         ).join(', ')})
         SELECT $1, i.source_key, p.id, COALESCE(i.group_id, g.id), ${UPDATED_COLUMNS.filter(
           (c) => c !== 'program_id' && c !== 'group_id',
         )
           .map((c) => `i.${c}`)
           .join(', ')}
           FROM input i
           JOIN programs p ON p.code = i.program_code
           LEFT JOIN meeting_groups g ON g.source = $1 AND g.source_key = i.group_key
         ON CONFLICT (source, source_key) DO UPDATE SET ${set}, updated_at = now()
         WHERE (meetings.content_hash, meetings.published, meetings.slug, meetings.group_id, meetings.program_id,
                meetings.overrides)
           IS DISTINCT FROM (EXCLUDED.content_hash, EXCLUDED.published, EXCLUDED.slug, EXCLUDED.group_id,
                             EXCLUDED.program_id, EXCLUDED.overrides)
         RETURNING (xmax = 0) AS inserted
       )
       SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated
         FROM written`,
      [source, JSON.stringify(rows)],
    );
    return { created, updated, unchanged: records.length - created - updated };
  }

  /** Unpublishes this source's published meetings that the new feed no longer has. */
  async unpublishMissing(manager: EntityManager, source: string, keep: string[]): Promise<number> {
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE meetings SET published = false, updated_at = now()
        WHERE source = $1 AND published AND NOT (source_key = ANY ($2::text[]))`,
      [source, keep],
    );
    return affected;
  }

  /**
   * Writes a synced source's records with a grace period: meetings back in the feed lose their missing
   * mark (and are republished by the write), meetings gone from it are marked missing, and those missing
   * for more than `graceDays` are unpublished (never deleted).
   */
  async syncMissing(
    manager: EntityManager,
    source: string,
    records: MeetingRecord[],
    graceDays: number,
  ): Promise<WriteCounts & { missing: number; unpublished: number; republished: number }> {
    const keys = records.map((r) => r.sourceKey);
    const [back]: [{ hidden: boolean }[], number] = await manager.query(
      `UPDATE meetings SET missing_since = NULL
        WHERE source = $1 AND missing_since IS NOT NULL AND source_key = ANY ($2::text[])
        RETURNING NOT published AS hidden`,
      [source, keys],
    );
    const republished = back.filter((b) => b.hidden).length;
    const counts = await this.upsertMeetings(manager, source, records);
    const [, missing]: [unknown, number] = await manager.query(
      `UPDATE meetings SET missing_since = now()
        WHERE source = $1 AND published AND missing_since IS NULL AND NOT (source_key = ANY ($2::text[]))`,
      [source, keys],
    );
    const [, unpublished]: [unknown, number] = await manager.query(
      `UPDATE meetings SET published = false, updated_at = now()
        WHERE source = $1 AND published AND missing_since <= now() - make_interval(days => $2::int)`,
      [source, graceDays],
    );
    // a meeting back in the feed is written to republish it: count it as republished, not updated
    return {
      ...counts,
      updated: Math.max(0, counts.updated - republished),
      missing,
      unpublished,
      republished,
    };
  }

  /** Stores type codes a feed defines that the built-in vocabulary lacks (their names may be refreshed). */
  async upsertTypes(manager: EntityManager, types: TypeDefinition[]): Promise<void> {
    if (types.length === 0) return;
    await manager.query(
      `INSERT INTO meeting_types (code, names, source)
       SELECT t.code, t.names, t.source FROM jsonb_to_recordset($1::jsonb) AS t(code text, names jsonb, source text)
       ON CONFLICT (code) DO UPDATE SET names = EXCLUDED.names WHERE meeting_types.names IS DISTINCT FROM EXCLUDED.names`,
      [JSON.stringify(types)],
    );
  }

  private async resolveSlugs(
    manager: EntityManager,
    source: string,
    records: MeetingRecord[],
  ): Promise<Map<string, string>> {
    const holders: { slug: string; source: string; source_key: string }[] = await manager.query(
      'SELECT slug, source, source_key FROM meetings WHERE slug = ANY ($1::text[])',
      [records.map((r) => r.slug)],
    );
    const taken = new Map(holders.map((h) => [h.slug, `${h.source}\u0000${h.source_key}`]));
    const out = new Map<string, string>();
    for (const r of records) {
      const me = `${source}\u0000${r.sourceKey}`;
      const holder = taken.get(r.slug);
      const slug = !holder || holder === me ? r.slug : `${r.slug.slice(0, 240)}-${shortHash(me)}`;
      if (taken.has(slug) && taken.get(slug) !== me) {
        out.set(r.sourceKey, `${r.slug.slice(0, 230)}-${shortHash(me, 16)}`);
      } else {
        out.set(r.sourceKey, slug);
        taken.set(slug, me);
      }
    }
    return out;
  }
}
