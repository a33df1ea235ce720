import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { badInput, Public } from '@kinship/api/core';
import { MeetingType, RecoveryProgram } from './dto/meeting.model';
import { MeetingPlace } from './dto/my-meetings.model';
import { ProgramEntity } from './entities/program.entity';
import { BUILT_IN_TYPES, meaningOf, typeName } from './vocabulary/vocabulary';

/** What the finder's filters offer: programs, type codes by name, regions, and places to search near. */
@Resolver()
export class MeetingCatalogResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Query(() => [RecoveryProgram])
  recoveryPrograms(): Promise<ProgramEntity[]> {
    return this.dataSource.getRepository(ProgramEntity).find({ order: { name: 'ASC' } });
  }

  @Public()
  @Query(() => [MeetingType], {
    description: 'Type codes named in a language. inUse: only codes that published meetings have.',
  })
  async meetingTypes(
    @Args('language', { type: () => String, defaultValue: 'en' }) language: string,
    @Args('inUse', { type: () => Boolean, defaultValue: true }) inUse: boolean,
  ): Promise<MeetingType[]> {
    const custom: { code: string; names: Record<string, string>; source: string }[] =
      await this.dataSource.query('SELECT code, names, source FROM meeting_types');
    const defs = new Map<string, { names: Record<string, string>; source: string }>(
      [...BUILT_IN_TYPES.values()].map((d) => [d.code, d]),
    );
    for (const c of custom) if (!defs.has(c.code)) defs.set(c.code, c);
    let codes = [...defs.keys()];
    if (inUse) {
      const used: { code: string }[] = await this.dataSource.query(
        'SELECT DISTINCT unnest(types) AS code FROM meetings WHERE published',
      );
      // each meaning once for the finder: NA's DISC and Meeting Guide's D are one "Discussion" (a search on
      // either finds both)
      codes = [...new Set(used.map((u) => meaningOf(u.code)))];
    }
    const lang = languageTag(language);
    return codes
      .map((code) => {
        const def = defs.get(code);
        return { code, name: typeName(def?.names, code, lang), source: def?.source ?? 'unknown' };
      })
      .sort((a, b) => a.name.localeCompare(b.name, lang));
  }

  @Public()
  @Query(() => [String], { description: 'Regions published meetings list, at every level.' })
  async meetingRegions(): Promise<string[]> {
    const rows: { region: string }[] = await this.dataSource.query(
      `SELECT DISTINCT unnest(regions) AS region FROM meetings WHERE published ORDER BY region LIMIT 500`,
    );
    return rows.map((r) => r.region);
  }

  @Public()
  @Query(() => [MeetingPlace], {
    description:
      'Places matching a typed name (city, region, neighbourhood or postal code), from our own meeting locations: no third-party geocoder.',
  })
  async meetingPlaces(@Args('query') query: string): Promise<MeetingPlace[]> {
    const q = query.trim().slice(0, 60);
    if (q.length < 2) return [];
    const pattern = `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows: { name: string; latitude: number; longitude: number; meetings: number }[] =
      await this.dataSource.query(
        `WITH places AS (
         SELECT concat_ws(', ', m.city, m.state) AS name, m.latitude, m.longitude FROM meetings m
          WHERE m.published AND m.earth IS NOT NULL AND m.city IS NOT NULL AND (m.city ILIKE $1 OR m.state ILIKE $1)
         UNION ALL
         SELECT r.name, m.latitude, m.longitude FROM meetings m CROSS JOIN LATERAL unnest(m.regions) AS r(name)
          WHERE m.published AND m.earth IS NOT NULL AND r.name ILIKE $1
         UNION ALL
         SELECT m.postal_code, m.latitude, m.longitude FROM meetings m
          WHERE m.published AND m.earth IS NOT NULL AND m.postal_code ILIKE $1
       )
       SELECT name, avg(latitude)::float8 AS latitude, avg(longitude)::float8 AS longitude, count(*)::int AS meetings
         FROM places GROUP BY name ORDER BY count(*) DESC, name LIMIT 8`,
        [pattern],
      );
    return rows;
  }
}

/** A BCP 47 language tag Intl accepts (localeCompare throws on others), or a field error. */
function languageTag(language: string): string {
  try {
    const [tag] = Intl.getCanonicalLocales(language.slice(0, 35));
    if (tag) return tag;
  } catch {
    // refused below
  }
  throw badInput('language must be a language code such as en or es.', { field: 'language' });
}
