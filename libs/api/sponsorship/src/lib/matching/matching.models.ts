import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  DistanceBucket,
  MATCHES_MAX_PAGE,
  MemberGender,
  SponsorshipProgram,
  SponsorshipKind,
} from '../domain/sponsorship.rules';
import { CleanTime, WeeklyWindow } from '../domain/graphql-types';

export enum MatchReasonKind {
  SAME_PROGRAM = 'SAME_PROGRAM',
  LANGUAGE = 'LANGUAGE',
  AVAILABILITY = 'AVAILABILITY',
  DISTANCE = 'DISTANCE',
  SHARED_MEETINGS = 'SHARED_MEETINGS',
  HOME_GROUP = 'HOME_GROUP',
  EXPERIENCE = 'EXPERIENCE',
  MAT_COMFORTABLE = 'MAT_COMFORTABLE',
}
registerEnumType(MatchReasonKind, { name: 'MatchReasonKind' });

/** One reason a candidate is listed where they are, with what it added to the score. */
@ObjectType()
export class MatchReason {
  @Field(() => MatchReasonKind) kind!: MatchReasonKind;
  @Field({ description: 'In English, e.g. "speaks Spanish"; clients may say it in their own words.' })
  text!: string;
  @Field(() => Int, { description: 'Points this reason added to the score (out of 100 in all).' })
  points!: number;
  @Field(() => [String], { nullable: true, description: 'LANGUAGE: the shared ISO 639 codes.' })
  languages?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'AVAILABILITY: shared minutes a week.' })
  minutes?: number | null;
  @Field(() => DistanceBucket, { nullable: true }) distance?: DistanceBucket | null;
  @Field(() => Int, { nullable: true, description: 'SHARED_MEETINGS: how many.' }) count?: number | null;
  @Field(() => CleanTime, { nullable: true }) cleanTime?: CleanTime | null;
}

/** A sponsor or mentor the finder suggests. No clean date, no location, no contact: only what is safe. */
@ObjectType()
export class SponsorCandidate {
  @Field(() => ID) sponsorId!: string;
  @Field() displayName!: string;
  // Read with the name from the same row: free, so pages of messages cost what they did before.
  @Field({
    description: 'A short random code, unique per member and stable; shown as #handle.',
    complexity: 0,
  })
  handle!: string;
  @Field() bio!: string;
  @Field(() => SponsorshipKind) kind!: SponsorshipKind;
  @Field(() => [SponsorshipProgram]) programs!: SponsorshipProgram[];
  @Field(() => [String]) languages!: string[];
  @Field(() => MemberGender, { nullable: true }) gender!: MemberGender | null;
  @Field(() => CleanTime) cleanTime!: CleanTime;
  @Field() matComfortable!: boolean;
  @Field({ description: 'Their time zone; their availability is in it.' }) timeZone!: string;
  @Field(() => [WeeklyWindow]) availability!: WeeklyWindow[];
  @Field(() => Int) openSpots!: number;
  @Field(() => DistanceBucket, { nullable: true, description: 'Null when either side meets remotely only.' })
  distance!: DistanceBucket | null;
  @Field(() => Int, { description: '0–100: the weighted soft score.' }) score!: number;
  @Field(() => [MatchReason]) reasons!: MatchReason[];
  @Field({ description: 'You already asked them and they have not answered yet.' }) requestPending!: boolean;
}

@ObjectType()
export class SponsorMatchPage {
  @Field(() => SponsorshipProgram) program!: SponsorshipProgram;
  @Field(() => SponsorshipKind) kind!: SponsorshipKind;
  @Field(() => [SponsorCandidate]) candidates!: SponsorCandidate[];
  @Field(() => Int, { description: 'Candidates meeting every hard constraint.' }) total!: number;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

@ArgsType()
export class MatchArgs {
  @Field(() => Int, { defaultValue: 10, description: `Page size, 1 to ${MATCHES_MAX_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MATCHES_MAX_PAGE)
  first = 10;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  after?: string;
}
