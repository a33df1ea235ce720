import { graphql } from '@kinship/web/data';

export const MEETING_CARD_FIELDS = graphql(`
  fragment MeetingCardFields on Meeting {
    id
    name
    attendance
    days
    startTime
    endTime
    timeZone
    saved
    program {
      code
      name
    }
    types(language: $language) {
      code
      name
    }
    location {
      venue
      formattedAddress
      latitude
      longitude
      approximate
      active
    }
    online {
      provider
      url
      phone
    }
    upcoming(count: 1) {
      start
      end
      inProgress
      startsInMinutes
    }
  }
`);

export const FIND_MEETINGS = graphql(`
  query FindMeetings($filter: MeetingFilter, $first: Int, $after: String, $language: String!) {
    meetings(filter: $filter, first: $first, after: $after) {
      radiusKm
      widened
      requestedRadiusKm
      widenedToKm
      nothingNear
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        distanceKm
        distanceMiles
        node {
          ...MeetingCardFields
        }
      }
    }
  }
`);

export const FINDER_OPTIONS = graphql(`
  query FinderOptions($language: String!) {
    recoveryPrograms {
      code
      name
    }
    meetingTypes(language: $language, inUse: true) {
      code
      name
    }
  }
`);

export const FIND_PLACES = graphql(`
  query Places($query: String!, $first: Int) {
    places(query: $query, first: $first) {
      name
      region
      country
      kind
      latitude
      longitude
      meetings
    }
  }
`);

export const MEETING_PAGE = graphql(`
  query MeetingPage($id: ID!, $language: String!) {
    meeting(id: $id) {
      id
      name
      notes
      attendance
      days
      startTime
      endTime
      durationMinutes
      timeZone
      regions
      url
      feedbackUrl
      published
      chatRoomKey
      icsPath
      saved
      canEdit
      program {
        code
        name
      }
      group {
        id
        name
      }
      types(language: $language) {
        code
        name
      }
      location {
        venue
        formattedAddress
        notes
        latitude
        longitude
        approximate
        active
        directionsUrl
      }
      online {
        url
        provider
        urlNotes
        phone
        phoneNotes
      }
      upcoming(count: 7) {
        start
        end
        inProgress
        startsInMinutes
      }
    }
  }
`);

export const SAVE_MEETING = graphql(`
  mutation SaveMeeting($id: ID!) {
    saveMeeting(meetingId: $id) {
      id
      saved
    }
  }
`);

export const UNSAVE_MEETING = graphql(`
  mutation UnsaveMeeting($id: ID!) {
    unsaveMeeting(meetingId: $id)
  }
`);

export const GROUP_PAGE = graphql(`
  query GroupPage($id: ID!, $language: String!) {
    meetingGroup(id: $id) {
      id
      name
      notes
      regions
      chatRoomKey
      canManage
      program {
        code
        name
      }
      meetings {
        ...MeetingCardFields
      }
    }
  }
`);

export const MY_HOME_GROUP = graphql(`
  query MyHomeGroup {
    myHomeGroup {
      id
      name
    }
  }
`);

export const SET_HOME_GROUP = graphql(`
  mutation SetHomeGroup($groupId: ID) {
    setHomeGroup(groupId: $groupId) {
      id
      name
    }
  }
`);

export const CONTACT_GROUP = graphql(`
  mutation ContactGroup($input: ContactGroupInput!) {
    contactMeetingGroup(input: $input)
  }
`);

export const GROUP_MESSAGES = graphql(`
  query GroupMessages($groupId: ID!) {
    meetingGroupMessages(groupId: $groupId, first: 50) {
      id
      senderName
      body
      sentAt
    }
  }
`);

export const MY_MEETINGS = graphql(`
  query MyMeetings($language: String!) {
    mySavedMeetings {
      ...MeetingCardFields
      week: upcoming(count: 7) {
        start
        end
        inProgress
        startsInMinutes
      }
    }
    myHomeGroup {
      id
      name
    }
    myCalendarFeed {
      createdAt
    }
  }
`);

export const CREATE_CALENDAR_FEED = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      path
      createdAt
    }
  }
`);

export const REVOKE_CALENDAR_FEED = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

export const OPEN_CHAT_ROOM = graphql(`
  mutation OpenMeetingChatRoom($key: String!) {
    openChatRoom(key: $key) {
      id
    }
  }
`);
