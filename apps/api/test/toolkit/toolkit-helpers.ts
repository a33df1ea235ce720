import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { registerMember } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

export type Member = Awaited<ReturnType<typeof registerMember>>;

/**
 * Who sponsors whom, as the tests say, through real relationships in the sponsorship feature's table:
 * the toolkit then learns of them through the real SPONSOR_LOOKUP, as it does in production.
 */
export class Sponsorships {
  constructor(private readonly app: TestApp) {}

  /** A new sponsor replaces the current one (one active sponsorship per program, as in the feature). */
  async startSponsorship(sponsee: Member, sponsor: Member): Promise<void> {
    await this.endSponsorship(sponsee);
    await this.app.running.app.get(DataSource).query(
      `INSERT INTO sponsorships (sponsor_id, sponsee_id, program, status, responded_at, started_at)
       VALUES ($1, $2, 'NA', 'active', now(), now())`,
      [sponsor.id, sponsee.id],
    );
  }

  async endSponsorship(sponsee: Member): Promise<void> {
    await this.app.running.app
      .get(DataSource)
      .query(
        `UPDATE sponsorships SET status = 'ended', ended_at = now() WHERE sponsee_id = $1 AND status = 'active'`,
        [sponsee.id],
      );
  }
}

/** The whole API on a fresh database, and a way to start and end real sponsorships. */
export async function startToolkitApp(logger?: Logger): Promise<{ app: TestApp; sponsors: Sponsorships }> {
  const app = await startTestApp({}, { logger });
  return { app, sponsors: new Sponsorships(app) };
}

/** Runs an operation as `who` and returns its data, failing the test with the errors if there are any. */
export async function ok<T>(app: TestApp, who: Member | null, query: string, variables = {}): Promise<T> {
  const res = await app.gql<T>(query, variables, who ? { token: who.token } : {});
  if (res.errors || !res.data)
    throw new Error(`${query.slice(0, 60)}… failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The error code of an operation that must fail. */
export async function errorCode(app: TestApp, who: Member | null, query: string, variables = {}) {
  const res = await app.gql(query, variables, who ? { token: who.token } : {});
  return res.errors?.[0]?.extensions?.['code'];
}

export const SET_ZONE = `mutation ($tz: String!) { updateProfile(input: { timeZone: $tz }) { timeZone } }`;
