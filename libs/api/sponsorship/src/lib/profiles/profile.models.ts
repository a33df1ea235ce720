import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MemberGender, SponsorshipProgram, SponsorshipKind } from '../domain/sponsorship.rules';
import { CleanTime, WeeklyWindow } from '../domain/graphql-types';

/** Your own area as stored: the centre of its grid cell. Only you see it. */
@ObjectType()
export class MyStoredArea {
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
}

@ObjectType()
export class SponsorshipRule {
  @Field(() => SponsorshipProgram) program!: SponsorshipProgram;
  @Field(() => SponsorshipKind) kind!: SponsorshipKind;
  @Field(() => Int, { description: 'Days of clean time a sponsor or mentor needs in this program.' })
  minCleanDays!: number;
}

/** Whether your profile can be offered to seekers of one program, and if not, why and from when. */
@ObjectType()
export class ProgramEligibility {
  @Field(() => SponsorshipProgram) program!: SponsorshipProgram;
  @Field(() => SponsorshipKind) kind!: SponsorshipKind;
  @Field() eligible!: boolean;
  @Field(() => Int) minCleanDays!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD from which you will be offered.' })
  eligibleFrom!: string | null;
  @Field(() => String, { nullable: true, description: 'Why not yet, in English.' })
  reason!: string | null;
}

/** Your own sponsor/mentor profile. The only type with your clean date. */
@ObjectType()
export class MySponsorProfile {
  @Field(() => [SponsorshipProgram]) programs!: SponsorshipProgram[];
  @Field({ description: 'Private: only you see it.' }) cleanDate!: string;
  @Field(() => CleanTime, { description: 'What others see.' }) cleanTime!: CleanTime;
  @Field(() => [String]) languages!: string[];
  @Field(() => MemberGender, { nullable: true }) gender!: MemberGender | null;
  @Field(() => [MemberGender]) sponsorsGenders!: MemberGender[];
  @Field() timeZone!: string;
  @Field(() => [WeeklyWindow]) availability!: WeeklyWindow[];
  @Field(() => MyStoredArea, { nullable: true }) area!: MyStoredArea | null;
  @Field(() => String, { nullable: true }) homeGroupId!: string | null;
  @Field(() => [String]) meetingIds!: string[];
  @Field() matComfortable!: boolean;
  @Field() bio!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => Int) activeSponsees!: number;
  @Field() accepting!: boolean;
  @Field(() => [ProgramEligibility]) eligibility!: ProgramEligibility[];
  @Field({ description: 'Listed in the finder right now.' }) offered!: boolean;
  @Field(() => [String], { description: 'Why the profile is not listed, in English (empty when it is).' })
  notOfferedReasons!: string[];
  @Field() updatedAt!: Date;
}

/** Your own preferences as a seeker. Only you see them (MAT status included). */
@ObjectType()
export class MySeekerPreferences {
  @Field(() => SponsorshipProgram) program!: SponsorshipProgram;
  @Field(() => [String]) languages!: string[];
  @Field(() => MemberGender, { nullable: true }) gender!: MemberGender | null;
  @Field(() => [MemberGender]) preferredGenders!: MemberGender[];
  @Field() onMat!: boolean;
  @Field() remoteOnly!: boolean;
  @Field(() => MyStoredArea, { nullable: true }) area!: MyStoredArea | null;
  @Field() timeZone!: string;
  @Field(() => [WeeklyWindow]) availability!: WeeklyWindow[];
  @Field(() => String, { nullable: true }) homeGroupId!: string | null;
  @Field(() => [String]) meetingIds!: string[];
  @Field() updatedAt!: Date;
}
