import { graphql } from '../../generated';

/** Any signed-in query: when the socket's token was refused, this lets the auth link refresh it. */
export const REALTIME_TOKEN_CHECK = graphql(`
  query RealtimeTokenCheck {
    me {
      id
    }
  }
`);
