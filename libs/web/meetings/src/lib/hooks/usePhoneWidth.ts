import { useSyncExternalStore } from 'react';

/** The width below which the app shows its compact header (see the ui library's layout.css). */
const PHONE = '(max-width: 47.99rem)';

const query = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(PHONE) : null);

function subscribe(listener: () => void): () => void {
  const list = query();
  list?.addEventListener('change', listener);
  return () => list?.removeEventListener('change', listener);
}

/** Whether the screen is phone-sized, kept up to date as it turns or resizes. */
export function usePhoneWidth(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
