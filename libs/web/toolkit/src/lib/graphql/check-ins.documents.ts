import { graphql } from '@kinship/web/data';

export const MY_CHECK_INS = graphql(`
  query MyCheckIns($days: Int!) {
    myCheckIns(days: $days) {
      today
      todayCheckIn {
        date
        mood
        craving
        note
      }
      entries {
        date
        mood
        craving
        note
      }
    }
  }
`);

export const CHECK_IN = graphql(`
  mutation CheckIn($input: CheckInInput!) {
    checkIn(input: $input) {
      date
      mood
      craving
      note
    }
  }
`);
