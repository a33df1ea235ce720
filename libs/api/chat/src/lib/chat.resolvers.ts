import { CheckInsResolver } from './checkins/checkins.resolver';
import { ChatMessagesResolver } from './messages/messages.resolver';
import { ModerationItemsResolver } from './moderation/items.resolver';
import { ChatModerationResolver } from './moderation/moderation.resolver';
import { ChatRoomsResolver } from './rooms/rooms.resolver';

/** Every GraphQL resolver class of this feature (for emitting schema.graphql without a database). */
export const chatResolvers: (new (...args: never[]) => unknown)[] = [
  ChatRoomsResolver,
  ChatMessagesResolver,
  ChatModerationResolver,
  ModerationItemsResolver,
  CheckInsResolver,
];
