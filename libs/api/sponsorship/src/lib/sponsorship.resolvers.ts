/** Every GraphQL resolver class of this feature (for emitting schema.graphql without a database). */
export const sponsorshipResolvers: (new (...args: never[]) => unknown)[] = [];
