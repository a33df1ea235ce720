import { graphql } from '@kinship/web/data';

export const ADMIN_MEETINGS = graphql(`
  query AdminMeetings($filter: MeetingFilter, $after: String) {
    meetings(filter: $filter, first: 25, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          published
          attendance
          days
          startTime
          timeZone
          canEdit
          program {
            code
          }
          group {
            name
          }
        }
      }
    }
  }
`);

export const MEETING_FOR_EDIT = graphql(`
  query MeetingForEdit($id: ID!) {
    meeting(id: $id) {
      id
      name
      notes
      attendance
      days
      startTime
      endTime
      timeZone
      published
      regions
      program {
        code
      }
      group {
        id
      }
      types(language: "en") {
        code
      }
      location {
        venue
        address
        city
        state
        postalCode
        country
        formattedAddress
        notes
        latitude
        longitude
      }
      overrides {
        field
        sourceValue
      }
      online {
        url
        urlNotes
        phone
        phoneNotes
      }
    }
  }
`);

export const CREATE_MEETING = graphql(`
  mutation CreateMeeting($input: MeetingInput!) {
    createMeeting(input: $input) {
      id
    }
  }
`);

export const UPDATE_MEETING = graphql(`
  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      id
    }
  }
`);

export const SET_MEETING_PUBLISHED = graphql(`
  mutation SetMeetingPublished($id: ID!, $published: Boolean!) {
    setMeetingPublished(id: $id, published: $published) {
      id
      published
    }
  }
`);

export const DELETE_MEETING = graphql(`
  mutation DeleteMeeting($id: ID!) {
    deleteMeeting(id: $id)
  }
`);

export const IMPORT_MEETINGS = graphql(`
  mutation ImportMeetings($input: ImportMeetingsInput!) {
    importMeetings(input: $input) {
      applied
      dryRun
      format
      source
      programCode
      meetings
      created
      updated
      unchanged
      unpublished
      skipped
      errors
      warnings
      problems {
        row
        field
        message
        severity
      }
    }
  }
`);

export const MEETING_IMPORTS = graphql(`
  query MeetingImports {
    meetingImports {
      source
      format
      created
      updated
      unchanged
      unpublished
      importedAt
    }
    recoveryPrograms {
      code
      name
    }
  }
`);

export const FORM_OPTIONS = graphql(`
  query MeetingFormOptions($language: String!) {
    recoveryPrograms {
      code
      name
    }
    meetingTypes(language: $language, inUse: false) {
      code
      name
    }
  }
`);

export const TIME_ZONE_AT = graphql(`
  query TimeZoneAt($latitude: Float!, $longitude: Float!) {
    timeZoneAt(latitude: $latitude, longitude: $longitude)
  }
`);
