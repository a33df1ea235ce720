/// <reference lib="webworker" />
import type { PushPayload } from '@kinship/shared/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Neutral words only: a lock screen is public, so nothing says what the app is for or who wrote. */
const WORDS = {
  en: { activity: 'New activity', reminder: 'Reminder', open: 'Open Kinship to see it.' },
  es: { activity: 'Nueva actividad', reminder: 'Recordatorio', open: 'Abre Kinship para verlo.' },
};

function parse(data: PushMessageData | null): PushPayload | null {
  try {
    const value = data?.json() as Partial<PushPayload> | undefined;
    return value && typeof value.kind === 'string' ? (value as PushPayload) : null;
  } catch {
    return null;
  }
}

/** The page a notification opens; the app fetches the details there. */
export function pathFor(payload: PushPayload | null): string {
  const id = payload?.refId && UUID.test(payload.refId) ? payload.refId : null;
  switch (payload?.kind) {
    case 'private_message':
      return id ? `/sponsorship/messages/${id}` : '/sponsorship';
    case 'sponsorship_request':
    case 'sponsorship_answer':
      return '/sponsorship';
    case 'moderator_check_in':
      return '/check-ins';
    case 'meeting_reminder':
      return id ? `/meetings/${id}` : '/my-meetings';
    default:
      return '/';
  }
}

export function showPush(
  registration: ServiceWorkerRegistration,
  data: PushMessageData | null,
): Promise<void> {
  const payload = parse(data);
  const words = WORDS[payload?.locale === 'es' ? 'es' : 'en'];
  const title = payload?.kind === 'meeting_reminder' ? words.reminder : words.activity;
  return registration.showNotification(title, {
    body: words.open,
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    tag: payload?.kind ?? 'kinship',
    data: { path: pathFor(payload) },
  });
}

export async function openFromNotification(clients: Clients, data: unknown): Promise<void> {
  const path = (data as { path?: unknown } | null)?.path;
  const url = new URL(typeof path === 'string' && path.startsWith('/') ? path : '/', self.location.origin)
    .href;
  const open = (await clients.matchAll({ type: 'window', includeUncontrolled: true })) as WindowClient[];
  const existing = open.find((c) => new URL(c.url).origin === self.location.origin);
  if (existing) {
    await existing.focus();
    await existing.navigate(url).catch(() => undefined);
    return;
  }
  await clients.openWindow(url);
}
