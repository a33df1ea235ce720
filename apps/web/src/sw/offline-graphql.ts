/// <reference lib="webworker" />
import { OFFLINE_CACHE, OFFLINE_OPERATIONS, OFFLINE_SESSION_OPERATIONS } from '@kinship/shared/contracts';

export const GRAPHQL_PATH = '/graphql';
/** Set by the app on the operations worth keeping (see OFFLINE_OPERATIONS); its value is the operation name. */
export const OFFLINE_HEADER = 'x-kinship-offline';

interface GraphqlBody {
  operationName?: string;
  variables?: Record<string, unknown>;
}

/** Where an operation's last good answer is kept (a GET URL: the Cache API keys by request). */
function keyOf(operation: string, variables: unknown): string {
  return `/__offline__/graphql/${encodeURIComponent(operation)}?v=${encodeURIComponent(JSON.stringify(variables ?? {}))}`;
}

/**
 * Network first. A good answer is kept on the device (session answers without the access token); when the
 * network fails, the kept answer is returned instead, so the member's saved meetings, plan and Help now show.
 * A refused session (signed out elsewhere) drops everything kept.
 */
export async function offlineGraphql(request: Request, event: ExtendableEvent): Promise<Response> {
  const body = (await request
    .clone()
    .json()
    .catch(() => ({}))) as GraphqlBody;
  const operation = body.operationName ?? '';
  const session = OFFLINE_SESSION_OPERATIONS.includes(operation);
  if (!session && !OFFLINE_OPERATIONS.includes(operation)) return fetch(request);
  const key = session ? keyOf('RefreshSession', {}) : keyOf(operation, body.variables);
  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    const kept = await (await caches.open(OFFLINE_CACHE)).match(key);
    if (kept) return kept;
    throw error;
  }
  event.waitUntil(keep(key, operation, response.clone(), session).catch(() => undefined));
  return response;
}

async function keep(key: string, operation: string, response: Response, session: boolean): Promise<void> {
  const json = (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  if (!response.ok || json.errors?.length || !json.data) {
    if (operation === 'RefreshSession') await caches.delete(OFFLINE_CACHE);
    return;
  }
  let data = json.data;
  if (session) {
    const payload = Object.values(json.data)[0] as Record<string, unknown> | null;
    if (!payload) return;
    data = { refreshSession: { ...payload, accessToken: '' } };
  }
  const cache = await caches.open(OFFLINE_CACHE);
  await cache.put(
    key,
    new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } }),
  );
}
