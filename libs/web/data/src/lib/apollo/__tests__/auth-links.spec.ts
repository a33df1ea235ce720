import { ApolloLink } from '@apollo/client';
import { parse } from 'graphql';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@kinship/shared/contracts';
import { createKinshipClient } from '../create-apollo-client';
import { SessionStore } from '../../session/session-store';
import { authPayload, fakeApi, gqlError, type SeenRequest } from '../../testing/fake-api';

const ME = parse('query Me { me { id displayName } }');
const me = { data: { me: { __typename: 'Account', id: 'a1', displayName: 'Ana R.' } } };
const unauthenticated = () => gqlError(ErrorCode.Unauthenticated, 'Please sign in to continue.');

function signedInAs(token: string): SessionStore {
  const session = new SessionStore();
  session.signedIn(authPayload(token));
  return session;
}

/** Runs one operation through the client's whole link chain (error → auth → fake API). */
function run(kinship: ReturnType<typeof createKinshipClient>, query = ME, operationName?: string) {
  const request = operationName ? { query: parse(`query ${operationName} { me { id } }`) } : { query };
  return firstValueFrom(ApolloLink.execute(kinship.client.link, request, { client: kinship.client }));
}

const trace = (seen: SeenRequest[]) => seen.map((r) => `${r.operationName} ${r.authorization ?? '-'}`);

describe('auth and error links', () => {
  it('sends the in-memory access token as a bearer header', async () => {
    const api = fakeApi({ Me: () => me });
    const kinship = createKinshipClient({ terminatingLink: api.link, session: signedInAs('t1') });
    await run(kinship);
    expect(trace(api.seen)).toEqual(['Me Bearer t1']);
  });

  it('on UNAUTHENTICATED refreshes the session once, then retries with the new token', async () => {
    const api = fakeApi({
      Me: ({ authorization }) => (authorization === 'Bearer fresh' ? me : unauthenticated()),
      RefreshSession: () => ({ data: { refreshSession: authPayload('fresh') } }),
    });
    const session = signedInAs('expired');
    const kinship = createKinshipClient({ terminatingLink: api.link, session });

    const result = await run(kinship);

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual(me.data);
    expect(trace(api.seen)).toEqual(['Me Bearer expired', 'RefreshSession -', 'Me Bearer fresh']);
    expect(session.accessToken).toBe('fresh');
    expect(session.getState().status).toBe('signedIn');
  });

  it('signs out and hands back the original error when the refresh fails', async () => {
    const api = fakeApi({
      Me: () => unauthenticated(),
      RefreshSession: () => gqlError(ErrorCode.Unauthenticated, 'You are not signed in on this device.'),
    });
    const session = signedInAs('expired');
    const kinship = createKinshipClient({ terminatingLink: api.link, session });

    const result = await run(kinship);

    expect(result.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.Unauthenticated);
    expect(result.errors?.[0]?.message).toBe('Please sign in to continue.');
    expect(trace(api.seen)).toEqual(['Me Bearer expired', 'RefreshSession -']);
    expect(session.getState()).toEqual({ status: 'signedOut', account: null });
    expect(session.accessToken).toBeNull();
  });

  it('treats an unreachable API during refresh as signed out too', async () => {
    const api = fakeApi({ Me: () => unauthenticated() });
    const session = signedInAs('expired');
    const kinship = createKinshipClient({ terminatingLink: api.link, session });

    await run(kinship);

    expect(session.getState().status).toBe('signedOut');
  });

  it('does not refresh again when the retried operation is refused too (no loop)', async () => {
    const api = fakeApi({
      Me: () => unauthenticated(),
      RefreshSession: () => ({ data: { refreshSession: authPayload('fresh') } }),
    });
    const kinship = createKinshipClient({ terminatingLink: api.link, session: signedInAs('expired') });

    const result = await run(kinship);

    expect(result.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.Unauthenticated);
    expect(trace(api.seen)).toEqual(['Me Bearer expired', 'RefreshSession -', 'Me Bearer fresh']);
  });

  it('shares one refresh between operations refused at the same time', async () => {
    const api = fakeApi({
      Me: ({ authorization }) => (authorization === 'Bearer fresh' ? me : unauthenticated()),
      RefreshSession: () => ({ data: { refreshSession: authPayload('fresh') } }),
    });
    const kinship = createKinshipClient({ terminatingLink: api.link, session: signedInAs('expired') });

    const results = await Promise.all([run(kinship), run(kinship), run(kinship)]);

    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(api.seen.filter((r) => r.operationName === 'RefreshSession')).toHaveLength(1);
  });

  it('never refreshes for sign-in: a wrong password is final', async () => {
    const api = fakeApi({
      SignIn: () => gqlError(ErrorCode.Unauthenticated, 'That email and password do not match an account.'),
      RefreshSession: () => ({ data: { refreshSession: authPayload('fresh') } }),
    });
    const session = new SessionStore();
    session.clear();
    const kinship = createKinshipClient({ terminatingLink: api.link, session });

    const result = await run(kinship, ME, 'SignIn');

    expect(result.errors?.[0]?.message).toBe('That email and password do not match an account.');
    expect(trace(api.seen)).toEqual(['SignIn -']);
  });

  it('restores a session from the refresh cookie at start, once however often it is asked', async () => {
    const api = fakeApi({ RefreshSession: () => ({ data: { refreshSession: authPayload('restored') } }) });
    const kinship = createKinshipClient({ terminatingLink: api.link });
    expect(kinship.session.getState().status).toBe('restoring');

    const [first, second] = await Promise.all([kinship.restoreSession(), kinship.restoreSession()]);

    expect([first, second]).toEqual([true, true]);
    expect(api.seen).toHaveLength(1);
    expect(kinship.session.getState().account?.displayName).toBe('Ana R.');
    expect(kinship.session.accessToken).toBe('restored');
  });
});
