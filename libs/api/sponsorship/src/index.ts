export * from './lib/sponsorship.module';
export * from './lib/sponsorship.resolvers';
export * from './lib/domain/sponsorship.rules';
export { MATCHING_SQL, matchingSql } from './lib/matching/matching.sql';
export { MatchingService } from './lib/matching/matching.service';
export { ProfilesService } from './lib/profiles/profiles.service';
export { CheckInJob } from './lib/notifications/check-in.job';
