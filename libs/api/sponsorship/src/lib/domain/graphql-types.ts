import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberBadgeType } from '@kinship/api/core';
import type { MemberBadge } from '@kinship/shared/contracts';
import { DistanceBucket, MemberGender, SponsorshipKind } from './sponsorship.rules';

registerEnumType(SponsorshipKind, {
  name: 'SponsorshipKind',
  description:
    'SPONSOR in 12-step programs; MENTOR (trained peer) in SMART Recovery and Recovery Dharma. Each program has its kind in sponsorshipRules.',
});
registerEnumType(MemberGender, { name: 'MemberGender' });
registerEnumType(DistanceBucket, {
  name: 'DistanceBucket',
  description: 'How far apart two members are, only ever as one of these buckets (between ~5 km grid cells).',
});

/** A weekly window in its owner's time zone. */
@ObjectType()
export class WeeklyWindow {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday' }) day!: number;
  @Field(() => Int, { description: 'Minutes from midnight, 0–1439.' }) startMinute!: number;
  @Field(() => Int, { description: 'Minutes from midnight, 1–1440 (after startMinute).' }) endMinute!: number;
}

/** Clean time as shown to others: never a date, only a length (whole years from two years on). */
@ObjectType()
export class CleanTime {
  @Field(() => Int) years!: number;
  @Field(() => Int, { description: 'Months beyond the whole years; 0 from two years on.' }) months!: number;
  @Field({ description: 'In English, e.g. "4 years clean".' }) label!: string;
}

/** Another member as sponsorship shows them: a display name and what they chose to share. */
@ObjectType()
export class SponsorshipParty {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  // Read with the name from the same row: free, so pages of messages cost what they did before.
  @Field({
    description: 'A short random code, unique per member and stable; shown as #handle.',
    complexity: 0,
  })
  handle!: string;
  @Field(() => MemberBadgeType, {
    nullable: true,
    complexity: 0,
    description: 'SPONSOR when they are the sponsor or mentor in this sponsorship, else moderator or admin.',
  })
  badge!: MemberBadge | null;
  @Field({ description: 'What they chose to share about themselves.' }) bio!: string;
}
