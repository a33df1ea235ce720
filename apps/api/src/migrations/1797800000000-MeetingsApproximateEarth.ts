import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * BMLT position searches read only the meetings near the point, through the GiST index on the stored
 * position. Approximate positions have no stored one (the GraphQL finder leaves them out), but BMLT serves
 * them with their distance, so they get a small partial index of their own.
 */
export class MeetingsApproximateEarth1797800000000 implements MigrationInterface {
  name = 'MeetingsApproximateEarth1797800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX meetings_approximate_earth_idx ON meetings
         USING gist (ll_to_earth(latitude, longitude)) WHERE approximate`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX meetings_approximate_earth_idx');
  }
}
