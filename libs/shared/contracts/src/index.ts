export * from './lib/roles';
export * from './lib/error-codes';
export * from './lib/crisis-lines';
export * from './lib/socket-events';
export * from './lib/limits';
