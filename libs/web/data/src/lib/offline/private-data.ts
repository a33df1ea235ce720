import { OFFLINE_CACHE } from '@kinship/shared/contracts';

/** Which member's things this device keeps (an id only), so another member signing in never sees them. */
export const OFFLINE_MEMBER_KEY = 'kinship.offlineMember';

/**
 * Deletes what this device kept for the member: the service worker's cache, our storage keys, and this
 * browser's push subscription (the server forgets it at the next push, when the push service says it is gone).
 */
export async function clearPrivateData(): Promise<void> {
  try {
    localStorage.removeItem(OFFLINE_MEMBER_KEY);
  } catch {
    // storage blocked: nothing was kept there either
  }
  if (typeof caches !== 'undefined') await caches.delete(OFFLINE_CACHE).catch(() => false);
  if (typeof navigator !== 'undefined' && navigator.serviceWorker) {
    const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
    const subscription = await registration?.pushManager?.getSubscription().catch(() => null);
    await subscription?.unsubscribe().catch(() => false);
  }
}

/** Called when a member is signed in: a different member than last time starts with nothing kept. */
export async function keepFor(memberId: string): Promise<void> {
  let previous: string | null = null;
  try {
    previous = localStorage.getItem(OFFLINE_MEMBER_KEY);
  } catch {
    return;
  }
  if (previous && previous !== memberId) await clearPrivateData();
  try {
    localStorage.setItem(OFFLINE_MEMBER_KEY, memberId);
  } catch {
    // storage blocked
  }
}
