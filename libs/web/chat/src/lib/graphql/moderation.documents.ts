import { graphql } from '@kinship/web/data';

export const MODERATION_QUEUE = graphql(`
  query ChatModerationQueue($roomId: ID, $first: Int, $after: String) {
    chatModerationQueue(roomId: $roomId, first: $first, after: $after) {
      items {
        roomName
        urgent
        crisis
        reportCount
        reports {
          reason
          note
          createdAt
        }
        message {
          ...ChatMessageFields
        }
        state {
          ...ModerationItemStateFields
        }
      }
      hasMore
      endCursor
    }
  }
`);

export const MODERATE_MESSAGE = graphql(`
  mutation ModerateChatMessage($input: ModerateChatMessageInput!) {
    moderateChatMessage(input: $input) {
      id
      status
    }
  }
`);

export const TIMEOUT_MEMBER = graphql(`
  mutation TimeoutChatMember($input: TimeoutChatMemberInput!) {
    timeoutChatMember(input: $input) {
      id
      until
    }
  }
`);

export const BAN_MEMBER = graphql(`
  mutation BanChatMember($input: ChatMemberActionInput!) {
    banChatMember(input: $input) {
      id
    }
  }
`);

export const LIFT_SANCTION = graphql(`
  mutation LiftChatSanction($input: ChatMemberActionInput!) {
    liftChatSanction(input: $input)
  }
`);

export const SET_SLOW_MODE = graphql(`
  mutation SetChatSlowMode($input: SetChatSlowModeInput!) {
    setChatSlowMode(input: $input) {
      id
      slowModeSeconds
    }
  }
`);

export const CHAT_SANCTIONS = graphql(`
  query ChatSanctions($roomId: ID!) {
    chatSanctions(roomId: $roomId) {
      id
      kind
      until
      reason
      createdAt
      member {
        id
        displayName
        handle
        badge
      }
      createdBy {
        id
        displayName
        handle
        badge
      }
    }
  }
`);

export const CHAT_FILTERS = graphql(`
  query ChatFilters($roomId: ID) {
    chatFilters(roomId: $roomId) {
      id
      roomId
      pattern
      kind
      action
      createdAt
    }
  }
`);

export const ADD_FILTER = graphql(`
  mutation AddChatFilter($input: AddChatFilterInput!) {
    addChatFilter(input: $input) {
      id
    }
  }
`);

export const REMOVE_FILTER = graphql(`
  mutation RemoveChatFilter($input: RemoveChatFilterInput!) {
    removeChatFilter(input: $input)
  }
`);

export const AUDIT_LOG = graphql(`
  query ChatAuditLog($roomId: ID, $first: Int, $after: String) {
    chatAuditLog(roomId: $roomId, first: $first, after: $after) {
      entries {
        id
        at
        action
        reason
        details
        roomId
        targetMessageId
        actor {
          id
          displayName
          handle
          badge
        }
        targetMember {
          id
          displayName
          handle
          badge
        }
      }
      hasMore
      endCursor
    }
  }
`);
