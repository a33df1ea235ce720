// Every GraphQL resolver class, for emitting schema.graphql without a database. A test checks that the
// running API's schema equals the emitted one, so a resolver missing here is caught.
import { AccountResolver, AdminResolver, MemberResolver } from '@kinship/api/identity';

export const resolvers = [AccountResolver, AdminResolver, MemberResolver];
