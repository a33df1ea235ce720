import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { connectSocket } from '../support/sockets';
import { registerMember } from '../support/accounts';
import type { TestApp } from '../support/test-app';

export type Member = Awaited<ReturnType<typeof registerMember>>;
type Vars = Record<string, unknown>;

export const SAVE_PROFILE = `mutation ($input: SponsorProfileInput!) {
  saveSponsorProfile(input: $input) {
    programs cleanDate cleanTime { years months label } offered notOfferedReasons
    eligibility { program eligible minCleanDays eligibleFrom reason } area { latitude longitude } activeSponsees
  }
}`;
export const SAVE_PREFERENCES = `mutation ($input: SeekerPreferencesInput!) {
  saveSeekerPreferences(input: $input) { program area { latitude longitude } }
}`;
export const MATCHES = `query ($first: Int, $after: String) {
  sponsorMatches(first: $first, after: $after) {
    program kind total hasNextPage endCursor
    candidates {
      sponsorId displayName bio kind programs languages gender matComfortable timeZone openSpots distance score
      requestPending cleanTime { years months label } availability { day startMinute endMinute }
      reasons { kind text points languages minutes distance count cleanTime { years months } }
    }
  }
}`;
export const SPONSORSHIP_FIELDS = `id myRole status program kind temporary requestMessage declineReason endReason endedByMe
  checkInDue checkInDueAt lastSeq myReadSeq otherReadSeq unreadCount other { id displayName bio }`;
export const REQUEST = `mutation ($input: RequestSponsorshipInput!) {
  requestSponsorship(input: $input) { ${SPONSORSHIP_FIELDS} }
}`;
export const ACCEPT = `mutation ($id: ID!) { acceptSponsorshipRequest(id: $id) { ${SPONSORSHIP_FIELDS} } }`;

export const MONDAY_EVENING = [{ day: 1, startMinute: 18 * 60, endMinute: 21 * 60 }];

export function sponsorInput(overrides: Vars = {}): Vars {
  return {
    programs: ['NA'],
    cleanDate: '2018-01-15',
    languages: ['en'],
    gender: 'WOMAN',
    sponsorsGenders: [],
    timeZone: 'UTC',
    availability: [],
    area: null,
    meetingIds: [],
    matComfortable: true,
    bio: 'Happy to help.',
    capacity: 3,
    accepting: true,
    ...overrides,
  };
}

export function seekerInput(overrides: Vars = {}): Vars {
  return {
    program: 'NA',
    languages: ['en'],
    gender: 'WOMAN',
    preferredGenders: [],
    onMat: false,
    remoteOnly: true,
    timeZone: 'UTC',
    availability: [],
    area: null,
    meetingIds: [],
    ...overrides,
  };
}

/** GraphQL that must succeed: returns `data`, or throws with the errors. */
export async function ok<T = Record<string, unknown>>(
  app: TestApp,
  query: string,
  variables: Vars,
  member: Member,
): Promise<T> {
  const res = await app.gql<T>(query, variables, { token: member.token });
  if (res.errors || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** GraphQL that must fail: returns the first error's code and message. */
export async function refused(app: TestApp, query: string, variables: Vars, member: Member) {
  const res = await app.gql(query, variables, { token: member.token });
  const error = res.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  return { code: error.extensions?.['code'] as string, message: error.message };
}

export async function sponsor(app: TestApp, overrides: Vars = {}, displayName?: string): Promise<Member> {
  const member = await registerMember(app, displayName ? { displayName } : {});
  await ok(app, SAVE_PROFILE, { input: sponsorInput(overrides) }, member);
  return member;
}

export async function seeker(app: TestApp, overrides: Vars = {}): Promise<Member> {
  const member = await registerMember(app);
  await ok(app, SAVE_PREFERENCES, { input: seekerInput(overrides) }, member);
  return member;
}

export interface Candidate {
  sponsorId: string;
  displayName: string;
  score: number;
  distance: string | null;
  requestPending: boolean;
  openSpots: number;
  cleanTime: { years: number; months: number; label: string };
  reasons: {
    kind: string;
    text: string;
    points: number;
    minutes?: number;
    count?: number;
    languages?: string[];
  }[];
}

export async function matches(app: TestApp, member: Member, first = 25) {
  const data = await ok<{ sponsorMatches: { total: number; candidates: Candidate[] } }>(
    app,
    MATCHES,
    { first },
    member,
  );
  return data.sponsorMatches;
}

export function sql<T = Record<string, unknown>>(app: TestApp, text: string, params: unknown[] = []) {
  return app.running.app.get(DataSource).query(text, params) as Promise<T[]>;
}

/** The 15th of the month `months` ago, as YYYY-MM-DD: clean time shown is then exactly `months - 1` months. */
export function monthsAgo(months: number): string {
  const d = new Date();
  d.setUTCDate(15);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** A date `days` ago, as YYYY-MM-DD. */
export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** An active sponsorship made straight in the database (for tests about what follows from one). */
export async function activeSponsorship(app: TestApp, sponsorId: string, sponseeId: string, program = 'NA') {
  const [row] = await sql<{ id: string }>(
    app,
    `INSERT INTO sponsorships (sponsor_id, sponsee_id, program, status, responded_at, started_at)
     VALUES ($1, $2, $3, 'active', now(), now()) RETURNING id`,
    [sponsorId, sponseeId, program],
  );
  return row.id;
}

/** A connected socket of the member (like support/sockets' `connected`, but leaves no timer behind). */
export function openSocket(app: TestApp, member: Member): Promise<Socket> {
  const socket = connectSocket(app.url, member.token);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no connection within 5 s')), 5000);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('connect_error');
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
