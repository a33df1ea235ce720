import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_DURATION_MINUTES } from '../domain/time';
import { loadFormats, loadRows, ServiceBodyTree, type BmltRow } from './bmlt-directory';
import { MEETING_KEYS } from './bmlt-meeting';
import { allows, BmltParameterError, flag, idSet, names, text, type Query } from './bmlt-params';
import { nearHits } from './bmlt-near';
import {
  readSearch,
  searchMeetings,
  servedMeetings,
  type SearchRequest,
  type SearchResult,
} from './bmlt-search';

export const BMLT_SWITCHERS = [
  'GetSearchResults',
  'GetFormats',
  'GetServiceBodies',
  'GetServerInfo',
  'GetFieldKeys',
  'GetFieldValues',
  'GetChanges',
  'GetCoverageArea',
] as const;

/** The BMLT version whose semantic API this one follows (clients check it before using newer switches). */
const VERSION = '3.0.0';

const toFixed = (n: number) => String(Math.round(n * 1e6) / 1e6);

/**
 * BMLT's semantic API (`/client_interface/json/?switcher=…`) over our published meetings, so crouton,
 * bread, yap and the BMLT apps can read Kinship as they read a BMLT root server.
 */
@Injectable()
export class BmltService {
  constructor(private readonly dataSource: DataSource) {}

  async run(query: Query, rootServerUri: string): Promise<unknown> {
    const switcher = text(query, 'switcher', 64);
    if (!switcher || !(BMLT_SWITCHERS as readonly string[]).includes(switcher)) {
      throw new BmltParameterError(
        'switcher',
        `switcher must be one of ${BMLT_SWITCHERS.join(', ')}${switcher ? ` (got "${switcher.slice(0, 40)}")` : ''}`,
        422,
      );
    }
    switch (switcher as (typeof BMLT_SWITCHERS)[number]) {
      case 'GetSearchResults':
        return this.searchResults(query, rootServerUri);
      case 'GetFormats':
        return this.formats(query, rootServerUri);
      case 'GetServiceBodies':
        return this.serviceBodies(query);
      case 'GetServerInfo':
        return this.serverInfo();
      case 'GetFieldKeys':
        return MEETING_KEYS.map(([key, description]) => ({ key, description }));
      case 'GetFieldValues':
        return this.fieldValues(query, rootServerUri);
      case 'GetChanges':
        return this.changes(query);
      case 'GetCoverageArea':
        return this.coverageArea();
    }
  }

  private async searchResults(query: Query, rootServerUri: string) {
    const request = readSearch(query);
    const byRow = request.meetingIds.include.length
      ? [...new Set(request.meetingIds.include.map((id) => Math.floor(id / 10)))]
      : undefined;
    const formats = await loadFormats(this.dataSource);
    let result: SearchResult;
    if (request.near) {
      const hits = await nearHits({
        dataSource: this.dataSource,
        req: { ...request, near: request.near },
        meetingIds: byRow,
        treeFor: (rows) => this.treeFor(request, rows),
        formats,
        rootServerUri,
      });
      result = servedMeetings(hits, request);
    } else {
      const rows = await loadRows(this.dataSource, byRow);
      const tree = this.tree(byRow ? await loadRows(this.dataSource) : rows);
      result = searchMeetings(rows, request, tree, formats, rootServerUri);
    }
    const { meetings, formatIds } = result;
    if (!request.usedFormats) return meetings;
    const language = this.language(query);
    return {
      meetings,
      formats: [...formats.values()]
        .filter((f) => formatIds.has(String(f.id)))
        .map((f) => f.entry(language, rootServerUri)),
    };
  }

  /**
   * The tree a search filters with: a meeting's own body depends on that meeting alone, so the rows read
   * are enough unless the search names service bodies (then every published meeting's tree, as BMLT has).
   */
  private async treeFor(request: SearchRequest, rows: BmltRow[]): Promise<ServiceBodyTree> {
    const named = request.services.include.length + request.services.exclude.length > 0;
    return this.tree(named ? await loadRows(this.dataSource) : rows);
  }

  /** The service body tree of every published meeting (not just the hits). */
  private tree(rows: BmltRow[]): ServiceBodyTree {
    const tree = new ServiceBodyTree();
    for (const row of rows) tree.bodyOf(row);
    return tree;
  }

  private language(query: Query): string {
    const lang = text(query, 'lang_enum', 10) ?? 'en';
    if (!/^[a-z]{2,3}$/i.test(lang))
      throw new BmltParameterError('lang_enum', 'lang_enum is a language code such as en or es');
    return lang.toLowerCase();
  }

