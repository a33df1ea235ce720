import { useEffect, useRef } from 'react';
import { useRealtime } from '@kinship/web/data';

/**
 * Calls `onChange` whenever the moderation queue may have changed: a new alert, a claim, an
 * acknowledgement, a resolution (from any moderator, on any node), and after every (re)connection, when
 * events may have been missed. Opens the tab's shared socket while mounted.
 */
export function useModerationEvents(onChange: () => void, enabled = true): void {
  const { socket } = useRealtime();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    if (!socket || !enabled) return;
    const fire = () => latest.current();
    socket.on('chat:alert', fire);
    socket.on('moderation:changed', fire);
    socket.on('connect', fire);
    return () => {
      socket.off('chat:alert', fire);
      socket.off('moderation:changed', fire);
      socket.off('connect', fire);
    };
  }, [socket, enabled]);
}
