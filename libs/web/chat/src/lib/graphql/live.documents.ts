import { graphql } from '@kinship/web/data';

export const MODERATION_COUNT = graphql(`
  query ModerationQueueCount {
    moderationQueueCount {
      open
      urgent
    }
  }
`);

export const ITEM_STATE_FIELDS = graphql(`
  fragment ModerationItemStateFields on ModerationItemState {
    itemType
    itemId
    acknowledgedAt
    acknowledgedBy {
      id
      displayName
    }
    claim {
      at
      by {
        id
        displayName
      }
    }
  }
`);

export const ACKNOWLEDGE_ITEM = graphql(`
  mutation AcknowledgeModerationItem($input: ModerationItemInput!) {
    acknowledgeModerationItem(input: $input) {
      ...ModerationItemStateFields
    }
  }
`);

export const CLAIM_ITEM = graphql(`
  mutation ClaimModerationItem($input: ClaimModerationItemInput!) {
    claimModerationItem(input: $input) {
      ...ModerationItemStateFields
    }
  }
`);

export const RELEASE_ITEM = graphql(`
  mutation ReleaseModerationItem($input: ModerationItemInput!) {
    releaseModerationItem(input: $input) {
      ...ModerationItemStateFields
    }
  }
`);

export const CHECK_IN_REQUESTS = graphql(`
  query ModeratorCheckInRequests {
    moderatorCheckInRequests {
      id
      kind
      urgent
      createdAt
      checkInId
      member {
        id
        displayName
      }
      state {
        ...ModerationItemStateFields
      }
    }
  }
`);

export const RESOLVE_CHECK_IN_REQUEST = graphql(`
  mutation ResolveModeratorCheckInRequest($input: ResolveCheckInRequestInput!) {
    resolveModeratorCheckInRequest(input: $input)
  }
`);

export const REQUEST_CHECK_IN = graphql(`
  mutation RequestModeratorCheckIn($kind: CrisisKind) {
    requestModeratorCheckIn(kind: $kind)
  }
`);

export const CHECK_IN_FIELDS = graphql(`
  fragment ModeratorCheckInFields on ModeratorCheckIn {
    id
    member {
      id
      displayName
    }
    messages {
      id
      seq
      clientId
      fromModerator
      text
      createdAt
      mine
      author {
        id
        displayName
      }
    }
  }
`);

export const OPEN_CHECK_IN = graphql(`
  mutation OpenModeratorCheckIn($input: ModerationItemInput!) {
    openModeratorCheckIn(input: $input) {
      id
    }
  }
`);

export const CHECK_IN = graphql(`
  query ModeratorCheckIn($id: ID!) {
    moderatorCheckIn(id: $id) {
      ...ModeratorCheckInFields
    }
  }
`);

export const MY_CHECK_IN = graphql(`
  query MyModeratorCheckIn {
    myModeratorCheckIn {
      ...ModeratorCheckInFields
    }
  }
`);