  private async formats(query: Query, rootServerUri: string) {
    const language = this.language(query);
    const keys = names(query, 'key_strings');
    const formats = await loadFormats(this.dataSource);
    let list = [...formats.values()];
    if (!flag(query, 'show_all')) {
      const used: { code: string }[] = await this.dataSource.query(
        `SELECT DISTINCT unnest(types) AS code FROM meetings WHERE published
         UNION SELECT 'VM' FROM meetings WHERE published AND (attendance = 'ONLINE' OR (attendance = 'INACTIVE' AND venue IS NULL AND address IS NULL))
         UNION SELECT 'HY' FROM meetings WHERE published AND attendance = 'HYBRID'`,
      );
      const codes = new Set(used.map((u) => u.code));
      list = list.filter((f) => codes.has(f.code));
    }
    if (keys.length) list = list.filter((f) => keys.includes(f.code));
    const ids = idSet(query, 'format_ids');
    if (ids.include.length || ids.exclude.length) list = list.filter((f) => allows(ids, f.id));
    return list
      .map((f) => f.entry(language, rootServerUri))
      .sort((a, b) => a['key_string'].localeCompare(b['key_string']));
  }

  private async serviceBodies(query: Query) {
    const services = idSet(query, 'services');
    const tree = this.tree(await loadRows(this.dataSource));
    let ids = [...tree.bodies.keys()];
    if (services.include.length) {
      const wanted = new Set(services.include);
      if (flag(query, 'recursive'))
        for (const id of services.include) for (const d of tree.descendants(id)) wanted.add(d);
      if (flag(query, 'parents'))
        for (const id of services.include) for (const p of tree.lineage(id)) wanted.add(p);
      ids = ids.filter((id) => wanted.has(id));
    }
    if (services.exclude.length) {
      const excluded = new Set(
        services.exclude.flatMap((id) => (flag(query, 'recursive') ? tree.descendants(id) : [id])),
      );
      ids = ids.filter((id) => !excluded.has(id));
    }
    return ids
      .map((id) => tree.bodies.get(id)!)
      .sort((a, b) => a.id - b.id)
      .map((b) => ({
        id: String(b.id),
        parent_id: String(b.parentId),
        name: b.name,
        description: b.description,
        type: b.type,
        url: b.url,
        helpline: '',
        world_id: '',
      }));
  }

  private async serverInfo() {
    const [area] = await this.coverageArea();
    const centerLatitude = area
      ? (Number(area['nw_corner_latitude']) + Number(area['se_corner_latitude'])) / 2
      : 0;
    const centerLongitude = area
      ? (Number(area['nw_corner_longitude']) + Number(area['se_corner_longitude'])) / 2
      : 0;
    return [
      {
        version: VERSION,
        versionInt: '3000000',
        langs: 'en,es',
        nativeLang: 'en',
        centerLongitude: toFixed(centerLongitude),
        centerLatitude: toFixed(centerLatitude),
        centerZoom: '9',
        defaultDuration: `0${Math.floor(DEFAULT_DURATION_MINUTES / 60)}:${String(DEFAULT_DURATION_MINUTES % 60).padStart(2, '0')}:00`,
        regionBias: 'us',
        charSet: 'UTF-8',
        distanceUnits: 'mi',
        semanticAdmin: '0',
        emailEnabled: '0',
        emailIncludesServiceBodies: '0',
        changesPerMeeting: '0',
        meeting_states_and_provinces: '',
        meeting_counties_and_sub_provinces: '',
        available_keys: MEETING_KEYS.map(([key]) => key).join(','),
        google_api_key: '',
        dbVersion: '',
        aggregator_mode_enabled: 'false',
      },
    ];
  }

  private async fieldValues(query: Query, rootServerUri: string) {
    const key = text(query, 'meeting_key', 64);
    if (!key || !MEETING_KEYS.some(([k]) => k === key))
      throw new BmltParameterError('meeting_key', `meeting_key must be one of the field keys (GetFieldKeys)`);
    const rows = await loadRows(this.dataSource);
    const tree = this.tree(rows);
    const { meetings } = searchMeetings(
      rows,
      readSearch({}),
      tree,
      await loadFormats(this.dataSource),
      rootServerUri,
    );
    const byValue = new Map<string, string[]>();
    for (const m of meetings) {
      const value = m[key] ?? '';
      byValue.set(value, [...(byValue.get(value) ?? []), m['id_bigint']]);
    }
    return [...byValue.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([value, ids]) => ({ [key]: value, ids: ids.join(',') }));
  }

  /** We keep no per-meeting change history yet: the dates are checked, and the list is honestly empty. */
  private changes(query: Query): unknown[] {
    for (const name of ['start_date', 'end_date']) {
      const value = text(query, name, 20);
      if (value !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))))
        throw new BmltParameterError(name, `${name} must be a date, YYYY-MM-DD`);
    }
    if (query['meeting_id'] !== undefined) idSet(query, 'meeting_id');
    if (query['service_body_id'] !== undefined) idSet(query, 'service_body_id');
    return [];
  }

  private async coverageArea(): Promise<Record<string, string>[]> {
    const [box]: { n: number | null; s: number; w: number; e: number }[] = await this.dataSource.query(
      `SELECT max(latitude) AS n, min(latitude) AS s, min(longitude) AS w, max(longitude) AS e
         FROM meetings WHERE published AND latitude IS NOT NULL AND longitude IS NOT NULL`,
    );
    if (!box || box.n === null) return [];
    return [
      {
        nw_corner_longitude: String(box.w),
        nw_corner_latitude: String(box.n),
        se_corner_longitude: String(box.e),
        se_corner_latitude: String(box.s),
      },
    ];
  }
}
