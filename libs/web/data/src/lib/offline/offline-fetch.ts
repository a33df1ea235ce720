import { OFFLINE_OPERATIONS, OFFLINE_SESSION_OPERATIONS } from '@kinship/shared/contracts';

/** The header the service worker looks for (it handles only the operations worth keeping offline). */
export const OFFLINE_HEADER = 'x-kinship-offline';
const KEPT = new Set([...OFFLINE_OPERATIONS, ...OFFLINE_SESSION_OPERATIONS]);

function operationOf(body: unknown): string | null {
  if (typeof body !== 'string') return null;
  try {
    const name = (JSON.parse(body) as { operationName?: unknown }).operationName;
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/**
 * fetch for Apollo's HTTP link: marks the operations the service worker keeps for offline use (the member's
 * saved meetings, plan, Help now and the session), so every other request passes it untouched.
 */
export const offlineAwareFetch: typeof fetch = (input, init) => {
  const operation = operationOf(init?.body);
  if (!operation || !KEPT.has(operation)) return fetch(input, init);
  const headers = new Headers(init?.headers);
  headers.set(OFFLINE_HEADER, operation);
  return fetch(input, { ...init, headers });
};
