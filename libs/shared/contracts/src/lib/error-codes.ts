/** Codes carried in `extensions.code` of every GraphQL error and in socket error acks. */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  /** The request body is over the limit for its address (HTTP 413); `limitBytes` says how much is allowed. */
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** Busy for a moment (the database pool or a capacity limit): retry after `retryAfterSeconds`. */
  Unavailable = 'UNAVAILABLE',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}
