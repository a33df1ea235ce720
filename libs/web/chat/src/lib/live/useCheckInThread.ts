import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CheckInMessagePayload, SocketAck } from '@kinship/shared/contracts';
import { useRealtime, type ModeratorCheckInFieldsFragment } from '@kinship/web/data';

export type ThreadMessage = ModeratorCheckInFieldsFragment['messages'][number];
export interface PendingCheckIn {
  clientId: string;
  text: string;
  failed: string | null;
}

const newClientId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/**
 * One check-in conversation, live: the stored messages (from GraphQL), new ones from the socket (no
 * subscription needed: they come to the member's own sockets and the moderators' channel), in order by
 * number without duplicates, and sends that are stored before their ack and safe to retry (same client id).
 * After a reconnect it asks `reload` for what it may have missed.
 */
export function useCheckInThread(
  checkIn: ModeratorCheckInFieldsFragment | null,
  myId: string | undefined,
  reload: () => void,
) {
  const { socket } = useRealtime();
  const [live, setLive] = useState<ThreadMessage[]>([]);
  const [pending, setPending] = useState<PendingCheckIn[]>([]);
  const id = checkIn?.id;

  const add = useCallback(
    (m: CheckInMessagePayload) => {
      if (m.checkInId !== id) return;
      setLive((list) =>
        list.some((x) => x.id === m.id)
          ? list
          : [...list, { ...m, mine: m.author?.id === myId, __typename: 'ModeratorCheckInMessage' }],
      );
      setPending((list) => list.filter((p) => p.clientId !== m.clientId || m.author?.id !== myId));
    },
    [id, myId],
  );

  useEffect(() => {
    if (!socket) return;
    const onConnect = () => reload();
    socket.on('checkin:message', add);
    socket.on('connect', onConnect);
    return () => {
      socket.off('checkin:message', add);
      socket.off('connect', onConnect);
    };
  }, [socket, add, reload]);

  const messages = useMemo(() => {
    const byId = new Map<string, ThreadMessage>();
    for (const m of [...(checkIn?.messages ?? []), ...live]) byId.set(m.id, m);
    return [...byId.values()].sort((a, b) => a.seq - b.seq);
  }, [checkIn, live]);

  const deliver = useCallback(
    (clientId: string, text: string) => {
      if (!socket || !id) {
        setPending((list) => list.map((p) => (p.clientId === clientId ? { ...p, failed: 'offline' } : p)));
        return;
      }
      socket
        .timeout(10_000)
        .emitWithAck('checkin:send', { checkInId: id, clientId, text })
        .then((ack: SocketAck<CheckInMessagePayload>) => {
          if (ack.ok) add(ack.data);
          else
            setPending((list) =>
              list.map((p) => (p.clientId === clientId ? { ...p, failed: ack.error.message } : p)),
            );
        })
        .catch(() =>
          setPending((list) => list.map((p) => (p.clientId === clientId ? { ...p, failed: 'offline' } : p))),
        );
    },
    [socket, id, add],
  );

  const send = (text: string) => {
    const clientId = newClientId();
    setPending((list) => [...list, { clientId, text, failed: null }]);
    deliver(clientId, text);
  };
  const retry = (p: PendingCheckIn) => {
    setPending((list) => list.map((x) => (x.clientId === p.clientId ? { ...x, failed: null } : x)));
    deliver(p.clientId, p.text);
  };
  return { messages, pending, send, retry };
}
