/** Limits every GraphQL operation is held to. Documented in the README under "GraphQL limits". */
export const GRAPHQL_MAX_DEPTH = 8;
export const GRAPHQL_MAX_COMPLEXITY = 1000;
export const GRAPHQL_MAX_PAGE_SIZE = 100;
