export * from './lib/identity.module';
export * from './lib/password-hasher';
export * from './lib/throttle.service';
export * from './lib/account.resolver';
export * from './lib/member.resolver';
export * from './lib/dto/account.models';
export * from './lib/dto/account.inputs';
export * from './lib/identity.demo';
