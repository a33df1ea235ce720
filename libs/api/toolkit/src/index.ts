export * from './lib/toolkit.module';
export * from './lib/toolkit.resolvers';
export { cleanTime, localToday, type CleanTime, type Milestone } from './lib/recovery/milestones';
export { RESOURCE_SEED, type ResourceSeed } from './lib/resources/seed';
export { ResourceSeeder } from './lib/resources/resource-seeder';
export { RecoveryService } from './lib/recovery/recovery.service';
