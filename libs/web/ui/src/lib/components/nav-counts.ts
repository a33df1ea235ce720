import { useSyncExternalStore } from 'react';

/**
 * What waits for the member behind the main navigation (unread private messages and notifications, for
 * moderators their open queue), by source. The compact header shows the total on its Menu button, so a
 * count inside the closed menu is never out of sight.
 */
const counts = new Map<string, number>();
const listeners = new Set<() => void>();
let total = 0;

/** One source's count (0 removes it), e.g. setNavCount('unread', 3). */
export function setNavCount(source: string, count: number): void {
  if (count > 0) counts.set(source, count);
  else counts.delete(source);
  const next = [...counts.values()].reduce((sum, n) => sum + n, 0);
  if (next === total) return;
  total = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => total;

/** The sum of every source's count, re-rendering when it changes. */
export function useNavCount(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
