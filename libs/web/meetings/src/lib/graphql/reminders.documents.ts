import { graphql } from '@kinship/web/data';

export const MY_MEETING_REMINDER_SETTINGS = graphql(`
  query MyMeetingReminderSettings {
    myMeetingReminderSettings {
      meetingId
      minutesBefore
    }
  }
`);

export const SET_MEETING_REMINDER = graphql(`
  mutation SetMeetingReminder($meetingId: ID!, $minutesBefore: Int) {
    setMeetingReminder(meetingId: $meetingId, minutesBefore: $minutesBefore)
  }
`);

export const ADMIN_JOBS_STATUS = graphql(`
  query AdminJobsStatus {
    adminJobsStatus {
      working
      queues {
        name
        schedule
        waiting
        active
        completed
        failed
        lastCompletedAt
        lastFailedAt
        lastError
      }
      failures {
        queue
        jobId
        attempts
        failedAt
        error
      }
    }
  }
`);

export const MY_WEEKLY_DIGEST = graphql(`
  query MyWeeklyDigest {
    me {
      id
      weeklyDigest
    }
  }
`);

export const SET_WEEKLY_DIGEST = graphql(`
  mutation SetWeeklyDigest($enabled: Boolean!) {
    setWeeklyDigest(enabled: $enabled)
  }
`);
