import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A short public handle per member ("K7QM", shown as "#K7QM" beside the display name) so two members with
 * the same display name can be told apart. Random (from `gen_random_uuid()`, a strong random source), never
 * derived from the id or email, globally unique, and stable: renaming keeps it. The alphabet has no vowels
 * (no words) and no look-alike characters (0/O, 1/I/L). Every insert gets one from the column default, so
 * existing rows are backfilled by adding the column; after eight collisions in a row it uses 5 characters.
 */
export class AddMemberHandles1796405862331 implements MigrationInterface {
  name = 'AddMemberHandles1796405862331';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION new_member_handle() RETURNS varchar(8) LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        alphabet constant text := '23456789BCDFGHJKMNPQRSTVWXZ';
        bytes bytea;
        candidate text;
        len int := 4;
        attempt int := 0;
      BEGIN
        LOOP
          bytes := uuid_send(gen_random_uuid());
          candidate := '';
          FOR i IN 0 .. len - 1 LOOP
            candidate := candidate || substr(alphabet, get_byte(bytes, i) % length(alphabet) + 1, 1);
          END LOOP;
          IF NOT EXISTS (SELECT 1 FROM users WHERE handle = candidate) THEN
            RETURN candidate;
          END IF;
          attempt := attempt + 1;
          IF attempt % 8 = 0 AND len < 8 THEN
            len := len + 1;
          END IF;
        END LOOP;
      END $$`);
    await q.query(`ALTER TABLE users ADD COLUMN handle varchar(8)`);
    await q.query(`UPDATE users SET handle = new_member_handle()`);
    await q.query(`ALTER TABLE users ALTER COLUMN handle SET DEFAULT new_member_handle()`);
    await q.query(`ALTER TABLE users ALTER COLUMN handle SET NOT NULL`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE (handle)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users DROP COLUMN handle');
    await q.query('DROP FUNCTION new_member_handle()');
  }
}
