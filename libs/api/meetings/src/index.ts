export * from './lib/meetings.module';
export * from './lib/meetings.resolvers';
