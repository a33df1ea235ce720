import { ApolloLink } from '@apollo/client';
import { parse } from 'graphql';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@kinship/shared/contracts';
import { createKinshipClient } from '../create-apollo-client';
import { busyDelayMs } from '../busy-retry-link';
import { fakeApi, gqlError } from '../../testing/fake-api';

const ME = parse('query Me { me { id displayName } }');
const me = { data: { me: { __typename: 'Account', id: 'a1', displayName: 'Ana R.' } } };
const busy = () => gqlError(ErrorCode.Unavailable, 'We are very busy right now.', { retryAfterSeconds: 0 });

function run(kinship: ReturnType<typeof createKinshipClient>) {
  return firstValueFrom(ApolloLink.execute(kinship.client.link, { query: ME }, { client: kinship.client }));
}

describe('retrying when the API is busy', () => {
  it('retries an UNAVAILABLE answer with backoff and returns the answer that worked', async () => {
    let calls = 0;
    const api = fakeApi({ Me: () => (++calls < 3 ? busy() : me) });
    const kinship = createKinshipClient({ terminatingLink: api.link, busyRetry: { baseDelayMs: 1 } });
    const result = await run(kinship);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual(me.data);
    expect(api.seen.map((r) => r.operationName)).toEqual(['Me', 'Me', 'Me']);
  });

  it('gives up after its attempts and hands the caller the UNAVAILABLE error', async () => {
    const api = fakeApi({ Me: busy });
    const kinship = createKinshipClient({
      terminatingLink: api.link,
      busyRetry: { baseDelayMs: 1, attempts: 3 },
    });
    const result = await run(kinship);
    expect(result.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.Unavailable);
    expect(api.seen).toHaveLength(3);
  });

  it('does not retry other errors', async () => {
    const api = fakeApi({ Me: () => gqlError(ErrorCode.BadUserInput, 'no') });
    const kinship = createKinshipClient({ terminatingLink: api.link, busyRetry: { baseDelayMs: 1 } });
    await run(kinship);
    expect(api.seen).toHaveLength(1);
  });

  it('waits at least what the server asks, doubling otherwise, within the cap', () => {
    const settings = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };
    expect(busyDelayMs(1, 2, settings)).toBeGreaterThanOrEqual(1600);
    expect(busyDelayMs(1, 2, settings)).toBeLessThanOrEqual(2400);
    expect(busyDelayMs(3, undefined, settings)).toBeGreaterThanOrEqual(1600);
    expect(busyDelayMs(10, 60, settings)).toBeLessThanOrEqual(9600);
  });
});
