import { graphql } from '@kinship/web/data';

export const WINDOW_FIELDS = graphql(`
  fragment SponsorshipWindowFields on WeeklyWindow {
    day
    startMinute
    endMinute
  }
`);

export const SPONSORSHIP_FIELDS = graphql(`
  fragment SponsorshipFields on Sponsorship {
    id
    myRole
    status
    program
    kind
    temporary
    requestMessage
    declineReason
    endReason
    endedByMe
    requestedAt
    startedAt
    endedAt
    checkInDue
    checkInDueAt
    lastSeq
    myReadSeq
    otherReadSeq
    unreadCount
    other {
      id
      displayName
      handle
      badge
      bio
    }
  }
`);

export const SEEKER_PREFERENCES = graphql(`
  query SeekerPreferences {
    mySeekerPreferences {
      program
      languages
      gender
      preferredGenders
      onMat
      remoteOnly
      timeZone
      homeGroupId
      meetingIds
      area {
        latitude
        longitude
      }
      availability {
        ...SponsorshipWindowFields
      }
    }
    sponsorshipRules {
      program
      kind
      minCleanDays
    }
  }
`);

export const SAVE_SEEKER_PREFERENCES = graphql(`
  mutation SaveSeekerPreferences($input: SeekerPreferencesInput!) {
    saveSeekerPreferences(input: $input) {
      program
    }
  }
`);

export const SPONSOR_MATCHES = graphql(`
  query SponsorMatches($first: Int, $after: String) {
    sponsorMatches(first: $first, after: $after) {
      program
      kind
      total
      hasNextPage
      endCursor
      candidates {
        sponsorId
        displayName
        handle
        bio
        kind
        programs
        languages
        gender
        matComfortable
        timeZone
        openSpots
        distance
        score
        requestPending
        cleanTime {
          years
          months
        }
        availability {
          ...SponsorshipWindowFields
        }
        reasons {
          kind
          points
          languages
          minutes
          distance
          count
          cleanTime {
            years
            months
          }
        }
      }
    }
  }
`);

export const MY_SPONSOR_PROFILE = graphql(`
  query MySponsorProfile {
    mySponsorProfile {
      programs
      cleanDate
      languages
      gender
      sponsorsGenders
      timeZone
      homeGroupId
      meetingIds
      matComfortable
      bio
      capacity
      activeSponsees
      accepting
      offered
      cleanTime {
        years
        months
      }
      area {
        latitude
        longitude
      }
      availability {
        ...SponsorshipWindowFields
      }
      eligibility {
        program
        kind
        eligible
        minCleanDays
        eligibleFrom
      }
    }
  }
`);

export const SAVE_SPONSOR_PROFILE = graphql(`
  mutation SaveSponsorProfile($input: SponsorProfileInput!) {
    saveSponsorProfile(input: $input) {
      offered
    }
  }
`);

export const REMOVE_SPONSOR_PROFILE = graphql(`
  mutation RemoveSponsorProfile {
    removeSponsorProfile
  }
`);

/** The member's saved meetings and home group, offered as "meetings I attend" (only when they choose to). */
export const MY_MEETINGS_FOR_SPONSORSHIP = graphql(`
  query MyMeetingsForSponsorship {
    mySavedMeetings {
      id
      name
    }
    myHomeGroup {
      id
      name
    }
  }
`);

export const MY_SPONSORSHIPS = graphql(`
  query MySponsorships {
    mySponsorships {
      ...SponsorshipFields
    }
  }
`);

export const SPONSORSHIP = graphql(`
  query Sponsorship($id: ID!) {
    sponsorship(id: $id) {
      ...SponsorshipFields
    }
  }
`);

export const REQUEST_SPONSORSHIP = graphql(`
  mutation RequestSponsorship($input: RequestSponsorshipInput!) {
    requestSponsorship(input: $input) {
      ...SponsorshipFields
    }
  }
`);

export const ACCEPT_REQUEST = graphql(`
  mutation AcceptSponsorshipRequest($id: ID!) {
    acceptSponsorshipRequest(id: $id) {
      ...SponsorshipFields
    }
  }
`);

export const DECLINE_REQUEST = graphql(`
  mutation DeclineSponsorshipRequest($id: ID!, $reason: String) {
    declineSponsorshipRequest(id: $id, reason: $reason) {
      ...SponsorshipFields
    }
  }
`);

export const WITHDRAW_REQUEST = graphql(`
  mutation WithdrawSponsorshipRequest($id: ID!) {
    withdrawSponsorshipRequest(id: $id) {
      ...SponsorshipFields
    }
  }
`);

export const END_SPONSORSHIP = graphql(`
  mutation EndSponsorship($id: ID!, $reason: String) {
    endSponsorship(id: $id, reason: $reason) {
      ...SponsorshipFields
    }
  }
`);

export const CHECK_IN = graphql(`
  mutation CheckInSponsorship($id: ID!, $makePermanent: Boolean) {
    checkInSponsorship(id: $id, makePermanent: $makePermanent) {
      ...SponsorshipFields
    }
  }
`);

export const BLOCK_MEMBER = graphql(`
  mutation BlockSponsorshipMember($memberId: ID!) {
    blockSponsorshipMember(memberId: $memberId)
  }
`);

export const NOTIFICATIONS = graphql(`
  query SponsorshipNotifications {
    sponsorshipNotifications(first: 20) {
      unreadCount
      notifications {
        id
        kind
        relationshipKind
        sponsorshipId
        createdAt
        read
        actor {
          id
          displayName
          handle
        }
      }
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkSponsorshipNotificationsRead {
    markSponsorshipNotificationsRead
  }
`);

export const MESSAGE_HISTORY = graphql(`
  query SponsorshipMessages($id: ID!, $before: String) {
    sponsorshipMessages(sponsorshipId: $id, last: 30, before: $before) {
      hasOlder
      olderCursor
      messages {
        id
        sponsorshipId
        seq
        senderId
        clientId
        text
        createdAt
      }
    }
  }
`);

/** The one list of programs (the meetings directory's, which admins extend): sponsorship offers these. */
export const SPONSORSHIP_PROGRAMS = graphql(`
  query SponsorshipPrograms {
    recoveryPrograms {
      code
      name
    }
  }
`);
