import { Global, Module } from '@nestjs/common';
import { SPONSOR_LOOKUP } from '@kinship/api/core';
import { AuthModule } from '@kinship/api/auth';
import { SponsorshipAccountData } from './account-data/sponsorship-account-data';
import { SponsorshipDemoData } from './demo/sponsorship.demo';
import { MatchingResolver } from './matching/matching.resolver';
import { MatchingService } from './matching/matching.service';
import { MessagesGatewayProviders } from './messages/messages.providers';
import { CheckInJob } from './notifications/check-in.job';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { NotificationsService } from './notifications/notifications.service';
import { AvailabilityRefresher } from './profiles/availability-refresher';
import { ProfilesResolver } from './profiles/profiles.resolver';
import { ProfilesService } from './profiles/profiles.service';
import { SponsorshipPrograms } from './profiles/sponsorship-programs';
import { BlocksService } from './relationships/blocks.service';
import { RelationshipsResolver } from './relationships/relationships.resolver';
import { RelationshipsService } from './relationships/relationships.service';
import { SponsorDirectory } from './relationships/sponsor-directory';

/**
 * Sponsorship: sponsor/mentor profiles, seekers' preferences, explainable matching in the database,
 * requests and relationships, notifications, and private realtime messages.
 * Global only to offer SPONSOR_LOOKUP to other features, which must not import this one.
 */
@Global()
@Module({
  imports: [AuthModule],
  providers: [
    SponsorshipPrograms,
    ProfilesService,
    ProfilesResolver,
    AvailabilityRefresher,
    MatchingService,
    MatchingResolver,
    RelationshipsService,
    BlocksService,
    RelationshipsResolver,
    NotificationsService,
    NotificationsResolver,
    CheckInJob,
    ...MessagesGatewayProviders,
    SponsorshipAccountData,
    SponsorshipDemoData,
    { provide: SPONSOR_LOOKUP, useClass: SponsorDirectory },
  ],
  exports: [SPONSOR_LOOKUP],
})
export class SponsorshipModule {}
