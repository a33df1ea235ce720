import { useEffect } from 'react';

const PREFIX = /^\(\d+\+?\) /;

/** The title without any count this hook put in front of it. */
export const titleWithoutCount = (title: string) => title.replace(PREFIX, '');

/**
 * Puts a count in front of the tab title, "(2) Queue · Kinship", and keeps it there as pages change the
 * title. 0 removes it. One small hook on purpose: the app can combine several counts in one place.
 */
export function useCountInTitle(count: number): void {
  useEffect(() => {
    if (typeof document === 'undefined') return;
    const apply = () => {
      const base = titleWithoutCount(document.title);
      const next = count > 0 ? `(${count > 99 ? '99+' : count}) ${base}` : base;
      if (document.title !== next) document.title = next;
    };
    apply();
    const head = document.querySelector('head');
    if (!head || typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(apply);
    observer.observe(head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      document.title = titleWithoutCount(document.title);
    };
  }, [count]);
}
