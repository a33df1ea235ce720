/** Limits every GraphQL operation is held to. Documented in the README under "GraphQL limits". */
/** Deep enough for any screen. Introspection-only operations may go to 15 (the standard query). */
export const GRAPHQL_MAX_DEPTH = 10;
export const GRAPHQL_MAX_INTROSPECTION_DEPTH = 15;
export const GRAPHQL_MAX_COMPLEXITY = 1000;
export const GRAPHQL_MAX_PAGE_SIZE = 100;
