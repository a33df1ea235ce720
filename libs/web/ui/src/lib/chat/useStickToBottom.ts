import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** How close (px) the end of the list may be to the composer and still count as "at the bottom". */
const SLACK = 48;

export interface StickToBottomOptions {
  /** An empty element right after the last message. */
  endRef: RefObject<HTMLElement | null>;
  /** The sticky composer area at the bottom of the screen, which may cover the end of the list. */
  footerRef: RefObject<HTMLElement | null>;
  /** Changes whenever a message is added at the end (e.g. the last message's key); null while loading. */
  lastKey: string | null;
  /** The last message is the member's own (just sent): always shown. */
  lastIsMine: boolean;
}

/** Where the composer's top edge is on screen (the viewport's bottom when there is none). */
function coverTop(footer: HTMLElement | null): number {
  return footer ? footer.getBoundingClientRect().top : window.innerHeight;
}

/**
 * Keeps the newest message in view above the sticky composer while the member is at the bottom of a chat
 * (the page scrolls, the composer sticks to the bottom). When they have scrolled up and a message arrives,
 * `cue` turns on ("New messages") until they are back at the bottom; `jump` takes them there.
 */
export function useStickToBottom({ endRef, footerRef, lastKey, lastIsMine }: StickToBottomOptions) {
  const atBottom = useRef(true);
  const [cue, setCue] = useState(false);

  const isAtBottom = useCallback(() => {
    const end = endRef.current;
    if (!end) return true;
    return end.getBoundingClientRect().top <= coverTop(footerRef.current) + SLACK;
  }, [endRef, footerRef]);

  const scrollToBottom = useCallback(() => {
    const end = endRef.current;
    if (!end) return;
    const footer = footerRef.current;
    // Put the end of the list right above the composer (not under it): scroll by how far it is below it.
    const coverHeight = footer ? footer.getBoundingClientRect().height : 0;
    const delta = end.getBoundingClientRect().top - (window.innerHeight - coverHeight);
    const scroller = document.scrollingElement ?? document.documentElement;
    if (delta > 0) scroller.scrollTop += delta;
    atBottom.current = true;
    setCue(false);
  }, [endRef, footerRef]);

  useEffect(() => {
    const onScroll = () => {
      atBottom.current = isAtBottom();
      if (atBottom.current) setCue(false);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [isAtBottom]);

  // A new last message: follow it when at the bottom or when it is the member's own; else show the cue.
  useLayoutEffect(() => {
    if (lastKey === null) return;
    if (atBottom.current || lastIsMine) scrollToBottom();
    else setCue(true);
  }, [lastKey, lastIsMine, scrollToBottom]);

  // The composer grew (more lines, a notice), the viewport shrank (an on-screen keyboard) or the page grew
  // above the list (a heading that loads after the messages): stay down.
  useEffect(() => {
    const footer = footerRef.current;
    if (!footer || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) scrollToBottom();
    });
    observer.observe(footer);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [footerRef, scrollToBottom]);

  return { cue, jump: scrollToBottom };
}
