import { graphql } from '@kinship/web/data';

export const HELP_NOW = graphql(`
  query HelpNow {
    helpNow {
      country
      people {
        name
        phone
        note
      }
      sponsor {
        id
        displayName
      }
    }
  }
`);

/** The sponsorship a sponsor message goes to (the sponsorship feature's own query). */
export const ACTIVE_SPONSORSHIPS = graphql(`
  query ActiveSponsorships {
    mySponsorships(statuses: [ACTIVE]) {
      id
      myRole
      other {
        id
      }
    }
  }
`);

/** Online meetings in progress or starting soon (the meetings feature's public search). */
export const MEETINGS_STARTING_SOON = graphql(`
  query MeetingsStartingSoon($filter: MeetingFilter!) {
    meetings(filter: $filter, first: 5) {
      edges {
        node {
          id
          name
          program {
            code
            name
          }
          online {
            url
            phone
            provider
          }
          upcoming(count: 1) {
            start
            inProgress
            startsInMinutes
          }
        }
      }
    }
  }
`);
