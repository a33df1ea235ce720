import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type {
  ChatHeldOutcomeEvent,
  ChatMessagePayload,
  ChatRestriction,
  ChatRoomUpdateEvent,
  ChatSanctionEvent,
  ChatSendResult,
  ChatStatusReason,
  ChatTypingEvent,
  ChatSubscribeResult,
  CrisisSupport,
  SocketAck,
  SocketError,
} from '@kinship/shared/contracts';
import type { ConnectionState, RealtimeSocket } from '@kinship/web/data';
import { CHAT_HISTORY, MY_HELD_MESSAGES } from '../graphql/chat.documents';
import {
  emptyTimeline,
  fromGraphql,
  fromPayload,
  prependOlder,
  receive,
  startFrom,
  update,
  type Timeline,
} from '../realtime/timeline';

export const PAGE_SIZE = 50;
const ACK_TIMEOUT_MS = 10_000;
const TYPING_EVERY_MS = 2_000;
const TYPING_SHOWN_MS = 4_000;

/** A message of mine not (yet) in the room: on its way, held for review, or refused. */
export interface PendingMessage {
  clientId: string;
  text: string;
  state: 'sending' | 'held' | 'failed';
  messageId?: string;
  /** Held: the server's explanation. Failed: the refusal. */
  error?: SocketError;
  /** Held: why (the room view says it in the reader's language). */
  heldReason?: ChatStatusReason;
}

export type Restriction = (ChatRestriction & { kind: 'timeout' | 'ban' }) | null;

/** Stops receiving a room (and being shown as here). A closed connection has left every room already. */
function leave(socket: RealtimeSocket, roomId: string) {
  if (socket.connected) socket.emit('chat:unsubscribe', { roomId }, () => undefined);
}

const newClientId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/**
 * One room, live: history from GraphQL, then the socket subscription with catch-up from the last sequence
 * seen (again after every reconnect), messages shown strictly in order, sends with a client id that makes
 * retries safe (unacknowledged ones are resent after a reconnect), typing, crisis help, and the member's
 * restriction (timeout or ban) with its reason. The socket is the tab's and outlives the view: the room is
 * left (`chat:unsubscribe`) when the view goes, so the member no longer shows as here.
 */
