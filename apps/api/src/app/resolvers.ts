// Every GraphQL resolver class, for emitting schema.graphql without a database. A test checks that the
// running API's schema equals the emitted one, so a resolver missing here is caught.
import {
  AccountResolver,
  AdminResolver,
  JobsStatusResolver,
  MailResolver,
  MemberResolver,
  PushResolver,
  WeeklyDigestResolver,
} from '@kinship/api/identity';
import { meetingsResolvers } from '@kinship/api/meetings';
import { sponsorshipResolvers } from '@kinship/api/sponsorship';
import { chatResolvers } from '@kinship/api/chat';
import { toolkitResolvers } from '@kinship/api/toolkit';

export const resolvers = [
  AccountResolver,
  AdminResolver,
  MemberResolver,
  MailResolver,
  JobsStatusResolver,
  WeeklyDigestResolver,
  PushResolver,
  ...meetingsResolvers,
  ...sponsorshipResolvers,
  ...chatResolvers,
  ...toolkitResolvers,
];
