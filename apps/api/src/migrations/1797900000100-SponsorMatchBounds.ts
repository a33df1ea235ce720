import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * sponsor_matchable, laid out for the finder's upper bounds: everything a bound or a hard constraint reads
 * is a fixed-width column, first in the row and included in the primary key, so the finder reads one
 * program's candidates in an index-only scan and does integer arithmetic on them: both genders as bit
 * masks, languages and meetings as hashed 64-bit masks, the home group as a hash. The exact columns
 * (languages, meetings, home group, availability) stay for the few candidates scored exactly.
 */
export class SponsorMatchBounds1797900000100 implements MigrationInterface {
  name = 'SponsorMatchBounds1797900000100';

  async up(q: QueryRunner): Promise<void> {
    // woman 1, man 2, nonbinary 4; anything else in a list (never a member's gender) 8; an empty list 0
    await q.query(`
      CREATE FUNCTION kinship_gender_bits(genders text[]) RETURNS smallint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(bit_or(CASE g WHEN 'woman' THEN 1 WHEN 'man' THEN 2 WHEN 'nonbinary' THEN 4 ELSE 8 END), 0)::smallint
          FROM unnest(genders) AS g
      $$`);
    // One bit of 64 per element, from its MD5 (stable across PostgreSQL versions, unlike hashtext).
    await q.query(`
      CREATE FUNCTION kinship_hash_bits(items text[]) RETURNS bigint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(bit_or(1::bigint << (('x' || left(md5(x), 2))::bit(8)::integer & 63)), 0)
          FROM unnest(items) AS x WHERE x IS NOT NULL
      $$`);
    await q.query(`
      CREATE FUNCTION kinship_hash_int(item text) RETURNS integer
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT ('x' || left(md5(item), 8))::bit(32)::integer $$`);
    await q.query('DROP TABLE sponsor_matchable');
    await q.query(`
      CREATE TABLE sponsor_matchable (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        clean_time_from date NOT NULL,
        clean_month_index integer NOT NULL,
        gender_bits smallint NOT NULL,
        takes_genders smallint NOT NULL,
        mat_comfortable boolean NOT NULL,
        language_bits bigint NOT NULL,
        meeting_bits bigint NOT NULL,
        home_group_hash integer NOT NULL,
        slots bit(336) NOT NULL,
        area_earth cube,
        program text NOT NULL,
        languages text[] NOT NULL,
        home_group_id varchar(64),
        meeting_ids text[] NOT NULL,
        availability_utc int4multirange NOT NULL,
        PRIMARY KEY (program, user_id) INCLUDE (clean_time_from, clean_month_index, gender_bits, takes_genders,
          mat_comfortable, language_bits, meeting_bits, home_group_hash, slots, area_earth)
      ) WITH (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02)`);
    await q.query('CREATE INDEX sponsor_matchable_user_idx ON sponsor_matchable (user_id)');
    await q.query(`
      CREATE OR REPLACE FUNCTION kinship_sponsor_matchable_sync(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM sponsor_matchable m USING unnest(ids) AS i(id) WHERE m.user_id = i.id;
        INSERT INTO sponsor_matchable (user_id, clean_time_from, clean_month_index, gender_bits, takes_genders,
            mat_comfortable, language_bits, meeting_bits, home_group_hash, slots, area_earth, program, languages,
            home_group_id, meeting_ids, availability_utc)
        SELECT DISTINCT ON (sp.user_id, p.program) sp.user_id, sp.clean_time_from, sp.clean_month_index,
               CASE WHEN sp.gender IS NULL THEN 0 ELSE kinship_gender_bits(ARRAY[sp.gender]) END,
               kinship_gender_bits(sp.sponsors_genders), sp.mat_comfortable, kinship_hash_bits(sp.languages),
               kinship_hash_bits(sp.meeting_ids), coalesce(kinship_hash_int(sp.home_group_id), 0),
               kinship_week_slots(sp.availability_utc), sp.area_earth, p.program, sp.languages, sp.home_group_id,
               sp.meeting_ids, sp.availability_utc
          FROM sponsor_profiles sp
          JOIN users u ON u.id = sp.user_id AND u.email_verified_at IS NOT NULL
          CROSS JOIN unnest(sp.programs) AS p(program)
         WHERE sp.user_id IN (SELECT unnest(ids)) AND sp.accepting AND sp.active_sponsees < sp.capacity
        -- two syncs of one sponsor at once (an email confirmed while the profile changes): the later one wins
        ON CONFLICT (program, user_id) DO UPDATE SET clean_time_from = EXCLUDED.clean_time_from,
           clean_month_index = EXCLUDED.clean_month_index, gender_bits = EXCLUDED.gender_bits,
           takes_genders = EXCLUDED.takes_genders, mat_comfortable = EXCLUDED.mat_comfortable,
           language_bits = EXCLUDED.language_bits, meeting_bits = EXCLUDED.meeting_bits,
           home_group_hash = EXCLUDED.home_group_hash, slots = EXCLUDED.slots, area_earth = EXCLUDED.area_earth,
           languages = EXCLUDED.languages, home_group_id = EXCLUDED.home_group_id,
           meeting_ids = EXCLUDED.meeting_ids, availability_utc = EXCLUDED.availability_utc;
      $$`);
    await q.query('SELECT kinship_sponsor_matchable_sync(ARRAY(SELECT user_id FROM sponsor_profiles))');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE sponsor_matchable');
    await q.query(`
      CREATE TABLE sponsor_matchable (
        program text NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        clean_time_from date NOT NULL,
        clean_month_index integer NOT NULL,
        languages text[] NOT NULL,
        gender text,
        sponsors_genders text[] NOT NULL,
        mat_comfortable boolean NOT NULL,
        area_earth cube,
        home_group_id varchar(64),
        meeting_ids text[] NOT NULL,
        availability_utc int4multirange NOT NULL,
        slots bit(336) NOT NULL,
        PRIMARY KEY (program, user_id)
      )`);
    await q.query('CREATE INDEX sponsor_matchable_user_idx ON sponsor_matchable (user_id)');
    await q.query(`
      CREATE OR REPLACE FUNCTION kinship_sponsor_matchable_sync(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM sponsor_matchable m USING unnest(ids) AS i(id) WHERE m.user_id = i.id;
        INSERT INTO sponsor_matchable (program, user_id, clean_time_from, clean_month_index, languages, gender,
            sponsors_genders, mat_comfortable, area_earth, home_group_id, meeting_ids, availability_utc, slots)
        SELECT DISTINCT ON (sp.user_id, p.program) p.program, sp.user_id, sp.clean_time_from,
               sp.clean_month_index, sp.languages, sp.gender, sp.sponsors_genders, sp.mat_comfortable,
               sp.area_earth, sp.home_group_id, sp.meeting_ids, sp.availability_utc,
               kinship_week_slots(sp.availability_utc)
          FROM sponsor_profiles sp
          JOIN users u ON u.id = sp.user_id AND u.email_verified_at IS NOT NULL
          CROSS JOIN unnest(sp.programs) AS p(program)
         WHERE sp.user_id IN (SELECT unnest(ids)) AND sp.accepting AND sp.active_sponsees < sp.capacity
        ON CONFLICT (program, user_id) DO UPDATE SET clean_time_from = EXCLUDED.clean_time_from,
           clean_month_index = EXCLUDED.clean_month_index, languages = EXCLUDED.languages,
           gender = EXCLUDED.gender, sponsors_genders = EXCLUDED.sponsors_genders,
           mat_comfortable = EXCLUDED.mat_comfortable, area_earth = EXCLUDED.area_earth,
           home_group_id = EXCLUDED.home_group_id, meeting_ids = EXCLUDED.meeting_ids,
           availability_utc = EXCLUDED.availability_utc, slots = EXCLUDED.slots;
      $$`);
    await q.query('SELECT kinship_sponsor_matchable_sync(ARRAY(SELECT user_id FROM sponsor_profiles))');
    await q.query('DROP FUNCTION kinship_hash_int(text)');
    await q.query('DROP FUNCTION kinship_hash_bits(text[])');
    await q.query('DROP FUNCTION kinship_gender_bits(text[])');
  }
}
