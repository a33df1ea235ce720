import { baseUrl } from './browser';

/** The sponsor `startSponsorship` creates. */
export const SPONSOR_NAME = 'Rosa P.';
const PASSWORD = 'a long and memorable passphrase';

/** One GraphQL call to the running API, as whoever `token` belongs to. */
export async function gql<T>(query: string, variables: object = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`${query.slice(0, 50)}… failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

let counter = 0;
const freshEmail = (what: string) => `${what}-${Date.now()}-${(counter += 1)}@example.org`;

/**
 * Through the sponsorship feature's own API: a new sponsor offers to sponsor in NA, the member asks them,
 * they accept. The member is the one given, or a new account. Fresh accounts leave the demo accounts, which
 * other browser tests look at, as they are.
 */
export async function startSponsorship(
  member: { email: string; password: string } = { email: freshEmail('sponsee'), password: PASSWORD },
  { registerMember = false } = {},
): Promise<{
  sponsorshipId: string;
  member: { email: string; password: string };
  sponsor: { email: string; password: string };
}> {
  // Registration starts no session: each new account signs in with the same credentials.
  const register = async (email: string, displayName: string) => {
    await gql('mutation ($input: RegisterInput!) { register(input: $input) }', {
      input: { email, password: PASSWORD, displayName },
    });
    const { signIn } = await gql<{ signIn: { accessToken: string; account: { id: string } } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken account { id } } }',
      { input: { email, password: PASSWORD } },
    );
    return { register: signIn };
  };
  const sponsorEmail = freshEmail('sponsor');
  const sponsor = await register(sponsorEmail, SPONSOR_NAME);
  await gql(
    'mutation ($input: SponsorProfileInput!) { saveSponsorProfile(input: $input) { programs } }',
    {
      input: {
        programs: ['NA'],
        cleanDate: '2016-04-02',
        languages: ['en'],
        gender: 'WOMAN',
        sponsorsGenders: [],
        timeZone: 'America/Chicago',
        availability: [],
        area: null,
        meetingIds: [],
        matComfortable: true,
        bio: 'NA, ten years.',
        capacity: 3,
        accepting: true,
      },
    },
    sponsor.register.accessToken,
  );
  const token = registerMember
    ? (await register(member.email, 'Lee S.')).register.accessToken
    : (
        await gql<{ signIn: { accessToken: string } }>(
          'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
          { input: member },
        )
      ).signIn.accessToken;
  const { requestSponsorship } = await gql<{ requestSponsorship: { id: string } }>(
    'mutation ($input: RequestSponsorshipInput!) { requestSponsorship(input: $input) { id } }',
    { input: { sponsorId: sponsor.register.account.id, program: 'NA', message: 'Would you sponsor me?' } },
    token,
  );
  await gql(
    'mutation ($id: ID!) { acceptSponsorshipRequest(id: $id) { status } }',
    { id: requestSponsorship.id },
    sponsor.register.accessToken,
  );
  return {
    sponsorshipId: requestSponsorship.id,
    member,
    sponsor: { email: sponsorEmail, password: PASSWORD },
  };
}
