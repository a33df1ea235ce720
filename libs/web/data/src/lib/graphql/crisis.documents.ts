import { graphql } from '../../generated';

/** The member's active sponsorships: "Message my sponsor" in the crisis dialog. */
export const CRISIS_SPONSOR = graphql(`
  query CrisisSponsor {
    mySponsorships(statuses: [ACTIVE]) {
      id
      myRole
      other {
        id
        displayName
      }
    }
  }
`);

/** Online (and hybrid) meetings in progress or starting within the window, through the meetings search. */
export const CRISIS_MEETINGS = graphql(`
  query CrisisMeetings($filter: MeetingFilter!) {
    meetings(filter: $filter, first: 5) {
      edges {
        node {
          id
          name
          online {
            url
            phone
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

/** Private messages waiting and unread sponsorship notifications: the navigation's unread count. */
export const UNREAD_COUNTS = graphql(`
  query UnreadCounts {
    mySponsorships {
      id
      unreadCount
    }
    sponsorshipNotifications(first: 1) {
      unreadCount
    }
  }
`);
