// The web client's real page queries (libs/web/meetings/src/lib/graphql/meetings.documents.ts), as the
// meeting-search bench sends them: the finder's FindMeetings and the meeting page's MeetingPage.

export const FIND_MEETINGS = `query FindMeetings($filter: MeetingFilter, $first: Int, $after: String, $language: String!) {
  meetings(filter: $filter, first: $first, after: $after) {
    radiusKm widened pageInfo { endCursor hasNextPage }
    edges { cursor distanceKm distanceMiles node { ...MeetingCardFields } }
  }
}
fragment MeetingCardFields on Meeting {
  id name attendance days startTime endTime timeZone saved
  program { code name }
  types(language: $language) { code name }
  location { venue formattedAddress latitude longitude approximate active }
  online { provider url phone }
  upcoming(count: 1) { start end inProgress startsInMinutes }
}`;

export const MEETING_PAGE = `query MeetingPage($id: ID!, $language: String!) {
  meeting(id: $id) {
    id name notes attendance days startTime endTime durationMinutes timeZone regions url feedbackUrl
    published chatRoomKey icsPath saved canEdit
    program { code name }
    group { id name }
    types(language: $language) { code name }
    location { venue formattedAddress notes latitude longitude approximate active directionsUrl }
    online { url provider urlNotes phone phoneNotes }
    upcoming(count: 7) { start end inProgress startsInMinutes }
  }
}`;
