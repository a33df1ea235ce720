import { graphql } from '@kinship/web/data';

export const MEETING_SOURCES = graphql(`
  query MeetingSources {
    meetingSources {
      id
      url
      source
      kind
      serviceBodyIds
      graceDays
      everyHours
      fetchUrl
      programCode
      nextRunAt
      lastRunAt
      lastResult
    }
  }
`);

export const MEETING_SOURCE_RUNS = graphql(`
  query MeetingSourceRuns($sourceId: ID!) {
    meetingSourceRuns(sourceId: $sourceId, limit: 20) {
      id
      startedAt
      finishedAt
      status
      forced
      added
      updated
      unchanged
      missing
      unpublished
      republished
      error
      rowErrors {
        row
        field
        message
      }
    }
  }
`);

export const ADD_MEETING_SOURCE = graphql(`
  mutation AddMeetingSource($input: MeetingSourceInput!) {
    addMeetingSource(input: $input) {
      id
    }
  }
`);

export const UPDATE_MEETING_SOURCE = graphql(`
  mutation UpdateMeetingSource($id: ID!, $input: MeetingSourceInput!) {
    updateMeetingSource(id: $id, input: $input) {
      id
    }
  }
`);

export const SYNC_MEETING_SOURCE = graphql(`
  mutation SyncMeetingSource($id: ID!, $force: Boolean) {
    syncMeetingSource(id: $id, force: $force) {
      id
      status
      error
    }
  }
`);

export const CLEAR_MEETING_OVERRIDE = graphql(`
  mutation ClearMeetingOverride($meetingId: ID!, $field: String!) {
    clearMeetingOverride(meetingId: $meetingId, field: $field) {
      id
      overrides {
        field
        sourceValue
      }
    }
  }
`);
