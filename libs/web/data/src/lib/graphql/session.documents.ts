import { graphql } from '../../generated';

/** What the web client keeps about the signed-in member. The email is theirs alone to see. */
export const ACCOUNT_FIELDS = graphql(`
  fragment AccountFields on Account {
    id
    email
    displayName
    handle
    role
    bio
    locale
    timeZone
    emailVerified
    createdAt
  }
`);

export const REFRESH_SESSION = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      expiresIn
      account {
        ...AccountFields
      }
    }
  }
`);

export const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      expiresIn
      account {
        ...AccountFields
      }
    }
  }
`);

export const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input)
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SAVE_LOCALE = graphql(`
  mutation SaveLocale($locale: String!) {
    updateProfile(input: { locale: $locale }) {
      ...AccountFields
    }
  }
`);

/** Operations that establish a session: an UNAUTHENTICATED answer to these is final, never refreshed. */
export const SESSION_OPERATIONS: ReadonlySet<string> = new Set(['RefreshSession', 'SignIn', 'Register']);
