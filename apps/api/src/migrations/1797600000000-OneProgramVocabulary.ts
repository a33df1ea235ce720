import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One vocabulary of programs: sponsorship takes its program codes from `programs` (the list admins extend)
 * instead of an enum of its own. The enum's programs the list lacked are added to it; its one value that
 * is not a valid program code (RECOVERY_DHARMA: codes use hyphens) is rewritten wherever it is stored;
 * eligibility rules accept any program code, and follow a rule's code when it changes.
 */
export class OneProgramVocabulary1797600000000 implements MigrationInterface {
  name = 'OneProgramVocabulary1797600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO programs (code, name, url, description) VALUES
        ('CA', 'Cocaine Anonymous', 'https://ca.org', 'A fellowship of people who share their experience to recover from addiction to cocaine and all other mind-altering substances.'),
        ('CMA', 'Crystal Meth Anonymous', 'https://www.crystalmeth.org', 'A fellowship of people who share their experience to recover from addiction to crystal meth.'),
        ('HA', 'Heroin Anonymous', 'https://heroinanonymous.org', 'A fellowship of people who share their experience to recover from heroin addiction.'),
        ('RECOVERY-DHARMA', 'Recovery Dharma', 'https://recoverydharma.org', 'Peer-led recovery that uses Buddhist practices and principles; mentors rather than sponsors.')
      ON CONFLICT (code) DO NOTHING`);
    await q.query('ALTER TABLE seeker_preferences DROP CONSTRAINT seeker_preferences_program_fkey');
    await q.query('ALTER TABLE sponsorships DROP CONSTRAINT sponsorships_program_fkey');
    await q.query('ALTER TABLE sponsorship_rules DROP CONSTRAINT sponsorship_rules_program_check');
    await this.rewrite(q, '_', '-');
    await q.query(`ALTER TABLE sponsorship_rules ADD CONSTRAINT sponsorship_rules_program_check
                    CHECK (program ~ '^[A-Z0-9][A-Z0-9-]{0,19}$')`);
    await this.foreignKeys(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE seeker_preferences DROP CONSTRAINT seeker_preferences_program_fkey');
    await q.query('ALTER TABLE sponsorships DROP CONSTRAINT sponsorships_program_fkey');
    await q.query('ALTER TABLE sponsorship_rules DROP CONSTRAINT sponsorship_rules_program_check');
    await this.rewrite(q, '-', '_');
    await q.query(`ALTER TABLE sponsorship_rules ADD CONSTRAINT sponsorship_rules_program_check
                    CHECK (program ~ '^[A-Z_]{2,24}$')`);
    await this.foreignKeys(q);
    await q.query(`DELETE FROM programs p WHERE p.code IN ('CA', 'CMA', 'HA', 'RECOVERY-DHARMA')
                     AND NOT EXISTS (SELECT 1 FROM meeting_groups g WHERE g.program_id = p.id)`);
  }

  /** Every stored program code, `from` replaced by `to`. */
  private async rewrite(q: QueryRunner, from: string, to: string): Promise<void> {
    for (const table of ['sponsorship_rules', 'seeker_preferences', 'sponsorships']) {
      await q.query(`UPDATE ${table} SET program = replace(program, $1, $2) WHERE strpos(program, $1) > 0`, [
        from,
        to,
      ]);
    }
    await q.query(
      `UPDATE sponsor_profiles
          SET programs = ARRAY(SELECT replace(c, $1, $2) FROM unnest(programs) WITH ORDINALITY u(c, o) ORDER BY o)
        WHERE strpos(array_to_string(programs, ','), $1) > 0`,
      [from, to],
    );
  }

  private async foreignKeys(q: QueryRunner): Promise<void> {
    for (const table of ['seeker_preferences', 'sponsorships']) {
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_program_fkey FOREIGN KEY (program)
                      REFERENCES sponsorship_rules(program) ON UPDATE CASCADE`);
    }
  }
}
