export * from './lib/toolkit.module';
export * from './lib/toolkit.resolvers';
