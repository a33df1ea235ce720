import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A narrow table for the sponsor finder: one row per program of each sponsor who can take a request right
 * now (accepting, below capacity, email confirmed), with only what matching reads, plus the weekly UTC
 * availability as a bitmap of 30-minute slots so a cheap upper bound of the shared time needs no range
 * arithmetic. Triggers keep it: any change to profiles (per statement, so bulk changes are one pass), and
 * a confirmed (or unconfirmed) email.
 * Eligibility (clean time per program) stays in the query: it moves with the date and the rules.
 */
export class SponsorMatchIndex1797600000001 implements MigrationInterface {
  name = 'SponsorMatchIndex1797600000001';

  async up(q: QueryRunner): Promise<void> {
    // Bit k is set when the multirange (minutes of the week, [0, 10080)) touches minutes [30k, 30k + 30).
    await q.query(`
      CREATE FUNCTION kinship_week_slots(m int4multirange) RETURNS bit(336)
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(bit_or((repeat('1', e - s) || repeat('0', 336 - (e - s)))::bit(336) >> s),
                        repeat('0', 336)::bit(336))
          FROM (SELECT greatest(lower(r), 0) / 30 AS s, (least(upper(r), 10080) + 29) / 30 AS e
                  FROM unnest(m) AS r) x
         WHERE e > s
      $$`);
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
    // The rows of these sponsors, made again from their profiles (statement-level: one pass for bulk changes).
    await q.query(`
      CREATE FUNCTION kinship_sponsor_matchable_sync(ids uuid[]) RETURNS void LANGUAGE sql AS $$
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
        -- two syncs of one sponsor at once (an email confirmed while the profile changes): the later one wins
        ON CONFLICT (program, user_id) DO UPDATE SET clean_time_from = EXCLUDED.clean_time_from,
           clean_month_index = EXCLUDED.clean_month_index, languages = EXCLUDED.languages,
           gender = EXCLUDED.gender, sponsors_genders = EXCLUDED.sponsors_genders,
           mat_comfortable = EXCLUDED.mat_comfortable, area_earth = EXCLUDED.area_earth,
           home_group_id = EXCLUDED.home_group_id, meeting_ids = EXCLUDED.meeting_ids,
           availability_utc = EXCLUDED.availability_utc, slots = EXCLUDED.slots;
      $$`);
    await q.query(`
      CREATE FUNCTION kinship_sponsor_matchable_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM kinship_sponsor_matchable_sync(ARRAY(SELECT user_id FROM changed));
        RETURN NULL;
      END $$`);
    // Transition tables need one trigger per event.
    for (const [event, rows] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ]) {
      await q.query(`CREATE TRIGGER sponsor_profiles_matchable_${event.toLowerCase()} AFTER ${event}
                      ON sponsor_profiles REFERENCING ${rows} TABLE AS changed
                      FOR EACH STATEMENT EXECUTE FUNCTION kinship_sponsor_matchable_trigger()`);
    }
    await q.query(`
      CREATE FUNCTION kinship_user_matchable_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM kinship_sponsor_matchable_sync(ARRAY[NEW.id]);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER users_matchable AFTER UPDATE OF email_verified_at ON users
                    FOR EACH ROW WHEN (OLD.email_verified_at IS DISTINCT FROM NEW.email_verified_at)
                    EXECUTE FUNCTION kinship_user_matchable_trigger()`);
    await q.query('SELECT kinship_sponsor_matchable_sync(ARRAY(SELECT user_id FROM sponsor_profiles))');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER users_matchable ON users');
    await q.query('DROP FUNCTION kinship_user_matchable_trigger()');
    for (const event of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER sponsor_profiles_matchable_${event} ON sponsor_profiles`);
    }
    await q.query('DROP FUNCTION kinship_sponsor_matchable_trigger()');
    await q.query('DROP FUNCTION kinship_sponsor_matchable_sync(uuid[])');
    await q.query('DROP TABLE sponsor_matchable');
    await q.query('DROP FUNCTION kinship_week_slots(int4multirange)');
  }
}
