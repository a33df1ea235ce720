import { ApolloLink } from '@apollo/client';
import { mergeMap, of, timer } from 'rxjs';
import { ErrorCode } from '@kinship/shared/contracts';

export interface BusyRetryOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** The first wait when the server gives no hint; doubled on each retry. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/** The wait before retry number `retry` (1, 2, …): the server's hint or the doubling backoff, with jitter. */
export function busyDelayMs(
  retry: number,
  retryAfterSeconds: unknown,
  options: Required<BusyRetryOptions>,
): number {
  const hinted =
    typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : 0;
  const backoff = options.baseDelayMs * 2 ** (retry - 1);
  const wait = Math.min(options.maxDelayMs, Math.max(hinted, backoff));
  return Math.round(wait * (0.8 + Math.random() * 0.4));
}

/**
 * When the API answers UNAVAILABLE (busy for a moment: the database pool or a capacity limit), waits as
 * told (`retryAfterSeconds`, or a doubling backoff) and tries again, a few times, before handing the
 * answer to the caller. The server says UNAVAILABLE only when the work was not done, so retrying is safe.
 */
export function createBusyRetryLink(options: BusyRetryOptions = {}): ApolloLink {
  const settings: Required<BusyRetryOptions> = {
    attempts: options.attempts ?? 4,
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 8000,
  };
  return new ApolloLink((operation, forward) => {
    const attempt = (n: number): ReturnType<typeof forward> =>
      forward(operation).pipe(
        mergeMap((result) => {
          const busy = result.errors?.find((e) => e.extensions?.['code'] === ErrorCode.Unavailable);
          if (!busy || n >= settings.attempts) return of(result);
          const wait = busyDelayMs(n, busy.extensions?.['retryAfterSeconds'], settings);
          return timer(wait).pipe(mergeMap(() => attempt(n + 1)));
        }),
      );
    return attempt(1);
  });
}
