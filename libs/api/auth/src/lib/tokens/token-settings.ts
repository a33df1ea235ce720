/** Lifetimes of the credentials a sign-in hands out. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;
/** The refresh token travels only in this httpOnly cookie, scoped to the GraphQL endpoint. */
export const REFRESH_COOKIE = 'kinship_refresh';
export const REFRESH_COOKIE_PATH = '/graphql';
