export * from './lib/chat.module';
export * from './lib/chat.resolvers';
export { MessageStore } from './lib/messages/message.store';
