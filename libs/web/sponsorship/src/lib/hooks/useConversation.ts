import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { CrisisSupport, SocketAck } from '@kinship/shared/contracts';
import type { ConnectionState, RealtimeSocket } from '@kinship/web/data';
import { MESSAGE_HISTORY } from '../graphql/sponsorship.documents';
import { lastSeqOf, mergeMessages, type ChatMessage } from '../utils/conversation';

export interface PendingMessage {
  clientId: string;
  text: string;
  failed: boolean;
}

/** A UUID v4 for a message, also where crypto.randomUUID is missing (plain-HTTP origins). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const ACK_TIMEOUT_MS = 10_000;

/** Stops receiving a conversation. A closed connection has left every conversation already. */
function leave(socket: RealtimeSocket, sponsorshipId: string) {
  if (socket.connected) socket.emit('dm:leave', { sponsorshipId }, () => undefined);
}

/**
 * One conversation: the newest history over GraphQL, then `dm:join` from the last sequence held, again
 * after every reconnect (so nothing is lost), merged by sequence (so nothing shows twice). Messages wait in
 * `pending` until the server acknowledged them as stored; a retry reuses their clientId, so it is never
 * stored twice. Read receipts go out while the page is visible. The socket is the tab's and outlives the
 * view: the conversation is left (`dm:leave`) when the view goes.
 */
export function useConversation(
  socket: RealtimeSocket | null,
  state: ConnectionState,
  sponsorshipId: string,
  myId: string,
) {
  const apollo = useApolloClient();
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [otherReadSeq, setOtherReadSeq] = useState(0);
  const [closed, setClosed] = useState(false);
  const [older, setOlder] = useState<{ hasOlder: boolean; cursor: string | null }>({
    hasOlder: false,
    cursor: null,
  });
  const [crisis, setCrisis] = useState<CrisisSupport | null>(null);
  const [ready, setReady] = useState(false);
  const messagesRef = useRef(messages);
  messagesRef.current = messages;
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  const readSent = useRef(0);
  const left = useRef(false);

  useEffect(() => {
    let cancelled = false;
    apollo
      .query({ query: MESSAGE_HISTORY, variables: { id: sponsorshipId }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (cancelled || !data) return;
        const page = data.sponsorshipMessages;
        setMessages((prev) => mergeMessages(prev, page.messages));
        setOlder({ hasOlder: page.hasOlder, cursor: page.olderCursor ?? null });
        setReady(true);
      })
      // Refused by the API: the conversation is not open (any more). No connection is not that.
      .catch((error: unknown) => !cancelled && CombinedGraphQLErrors.is(error) && setClosed(true));
    return () => {
      cancelled = true;
    };
  }, [apollo, sponsorshipId]);

  const deliver = useCallback(
    async (message: PendingMessage) => {
      if (!socket?.connected) return; // sent again after the next (re)connection
      const mark = (failed: boolean) =>
        setPending((prev) => prev.map((p) => (p.clientId === message.clientId ? { ...p, failed } : p)));
      mark(false);
      let ack: SocketAck<{ message: ChatMessage; crisis: CrisisSupport | null }>;
      try {
        ack = await socket
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('dm:send', { sponsorshipId, clientId: message.clientId, text: message.text });
      } catch {
        return mark(true);
      }
      if (!ack.ok) {
        if (ack.error.code === 'FORBIDDEN') setClosed(true);
        return mark(true);
      }
      setMessages((prev) => mergeMessages(prev, [ack.data.message]));
      setPending((prev) => prev.filter((p) => p.clientId !== message.clientId));
      if (ack.data.crisis) setCrisis(ack.data.crisis);
    },
    [socket, sponsorshipId],
  );

  useEffect(() => {
    if (!socket || state !== 'connected' || !ready) return;
    let cancelled = false;
    const join = async () => {
      let after = lastSeqOf(messagesRef.current);
      for (;;) {
        const ack = await socket
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('dm:join', { sponsorshipId, afterSeq: after });
        // The view went while this was on its way: leave again, now that the server has joined.
        if (left.current && ack.ok) return leave(socket, sponsorshipId);
        if (cancelled) return;
        if (!ack.ok) return setClosed(true);
        setMessages((prev) => mergeMessages(prev, ack.data.messages));
        setOtherReadSeq((seq) => Math.max(seq, ack.data.otherReadSeq));
        if (!ack.data.hasMore || ack.data.messages.length === 0) break;
        after = ack.data.messages[ack.data.messages.length - 1].seq;
      }
      for (const p of pendingRef.current) void deliver(p);
    };
    join().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [socket, state, ready, sponsorshipId, deliver]);

  // Leave the conversation with the view (the socket stays open for the rest of the app).
  useEffect(() => {
    if (!socket) return;
    left.current = false;
    return () => {
      left.current = true;
      leave(socket, sponsorshipId);
    };
  }, [socket, sponsorshipId]);

  useEffect(() => {
    if (!socket) return;
    const onMessage = (m: ChatMessage & { sponsorshipId: string }) => {
      if (m.sponsorshipId !== sponsorshipId) return;
      setMessages((prev) => mergeMessages(prev, [m]));
      setPending((prev) => prev.filter((p) => p.clientId !== m.clientId || m.senderId !== myId));
    };
    const onRead = (e: { sponsorshipId: string; readerId: string; seq: number }) => {
      if (e.sponsorshipId === sponsorshipId && e.readerId !== myId)
        setOtherReadSeq((s) => Math.max(s, e.seq));
    };
    const onClosed = (e: { sponsorshipId: string }) => e.sponsorshipId === sponsorshipId && setClosed(true);
    socket.on('dm:message', onMessage);
    socket.on('dm:read', onRead);
    socket.on('dm:closed', onClosed);
    return () => {
      socket.off('dm:message', onMessage);
      socket.off('dm:read', onRead);
      socket.off('dm:closed', onClosed);
    };
  }, [socket, sponsorshipId, myId]);

  useEffect(() => {
    const last = lastSeqOf(messages);
    if (!socket || state !== 'connected' || closed || last <= readSent.current) return;
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
    readSent.current = last;
    socket.emit('dm:read', { sponsorshipId, seq: last }, () => undefined);
  }, [messages, socket, state, closed, sponsorshipId]);

  const send = useCallback(
    (text: string) => {
      const message = { clientId: newClientId(), text, failed: false };
      setPending((prev) => [...prev, message]);
      void deliver(message);
    },
    [deliver],
  );

  const retry = useCallback(
    (clientId: string) => {
      const message = pendingRef.current.find((p) => p.clientId === clientId);
      if (message) void deliver(message);
    },
    [deliver],
  );

  const loadOlder = useCallback(async () => {
    if (!older.cursor) return;
    const { data } = await apollo.query({
      query: MESSAGE_HISTORY,
      variables: { id: sponsorshipId, before: older.cursor },
      fetchPolicy: 'network-only',
    });
    if (!data) return;
    setMessages((prev) => mergeMessages(prev, data.sponsorshipMessages.messages));
    setOlder({
      hasOlder: data.sponsorshipMessages.hasOlder,
      cursor: data.sponsorshipMessages.olderCursor ?? null,
    });
  }, [apollo, older.cursor, sponsorshipId]);

  return {
    ready,
    messages,
    pending,
    otherReadSeq,
    closed,
    hasOlder: older.hasOlder,
    crisis,
    dismissCrisis: () => setCrisis(null),
    send,
    retry,
    loadOlder,
  };
}
