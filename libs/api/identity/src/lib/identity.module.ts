import { Global, Module } from '@nestjs/common';
import { MEMBER_MAIL } from '@kinship/api/core';
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
import { AccountMailService } from './mail/account-mail.service';
import { EmailTokensService } from './mail/email-tokens.service';
import { MailResolver } from './mail/mail.resolver';
import { MailTransport } from './mail/mail-transport';
import { MemberMailService } from './mail/member-mail.service';
import { ExpiryJob } from './jobs/expiry.job';
import { JobsStatusResolver } from './jobs/jobs-status.resolver';
import { WeeklyDigestResolver } from './jobs/weekly-digest.resolver';
import { PushAccountData } from './push/push.account-data';
import { PushChannel } from './push/push.channel';
import { PushResolver } from './push/push.resolver';
import { PushSender } from './push/push-sender';
import { PushService } from './push/push.service';

/**
 * Accounts: registration, sign-in, profile, email (reset, verification, change), the data export and
 * account deletion. Global only to offer MEMBER_MAIL to other features, which must not import this one.
 */
@Global()
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
    MailTransport,
    EmailTokensService,
    AccountMailService,
    MailResolver,
    { provide: MEMBER_MAIL, useClass: MemberMailService },
    ExpiryJob,
    JobsStatusResolver,
    WeeklyDigestResolver,
    PushService,
    PushSender,
    PushResolver,
    PushChannel,
    PushAccountData,
  ],
  exports: [PasswordHasher, MEMBER_MAIL],
})
export class IdentityModule {}
