import type { ChatMessagePayload } from '@kinship/shared/contracts';

export const ROOM_ID = 'r1';

export const room = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'ChatRoom',
  id: ROOM_ID,
  key: 'topic:first-30-days',
  kind: 'TOPIC',
  name: 'First 30 days',
  description: 'For the early days.',
  visibility: 'PUBLIC',
  slowModeSeconds: 0,
  lastSeq: 2,
  memberCount: 3,
  membership: 'JOINED',
  canModerate: false,
  myRestriction: null,
  ...overrides,
});

export const payload = (seq: number, overrides: Partial<ChatMessagePayload> = {}): ChatMessagePayload => ({
  id: `m${seq}`,
  roomId: ROOM_ID,
  seq,
  clientId: `c${seq}`,
  author: { id: 'u2', displayName: 'Maria G.', handle: 'M4RG', badge: null },
  text: `message ${seq}`,
  status: 'visible',
  statusReason: null,
  createdAt: '2026-11-02T18:00:00.000Z',
  modSeq: 0,
  ...overrides,
});

export const gqlMessage = (seq: number, overrides: Record<string, unknown> = {}) => ({
  __typename: 'ChatMessage',
  ...payload(seq),
  status: 'VISIBLE',
  mine: false,
  author: { __typename: 'ChatAuthor', id: 'u2', displayName: 'Maria G.', handle: 'M4RG', badge: null },
  ...overrides,
});

export const history = (seqs: number[]) => ({
  data: {
    chatMessages: {
      __typename: 'ChatMessagePage',
      hasOlder: false,
      olderCursor: null,
      messages: seqs.map((s) => gqlMessage(s)),
    },
  },
});

export const subscribed = (messages: ChatMessagePayload[], extra: Record<string, unknown> = {}) => ({
  ok: true,
  data: {
    roomId: ROOM_ID,
    headSeq: messages.at(-1)?.seq ?? 2,
    modSeq: 0,
    messages,
    updates: [],
    tooFarBehind: false,
    slowModeSeconds: 0,
    restriction: null,
    ...extra,
  },
});

export const roomHandlers = {
  ChatRoom: () => ({ data: { chatRoom: room() } }),
  ChatHistory: () => history([1, 2]),
  MyHeldChatMessages: () => ({ data: { myHeldChatMessages: [] } }),
};
