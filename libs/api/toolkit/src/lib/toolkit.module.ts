import { Global, Module } from '@nestjs/common';
import { HELP_COUNTRY } from '@kinship/api/core';
import { AuthModule } from '@kinship/api/auth';
import { ToolkitAccountData } from './account-data/toolkit-account-data';
import { CheckInsResolver } from './check-ins/check-ins.resolver';
import { CheckInsService } from './check-ins/check-ins.service';
import { CrisisOffer } from './crisis/crisis-offer';
import { ToolkitDemoData } from './demo/toolkit.demo';
import { HelpResolver } from './help/help.resolver';
import { PlanResolver } from './plan/plan.resolver';
import { PlanService } from './plan/plan.service';
import { RecoveryResolver } from './recovery/recovery.resolver';
import { RecoveryService } from './recovery/recovery.service';
import { ResourceSeeder } from './resources/resource-seeder';
import { ResourcesResolver } from './resources/resources.resolver';
import { ResourcesService } from './resources/resources.service';
import { SponsorDirectory } from './shared/sponsor-directory';
import { WorksheetsResolver } from './worksheets/worksheets.resolver';
import { WorksheetsService } from './worksheets/worksheets.service';

/**
 * The recovery toolkit: the resource library (seeded at every start), and each member's private tools:
 * clean date and milestones, relapse-prevention plan, SMART worksheets, daily check-ins, "Get help now".
 * It learns who a member's sponsor is only through SPONSOR_LOOKUP (core), never from sponsorship itself.
 * Global only to offer HELP_COUNTRY (the member's chosen help-line country) to chat and private messages.
 */
@Global()
@Module({
  imports: [AuthModule],
  providers: [
    SponsorDirectory,
    ResourcesService,
    ResourcesResolver,
    ResourceSeeder,
    RecoveryService,
    RecoveryResolver,
    PlanService,
    PlanResolver,
    WorksheetsService,
    WorksheetsResolver,
    CheckInsService,
    CrisisOffer,
    CheckInsResolver,
    HelpResolver,
    ToolkitAccountData,
    ToolkitDemoData,
    { provide: HELP_COUNTRY, useExisting: RecoveryService },
  ],
  exports: [HELP_COUNTRY],
})
export class ToolkitModule {}
