import type { Logger } from 'pino';
import { SPONSOR_LOOKUP, type SponsorLookup } from '@kinship/api/core';
import { registerMember } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

export type Member = Awaited<ReturnType<typeof registerMember>>;

/** Who sponsors whom, as the tests say: stands in for the sponsorship feature's SPONSOR_LOOKUP. */
export class FakeSponsorLookup implements SponsorLookup {
  private readonly sponsors = new Map<string, { id: string; displayName: string }>();

  startSponsorship(sponsee: Member, sponsor: Member): void {
    this.sponsors.set(sponsee.id, { id: sponsor.id, displayName: sponsor.displayName });
  }

  endSponsorship(sponsee: Member): void {
    this.sponsors.delete(sponsee.id);
  }

  async currentSponsorOf(memberId: string) {
    return this.sponsors.get(memberId) ?? null;
  }
}

/** The whole API on a fresh database, with the fake sponsor lookup in place of the real one. */
export async function startToolkitApp(
  logger?: Logger,
): Promise<{ app: TestApp; sponsors: FakeSponsorLookup }> {
  const sponsors = new FakeSponsorLookup();
  const app = await startTestApp(
    {},
    { logger, overrides: [{ provide: SPONSOR_LOOKUP, useValue: sponsors }] },
  );
  return { app, sponsors };
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
