import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '@kinship/api/auth';
import { MatchArgs, SponsorMatchPage } from './matching.models';
import { MatchingService } from './matching.service';

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => SponsorMatchPage, {
    description: 'Sponsors or mentors for your saved preferences, best first, each with the reasons.',
    complexity: ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
      (args.first ?? 10) * Math.max(childComplexity, 1),
  })
  sponsorMatches(@CurrentUser() user: AuthUser, @Args() args: MatchArgs): Promise<SponsorMatchPage> {
    return this.matching.matchesFor(user.id, args.first, args.after);
  }
}
