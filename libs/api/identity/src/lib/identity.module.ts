import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuthModule } from '@kinship/api/auth';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { AccountDataService } from './account-data.service';
import { MemberResolver } from './member.resolver';
import { PasswordHasher } from './password-hasher';
import { ThrottleService } from './throttle.service';
import { IdentityDemoData } from './identity.demo';
import { AdminResolver } from './admin.resolver';
import { DisplayNamePolicy } from './display-name.policy';
import { ExpiryJob } from './jobs/expiry.job';
import { JobsStatusResolver } from './jobs/jobs-status.resolver';
import { WeeklyDigestResolver } from './jobs/weekly-digest.resolver';

/** Accounts: registration, sign-in, profile, the data export and account deletion. */
@Module({
  imports: [AuthModule, DiscoveryModule],
  providers: [
    AccountResolver,
    AdminResolver,
    MemberResolver,
    AccountService,
    AccountDataService,
    PasswordHasher,
    ThrottleService,
    DisplayNamePolicy,
    IdentityDemoData,
    ExpiryJob,
    JobsStatusResolver,
    WeeklyDigestResolver,
  ],
  exports: [PasswordHasher],
})
export class IdentityModule {}
