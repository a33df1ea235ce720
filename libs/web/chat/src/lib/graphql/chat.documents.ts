import { graphql } from '@kinship/web/data';

export const CHAT_ROOM_FIELDS = graphql(`
  fragment ChatRoomFields on ChatRoom {
    id
    key
    kind
    name
    description
    visibility
    slowModeSeconds
    lastSeq
    memberCount
    membership
    canModerate
    myRestriction {
      kind
      until
      reason
    }
  }
`);

export const CHAT_MESSAGE_FIELDS = graphql(`
  fragment ChatMessageFields on ChatMessage {
    id
    roomId
    seq
    clientId
    text
    status
    statusReason
    createdAt
    modSeq
    mine
    author {
      id
      displayName
      handle
      badge
    }
  }
`);

export const CHAT_ROOMS = graphql(`
  query ChatRooms($first: Int, $after: String, $includeAll: Boolean) {
    chatRooms(first: $first, after: $after, includeAll: $includeAll) {
      rooms {
        ...ChatRoomFields
      }
      hasMore
      endCursor
    }
  }
`);

export const CHAT_ROOM = graphql(`
  query ChatRoom($id: ID!) {
    chatRoom(id: $id) {
      ...ChatRoomFields
    }
  }
`);

export const JOIN_CHAT_ROOM = graphql(`
  mutation JoinChatRoom($roomId: ID!) {
    joinChatRoom(roomId: $roomId) {
      ...ChatRoomFields
    }
  }
`);

export const LEAVE_CHAT_ROOM = graphql(`
  mutation LeaveChatRoom($roomId: ID!) {
    leaveChatRoom(roomId: $roomId)
  }
`);

export const CHAT_HISTORY = graphql(`
  query ChatHistory($roomId: ID!, $last: Int, $before: String) {
    chatMessages(roomId: $roomId, last: $last, before: $before) {
      messages {
        ...ChatMessageFields
      }
      hasOlder
      olderCursor
    }
  }
`);

export const MY_HELD_MESSAGES = graphql(`
  query MyHeldChatMessages($roomId: ID!) {
    myHeldChatMessages(roomId: $roomId) {
      ...ChatMessageFields
    }
  }
`);

export const REPORT_CHAT_MESSAGE = graphql(`
  mutation ReportChatMessage($input: ReportChatMessageInput!) {
    reportChatMessage(input: $input) {
      received
      hiddenPendingReview
    }
  }
`);