export function useChatRoom(
  socket: RealtimeSocket | null,
  state: ConnectionState,
  roomId: string,
  myId: string,
) {
  const apollo = useApolloClient();
  const [timeline, setTimeline] = useState<Timeline>(emptyTimeline);
  const [ready, setReady] = useState(false);
  const [loadError, setLoadError] = useState(false);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [crisis, setCrisis] = useState<CrisisSupport | null>(null);
  const [restriction, setRestriction] = useState<Restriction>(null);
  /** How many sanction events this view has had: a subscribe answer older than the latest one is stale. */
  const sanctionsSeen = useRef(0);
  const [slowModeSeconds, setSlowMode] = useState(0);
  const [typing, setTyping] = useState<Record<string, { name: string; until: number }>>({});
  const [notice, setNotice] = useState<'rejected' | null>(null);
  // The timeline's source of truth: socket events read and change it between renders.
  const timelineRef = useRef(timeline);
  const mutate = useCallback((change: (t: Timeline) => Timeline) => {
    timelineRef.current = change(timelineRef.current);
    setTimeline(timelineRef.current);
  }, []);
  const pendingRef = useRef(pending);
  const changePending = useCallback((change: (list: PendingMessage[]) => PendingMessage[]) => {
    pendingRef.current = change(pendingRef.current);
    setPending(pendingRef.current);
  }, []);
  const lastTypingSent = useRef(0);
  const catchingUp = useRef<Promise<void> | null>(null);
  const left = useRef(false);

  const loadLatest = useCallback(async () => {
    const { data } = await apollo.query({
      query: CHAT_HISTORY,
      variables: { roomId, last: PAGE_SIZE },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('no history');
    const page = data.chatMessages;
    mutate(() => startFrom(page.messages.map(fromGraphql), page.olderCursor, page.hasOlder));
  }, [apollo, roomId, mutate]);

  // History first (and my held messages), then the socket takes over from the newest one.
  useEffect(() => {
    let cancelled = false;
    Promise.all([
      loadLatest(),
      apollo.query({ query: MY_HELD_MESSAGES, variables: { roomId }, fetchPolicy: 'network-only' }),
    ])
      .then(([, held]) => {
        if (cancelled) return;
        changePending(() =>
          (held.data?.myHeldChatMessages ?? []).map((m) => ({
            clientId: m.clientId ?? m.id,
            text: m.text ?? '',
            state: 'held',
            messageId: m.id,
            heldReason: (m.statusReason?.toLowerCase() ?? 'filter') as ChatStatusReason,
          })),
        );
        setReady(true);
      })
      .catch(() => !cancelled && setLoadError(true));
    return () => {
      cancelled = true;
    };
  }, [apollo, roomId, loadLatest, changePending]);

  const applyAck = useCallback(
    (clientId: string, ack: SocketAck<ChatSendResult>) => {
      if (!ack.ok) {
        changePending((list) =>
          list.map((p) => (p.clientId === clientId ? { ...p, state: 'failed', error: ack.error } : p)),
        );
        return;
      }
      const result = ack.data;
      if (result.crisis) setCrisis(result.crisis);
      if (result.status === 'held') {
        changePending((list) =>
          list.map((p) =>
            p.clientId === clientId
              ? { ...p, state: 'held', messageId: result.messageId, heldReason: result.reason }
              : p,
          ),
        );
        return;
      }
      changePending((list) => list.filter((p) => p.clientId !== clientId));
      mutate((t) => receive(t, [fromPayload(result.message, myId)]).timeline);
    },
    [myId, mutate, changePending],
  );

  const transmit = useCallback(
    (p: PendingMessage) => {
      if (!socket?.connected) return;
      socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('chat:send', { roomId, clientId: p.clientId, text: p.text })
        .then((ack) => applyAck(p.clientId, ack))
        // No answer (the connection dropped): it stays "sending" and goes again after the reconnect.
        .catch(() => undefined);
    },
    [socket, roomId, applyAck],
  );

  const subscribe = useCallback(async (): Promise<void> => {
    // Twice at most: when away too long, start again from the newest page of history, then catch up.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if (!socket?.connected) return;
      const t = timelineRef.current;
      const sanctionsBefore = sanctionsSeen.current;
      const ack: SocketAck<ChatSubscribeResult> = await socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('chat:subscribe', { roomId, lastSeq: t.lastSeq, lastModSeq: t.lastModSeq });
      if (!ack.ok) {
        if (ack.error.reason === 'banned') {
          setRestriction({ kind: 'ban', until: null, reason: ack.error.note ?? ack.error.message });
        }
        return;
      }
      // The view went while this was on its way: leave again, now that the server has joined.
      if (left.current) return leave(socket, roomId);
      const result = ack.data;
      setSlowMode(result.slowModeSeconds);
      // A sanction that arrived while the answer was on its way is newer than the answer's snapshot.
      if (sanctionsSeen.current === sanctionsBefore) setRestriction(result.restriction);
      if (result.tooFarBehind) {
        await loadLatest();
        continue;
      }
      mutate((current) => {
        let next = receive(
          current,
          result.messages.map((m) => fromPayload(m, myId)),
        ).timeline;
        for (const u of result.updates) next = update(next, fromPayload(u, myId));
        return next;
      });
      return;
    }
  }, [socket, roomId, myId, loadLatest, mutate]);

  const catchUp = useCallback(() => {
    catchingUp.current ??= subscribe()
      .catch(() => undefined)
      .finally(() => {
        catchingUp.current = null;
      });
    return catchingUp.current;
  }, [subscribe]);

  // Leave the room with the view (the socket stays open for the rest of the app).
  useEffect(() => {
    if (!socket) return;
    left.current = false;
    return () => {
      left.current = true;
      leave(socket, roomId);
    };
  }, [socket, roomId]);

  // Subscribe once connected and loaded, and again after every reconnect; then resend what has no answer.
  useEffect(() => {
    if (!socket || !ready || state !== 'connected') return;
    let live = true;
    void catchUp().then(() => {
      if (!live) return;
      for (const p of pendingRef.current) if (p.state === 'sending') transmit(p);
    });
    return () => {
      live = false;
    };
  }, [socket, ready, state, catchUp, transmit]);

  useEffect(() => {
    if (!socket) return;
    const mine = (id: string) => id === roomId;
    const onMessage = (m: ChatMessagePayload) => {
      if (!mine(m.roomId)) return;
      // My own message, back through the room before its acknowledgement: show it once, not twice.
      if (m.author?.id === myId && m.clientId) {
        changePending((list) => list.filter((p) => p.clientId !== m.clientId));
      }
      let gap = false;
      mutate((t) => {
        const r = receive(t, [fromPayload(m, myId)]);
        gap = r.gap;
        return r.timeline;
      });
      if (gap) void catchUp();
    };
    const onUpdate = (m: ChatMessagePayload) => {
      if (mine(m.roomId)) mutate((t) => update(t, fromPayload(m, myId)));
    };
    const onTyping = (e: ChatTypingEvent) => {
      if (!mine(e.roomId) || e.member.id === myId) return;
      setTyping((all) => {
        const next = { ...all };
        if (e.typing) next[e.member.id] = { name: e.member.displayName, until: Date.now() + TYPING_SHOWN_MS };
        else delete next[e.member.id];
        return next;
      });
    };
    const onCrisis = (e: CrisisSupport & { roomId: string }) => {
      if (mine(e.roomId)) setCrisis(e);
    };
    const onRoom = (e: ChatRoomUpdateEvent) => {
      if (mine(e.roomId)) setSlowMode(e.slowModeSeconds);
    };
    const onSanction = (e: ChatSanctionEvent) => {
      if (!mine(e.roomId)) return;
      sanctionsSeen.current += 1;
      setRestriction(e.kind === 'lifted' ? null : { kind: e.kind, until: e.until, reason: e.reason });
    };
    const onHeld = (e: ChatHeldOutcomeEvent) => {
      if (!mine(e.roomId)) return;
      changePending((list) => list.filter((p) => p.messageId !== e.messageId));
      if (e.outcome === 'rejected') setNotice('rejected');
    };
    socket.on('chat:message', onMessage);
    socket.on('chat:message:update', onUpdate);
    socket.on('chat:typing', onTyping);
    socket.on('chat:crisis', onCrisis);
    socket.on('chat:room:update', onRoom);
    socket.on('chat:sanction', onSanction);
    socket.on('chat:held:resolved', onHeld);
    return () => {
      socket.off('chat:message', onMessage);
      socket.off('chat:message:update', onUpdate);
      socket.off('chat:typing', onTyping);
      socket.off('chat:crisis', onCrisis);
      socket.off('chat:room:update', onRoom);
      socket.off('chat:sanction', onSanction);
      socket.off('chat:held:resolved', onHeld);
    };
  }, [socket, roomId, myId, catchUp, mutate, changePending]);

  // A timeout ends by itself.
  useEffect(() => {
    if (restriction?.kind !== 'timeout' || !restriction.until) return;
    const ms = new Date(restriction.until).getTime() - Date.now();
    const timer = setTimeout(() => setRestriction(null), Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [restriction]);

  // "X is typing" fades.
  useEffect(() => {
    const ids = Object.keys(typing);
    if (ids.length === 0) return;
    const timer = setTimeout(() => {
      const now = Date.now();
      setTyping((all) => Object.fromEntries(Object.entries(all).filter(([, v]) => v.until > now)));
    }, 1000);
    return () => clearTimeout(timer);
  }, [typing]);

  const send = useCallback(
    (text: string) => {
      const p: PendingMessage = { clientId: newClientId(), text, state: 'sending' };
      changePending((list) => [...list, p]);
      lastTypingSent.current = 0;
      socket?.emit('chat:typing', { roomId, typing: false });
      transmit(p);
    },
    [socket, roomId, transmit, changePending],
  );

  const retry = useCallback(
    (clientId: string) => {
      const p = pendingRef.current.find((x) => x.clientId === clientId);
      if (!p) return;
      const again = { ...p, state: 'sending' as const, error: undefined };
      changePending((list) => list.map((x) => (x.clientId === clientId ? again : x)));
      transmit(again);
    },
    [transmit, changePending],
  );

  const discard = useCallback(
    (clientId: string) => {
      changePending((list) => list.filter((p) => p.clientId !== clientId));
    },
    [changePending],
  );

  const notifyTyping = useCallback(() => {
    const now = Date.now();
    if (!socket?.connected || now - lastTypingSent.current < TYPING_EVERY_MS) return;
    lastTypingSent.current = now;
    socket.emit('chat:typing', { roomId, typing: true });
  }, [socket, roomId]);

  const loadOlder = useCallback(async () => {
    const cursor = timelineRef.current.olderCursor;
    if (!cursor) return;
    const { data } = await apollo.query({
      query: CHAT_HISTORY,
      variables: { roomId, last: PAGE_SIZE, before: cursor },
      fetchPolicy: 'network-only',
    });
    if (!data) return;
    const page = data.chatMessages;
    mutate((t) => prependOlder(t, page.messages.map(fromGraphql), page.olderCursor, page.hasOlder));
  }, [apollo, roomId, mutate]);

  return {
    ready,
    loadError,
    messages: timeline.messages,
    hasOlder: timeline.hasOlder,
    pending,
    crisis,
    restriction,
    slowModeSeconds,
    typing: Object.values(typing).map((v) => v.name),
    notice,
    send,
    retry,
    discard,
    notifyTyping,
    loadOlder,
    dismissCrisis: () => setCrisis(null),
    dismissNotice: () => setNotice(null),
  };
}
