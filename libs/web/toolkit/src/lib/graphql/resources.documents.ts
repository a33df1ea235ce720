import { graphql } from '@kinship/web/data';

export const RESOURCE_FIELDS = graphql(`
  fragment ResourceFields on Resource {
    id
    title
    summary
    body
    steps
    programs
    kind
    language
    country
    url
    phone
    textNumber
    tty
    sourceUrl
    worksheetKind
  }
`);

export const SEARCH_RESOURCES = graphql(`
  query SearchResources(
    $query: String
    $programs: [ResourceProgram!]
    $kinds: [ResourceKind!]
    $language: String
    $country: String
    $first: Int!
    $after: String
  ) {
    resources(
      query: $query
      programs: $programs
      kinds: $kinds
      language: $language
      country: $country
      first: $first
      after: $after
    ) {
      total
      hasNextPage
      endCursor
      resources {
        ...ResourceFields
      }
    }
  }
`);
