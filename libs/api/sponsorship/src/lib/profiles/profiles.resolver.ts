import { Args, ArgsType, Field, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CurrentUser, Roles, type AuthUser } from '@kinship/api/auth';
import { Role } from '@kinship/shared/contracts';
import { SponsorshipKind, SponsorshipProgram } from '../domain/sponsorship.rules';
import { SeekerPreferencesInput, SponsorProfileInput } from './profile.inputs';
import { MySeekerPreferences, MySponsorProfile, SponsorshipRule } from './profile.models';
import { ProfilesService } from './profiles.service';

@ArgsType()
class UpdateRuleArgs {
  @Field(() => SponsorshipProgram)
  @IsString()
  program!: SponsorshipProgram;

  @Field(() => Int, { description: 'Days of clean time, 0 to 3650.' })
  @IsInt()
  @Min(0)
  @Max(3650)
  minCleanDays!: number;

  @Field(() => SponsorshipKind, {
    nullable: true,
    description:
      'Sponsors (12-step) or mentors; unchanged when left out. A program an admin adds starts as SPONSOR.',
  })
  @IsOptional()
  @IsEnum(SponsorshipKind)
  kind?: SponsorshipKind | null;
}

/** Your sponsor/mentor profile, your preferences as a seeker, and the eligibility rules. */
@Resolver()
export class ProfilesResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @Query(() => [SponsorshipRule], { description: 'Who may sponsor or mentor in each program.' })
  sponsorshipRules(): Promise<SponsorshipRule[]> {
    return this.profiles.rules();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => SponsorshipRule, {
    description:
      'Admins only: the clean time a program asks of sponsors, and whether it has sponsors or mentors.',
  })
  updateSponsorshipRule(@Args() args: UpdateRuleArgs): Promise<SponsorshipRule> {
    return this.profiles.updateRule(args.program, args.minCleanDays, args.kind);
  }

  @Query(() => MySponsorProfile, { nullable: true, description: 'Your offer to sponsor or mentor, if any.' })
  mySponsorProfile(@CurrentUser() user: AuthUser): Promise<MySponsorProfile | null> {
    return this.profiles.sponsorProfile(user.id);
  }

  @Mutation(() => MySponsorProfile, { description: 'Offer to sponsor or mentor, or change your offer.' })
  saveSponsorProfile(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SponsorProfileInput,
  ): Promise<MySponsorProfile> {
    return this.profiles.saveSponsorProfile(user.id, input);
  }

  @Mutation(() => Boolean, { description: 'Stop offering; relationships you have carry on.' })
  removeSponsorProfile(@CurrentUser() user: AuthUser): Promise<boolean> {
    return this.profiles.removeSponsorProfile(user.id);
  }

  @Query(() => MySeekerPreferences, { nullable: true })
  mySeekerPreferences(@CurrentUser() user: AuthUser): Promise<MySeekerPreferences | null> {
    return this.profiles.seekerPreferences(user.id);
  }

  @Mutation(() => MySeekerPreferences, { description: 'What you look for in a sponsor or mentor.' })
  saveSeekerPreferences(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SeekerPreferencesInput,
  ): Promise<MySeekerPreferences> {
    return this.profiles.saveSeekerPreferences(user.id, input);
  }
}
