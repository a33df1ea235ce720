import { graphql } from '@kinship/web/data';

export const RECOVERY_FIELDS = graphql(`
  fragment RecoveryFields on MyRecovery {
    cleanDate
    country
    timeZone
    timeZoneSet
    cleanTime {
      today
      days
      years
      months
      remainderDays
      latest {
        key
        unit
        amount
        date
        daysAgo
      }
      next {
        key
        unit
        amount
        date
        daysAway
      }
    }
  }
`);

export const MY_RECOVERY = graphql(`
  query MyRecovery {
    myRecovery {
      ...RecoveryFields
    }
  }
`);

export const SET_CLEAN_DATE = graphql(`
  mutation SetCleanDate($cleanDate: String!) {
    setCleanDate(cleanDate: $cleanDate) {
      ...RecoveryFields
    }
  }
`);

export const CLEAR_CLEAN_DATE = graphql(`
  mutation ClearCleanDate {
    clearCleanDate {
      ...RecoveryFields
    }
  }
`);

export const SET_RECOVERY_COUNTRY = graphql(`
  mutation SetRecoveryCountry($country: String!) {
    setRecoveryCountry(country: $country) {
      ...RecoveryFields
    }
  }
`);

export const SAVE_TIME_ZONE = graphql(`
  mutation SaveTimeZone($timeZone: String!) {
    updateProfile(input: { timeZone: $timeZone }) {
      ...AccountFields
    }
  }
`);
