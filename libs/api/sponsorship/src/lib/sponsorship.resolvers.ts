import { MatchingResolver } from './matching/matching.resolver';
import { MessagesResolver } from './messages/messages.resolver';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { ProfilesResolver } from './profiles/profiles.resolver';
import { RelationshipsResolver } from './relationships/relationships.resolver';

/** Every GraphQL resolver class of this feature (for emitting schema.graphql without a database). */
export const sponsorshipResolvers: (new (...args: never[]) => unknown)[] = [
  ProfilesResolver,
  MatchingResolver,
  RelationshipsResolver,
  NotificationsResolver,
  MessagesResolver,
];
