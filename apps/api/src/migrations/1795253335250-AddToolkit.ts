import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recovery toolkit: the resource library (searchable in English and Spanish), and each member's private
 * recovery settings (clean date, country), relapse-prevention plan, SMART worksheets and daily check-ins.
 * Resources are seeded at start by the toolkit's ResourceSeeder, not here, so their texts can be improved
 * later without touching what admins changed.
 */
export class AddToolkit1795253335250 implements MigrationInterface {
  name = 'AddToolkit1795253335250';

  async up(q: QueryRunner): Promise<void> {
    // Immutable, so a generated column may use it: each resource is indexed in its own language.
    await q.query(`
      CREATE FUNCTION toolkit_resource_document(lang text, title text, summary text, body text, steps text[])
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector(cfg, title), 'A')
            || setweight(to_tsvector(cfg, summary), 'B')
            || setweight(to_tsvector(cfg, body || ' ' || coalesce(array_to_string(steps, ' '), '')), 'C')
          FROM (SELECT CASE lang WHEN 'es' THEN 'spanish'::regconfig ELSE 'english'::regconfig END AS cfg) c
      $$`);
    await q.query(`
      CREATE TABLE toolkit_resources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seed_key text UNIQUE,
        seed_hash text,
        title varchar(160) NOT NULL CHECK (length(btrim(title)) >= 2),
        summary varchar(600) NOT NULL CHECK (length(btrim(summary)) >= 2),
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 6000),
        steps text[] NOT NULL DEFAULT '{}' CHECK (cardinality(steps) <= 12),
        programs text[] NOT NULL CHECK (
          cardinality(programs) >= 1
          AND programs <@ ARRAY['twelve_step', 'smart', 'general', 'harm_reduction']::text[]
        ),
        kind text NOT NULL CHECK (kind IN ('literature', 'tool', 'hotline', 'service_finder', 'how_to')),
        language varchar(5) NOT NULL CHECK (language IN ('en', 'es')),
        country char(2) CHECK (country ~ '^[A-Z]{2}$'),
        url varchar(500),
        phone varchar(32),
        text_number varchar(32),
        tty varchar(32),
        source_url varchar(500),
        worksheet_kind text CHECK (worksheet_kind IN ('cost_benefit', 'abc', 'change_plan')),
        sort_order integer NOT NULL DEFAULT 1000,
        search tsvector GENERATED ALWAYS AS (
          toolkit_resource_document(language, title, summary, body, steps)
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz
      )`);
    await q.query('CREATE INDEX toolkit_resources_search_idx ON toolkit_resources USING gin (search)');
    await q.query(
      'CREATE INDEX toolkit_resources_title_trgm_idx ON toolkit_resources USING gin (lower(title) gin_trgm_ops)',
    );
    await q.query(`
      CREATE TABLE toolkit_recovery (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        clean_date date,
        country char(2) NOT NULL DEFAULT 'US' CHECK (country ~ '^[A-Z]{2}$')
      )`);
    await q.query(`
      CREATE TABLE toolkit_plans (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        warning_signs text[] NOT NULL DEFAULT '{}',
        trigger_people text[] NOT NULL DEFAULT '{}',
        trigger_places text[] NOT NULL DEFAULT '{}',
        trigger_things text[] NOT NULL DEFAULT '{}',
        trigger_feelings text[] NOT NULL DEFAULT '{}',
        halt jsonb NOT NULL DEFAULT '{}',
        coping_actions text[] NOT NULL DEFAULT '{}',
        reasons text[] NOT NULL DEFAULT '{}',
        people jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE toolkit_worksheets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('cost_benefit', 'abc', 'change_plan')),
        title varchar(120) NOT NULL,
        content jsonb NOT NULL,
        shared_with_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      'CREATE INDEX toolkit_worksheets_owner_idx ON toolkit_worksheets (owner_id, updated_at DESC)',
    );
    await q.query(
      'CREATE INDEX toolkit_worksheets_shared_idx ON toolkit_worksheets (shared_with_id) WHERE shared_with_id IS NOT NULL',
    );
    await q.query(`
      CREATE TABLE toolkit_check_ins (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        local_date date NOT NULL,
        mood smallint NOT NULL CHECK (mood BETWEEN 1 AND 5),
        craving smallint NOT NULL CHECK (craving BETWEEN 0 AND 4),
        note varchar(280) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, local_date)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE toolkit_check_ins');
    await q.query('DROP TABLE toolkit_worksheets');
    await q.query('DROP TABLE toolkit_plans');
    await q.query('DROP TABLE toolkit_recovery');
    await q.query('DROP TABLE toolkit_resources');
    await q.query('DROP FUNCTION toolkit_resource_document(text, text, text, text, text[])');
  }
}
