import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@kinship/api/core';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { helpLinesFor } from '@kinship/shared/contracts';
import { PlanService } from '../plan/plan.service';
import { RecoveryService } from '../recovery/recovery.service';
import { SponsorDirectory } from '../shared/sponsor-directory';
import { HelpLinesArgs, HelpLineSet, HelpNow } from './help.models';

export function helpLineSet(country: string): HelpLineSet {
  const help = helpLinesFor(country);
  return {
    country: help.country,
    emergencyNumber: help.emergencyNumber,
    lines: help.lines.map((l) => ({
      id: l.id,
      name: l.name,
      call: l.call ?? null,
      text: l.text ?? null,
      tty: l.tty ?? null,
      url: l.url ?? null,
      note: l.note ?? null,
    })),
  };
}

/** "Get help now": crisis lines for a country (public), and a member's own people and sponsor. */
@Resolver(() => HelpNow)
export class HelpResolver {
  constructor(
    private readonly recovery: RecoveryService,
    private readonly plans: PlanService,
    private readonly sponsors: SponsorDirectory,
  ) {}

  @Public()
  @Query(() => HelpLineSet, { description: 'Crisis and help lines for a country. No sign-in needed.' })
  helpLines(@Args() { country }: HelpLinesArgs): HelpLineSet {
    return helpLineSet(country ?? 'US');
  }

  @Query(() => HelpNow, {
    description: 'Crisis lines for your country, your plan’s people and your sponsor.',
  })
  async helpNow(@CurrentUser() user: AuthUser): Promise<HelpNow> {
    const [{ country }, people, sponsor] = await Promise.all([
      this.recovery.settings(user.id),
      this.plans.people(user.id),
      this.sponsors.sponsorOf(user.id),
    ]);
    return { country, help: helpLineSet(country), people, sponsor };
  }
}
